import { Button, Checkbox, Field, Input, Select, Textarea, mergeClasses } from "@fluentui/react-components";
import { Save20Regular } from "../../components/icons";
import type { FormEvent } from "react";
import type { ContactChannel } from "../../../core/ledger/ledger";
import { CHANNEL_WORDS } from "../../components/ChannelIcon";
import { fieldError } from "../../components/field-error";
import type { ContactForm } from "./useContactForm";
import { useLogContactFormStyles } from "./LogContactForm.styles";

const CHANNELS: readonly ContactChannel[] = ["call", "e-mail", "letter", "visit", "other"];

export interface LogContactFormProps {
  /** The form state from `useContactForm`. */
  readonly form: ContactForm;
  /** The customer's name, for the button's label. */
  readonly customerName: string;
  /** The currency a promise is made in, shown in the amount's label. */
  readonly currency: string | null;
  /** Disables saving while the pane is busy. @defaultvalue false */
  readonly disabled?: boolean;
  /** Extra class for the root, applied last. */
  readonly className?: string;
}

/** Log a contact: when, who, how, what was discussed and offered, and a promise to pay (amount and date). */
export function LogContactForm({ form, customerName, currency, disabled = false, className }: LogContactFormProps) {
  const styles = useLogContactFormStyles();
  const { values, errors, set } = form;
  const state = (field: keyof typeof errors) => fieldError(errors[field]);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit();
  };
  return (
    <form className={mergeClasses(styles.root, className)} onSubmit={onSubmit} aria-label={`Log a contact with ${customerName}`} noValidate>
      <div className={styles.pair}>
        <Field label="Date" required {...state("date")}>
          <Input className={styles.control} type="date" value={values.date} onChange={(_, d) => set("date", d.value)} />
        </Field>
        <Field label="Time" {...state("time")}>
          <Input className={styles.control} type="time" value={values.time} onChange={(_, d) => set("time", d.value)} />
        </Field>
      </div>
      <div className={styles.pair}>
        <Field label="Person">
          <Input className={styles.control} value={values.person} onChange={(_, d) => set("person", d.value)} />
        </Field>
        <Field label="Channel">
          <Select className={styles.control} value={values.channel} onChange={(_, d) => set("channel", d.value as ContactChannel)}>
            {CHANNELS.map((channel) => <option key={channel} value={channel}>{CHANNEL_WORDS[channel]}</option>)}
          </Select>
        </Field>
      </div>
      <Field label="Discussed" {...state("discussed")}>
        <Textarea resize="vertical" value={values.discussed} onChange={(_, d) => set("discussed", d.value)} />
      </Field>
      <Field label="Offers made" hint="Discount, instalments, extra time…">
        <Input value={values.offers} onChange={(_, d) => set("offers", d.value)} />
      </Field>
      <div className={styles.pair}>
        <Field label={`Promised amount${currency === null ? "" : ` (${currency})`}`} {...state("promiseAmount")}>
          <Input className={styles.control} inputMode="decimal" value={values.promiseAmount} onChange={(_, d) => set("promiseAmount", d.value)} />
        </Field>
        <Field label="Promised by" {...state("promiseDate")}>
          <Input className={styles.control} type="date" value={values.promiseDate} onChange={(_, d) => set("promiseDate", d.value)} />
        </Field>
      </div>
      <Checkbox label="The customer disputes the invoices" checked={values.disputeOpened} onChange={(_, d) => set("disputeOpened", d.checked === true)} />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" icon={<Save20Regular />} disabled={disabled}>
          Save to Collect Log
        </Button>
      </div>
    </form>
  );
}
