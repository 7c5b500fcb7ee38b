import { useCallback, useState } from "react";
import type { IsoDate } from "../../../core/dates/iso-date";
import type { ContactLogEntry } from "../../../core/ledger/ledger";
import { validateContactForm, type ContactContext, type ContactFormErrors, type ContactFormValues } from "./contact-form";

/** The contact form's state: values, per-field errors, and submit. */
export interface ContactForm {
  readonly values: ContactFormValues;
  readonly errors: ContactFormErrors;
  readonly set: <K extends keyof ContactFormValues>(field: K, value: ContactFormValues[K]) => void;
  /** Validates and saves; the form is cleared when the entry was saved. */
  readonly submit: () => Promise<void>;
}

function blank(date: IsoDate, time: string, person: string | null): ContactFormValues {
  return { date, time, person: person ?? "", channel: "call", discussed: "", offers: "", promiseAmount: "", promiseDate: "", disputeOpened: false };
}

/**
 * Form state for logging a contact with one customer, pre-filled with the as-of date, the time now and the
 * customer's contact person.
 */
export function useContactForm(context: ContactContext, defaults: { readonly date: IsoDate; readonly time: string; readonly person: string | null }, save: (entry: ContactLogEntry) => Promise<boolean>): ContactForm {
  const [values, setValues] = useState<ContactFormValues>(() => blank(defaults.date, defaults.time, defaults.person));
  const [errors, setErrors] = useState<ContactFormErrors>({});
  const set = useCallback(<K extends keyof ContactFormValues>(field: K, value: ContactFormValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => {
      const rest = { ...current };
      delete rest[field];
      return rest;
    });
  }, []);
  const submit = useCallback(async () => {
    const checked = validateContactForm(values, context);
    setErrors(checked.errors);
    if (checked.entry === null) return;
    if (await save(checked.entry)) setValues(blank(defaults.date, defaults.time, defaults.person));
  }, [context, defaults.date, defaults.person, defaults.time, save, values]);
  return { values, errors, set, submit };
}
