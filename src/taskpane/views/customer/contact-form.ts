import { toIsoDate, type IsoDate } from "../../../core/dates/iso-date";
import type { ContactChannel, ContactLogEntry } from "../../../core/ledger/ledger";
import { toCents } from "../../../core/money/cents";
import { PANE_LOG_ORIGIN } from "../../../service/log-contact";

/** What the contact form holds, as typed. */
export interface ContactFormValues {
  readonly date: string;
  readonly time: string;
  readonly person: string;
  readonly channel: ContactChannel;
  readonly discussed: string;
  readonly offers: string;
  readonly promiseAmount: string;
  readonly promiseDate: string;
  readonly disputeOpened: boolean;
}

/** A message per field that cannot be saved as typed. */
export type ContactFormErrors = Partial<Record<keyof ContactFormValues, string>>;

/** What the entry is saved with besides the form: the customer and, when on the worklist, its stage. */
export interface ContactContext {
  readonly customerKey: string;
  readonly stage: string | null;
  readonly template: string | null;
}

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

function parseAmount(text: string): number | null {
  const cleaned = text.replace(/[\s,£$€]/g, "");
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  return Number(cleaned);
}

/**
 * Checks the form and builds the log entry, or says per field what to fix. A promise needs a date on or after the
 * contact (its amount may be left out: then it is a promise to pay the balance); an amount needs a date.
 *
 * @example validateContactForm({ ...blank, date: "2026-11-30", discussed: "Will pay Friday" }, ctx).entry?.date //=> "2026-11-30"
 */
export function validateContactForm(values: ContactFormValues, context: ContactContext): { readonly entry: ContactLogEntry | null; readonly errors: ContactFormErrors } {
  const errors: Record<string, string> = {};
  const date = toIsoDate(values.date.trim());
  if (!date.ok) errors["date"] = "Enter the day of the contact.";
  const time = values.time.trim();
  if (time !== "" && !TIME.test(time)) errors["time"] = "Enter the time as hh:mm, or leave it empty.";
  if (values.discussed.trim() === "" && values.promiseDate.trim() === "" && !values.disputeOpened) errors["discussed"] = "Say what was discussed.";
  const amountText = values.promiseAmount.trim();
  const amount = amountText === "" ? null : parseAmount(amountText);
  if (amountText !== "" && (amount === null || amount <= 0)) errors["promiseAmount"] = "Enter the promised amount, for example 1250.00.";
  const promiseText = values.promiseDate.trim();
  let promiseDate: IsoDate | null = null;
  if (promiseText !== "") {
    const parsed = toIsoDate(promiseText);
    if (!parsed.ok) errors["promiseDate"] = "Enter the day the customer promised to pay.";
    else if (date.ok && parsed.value < date.value) errors["promiseDate"] = "The promised day cannot be before the contact.";
    else promiseDate = parsed.value;
  } else if (amountText !== "") errors["promiseDate"] = "A promise needs the day it will be paid.";
  const cents = amount === null ? null : toCents(amount);
  if (cents !== null && !cents.ok) errors["promiseAmount"] = "This amount is too large.";
  if (Object.keys(errors).length > 0 || !date.ok) return { entry: null, errors };
  const text = (value: string): string | null => (value.trim() === "" ? null : value.trim());
  return {
    errors: {},
    entry: {
      date: date.value,
      time: time === "" ? null : time.padStart(5, "0"),
      customerKey: context.customerKey,
      invoiceNo: null,
      person: text(values.person),
      channel: values.channel,
      discussed: text(values.discussed),
      offers: text(values.offers),
      promiseCents: cents !== null && cents.ok ? cents.value : null,
      promiseDate,
      disputeOpened: values.disputeOpened,
      stage: context.stage,
      template: context.template,
      origin: PANE_LOG_ORIGIN,
      source: null,
    },
  };
}
