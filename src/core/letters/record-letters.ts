import type { IsoDate } from "../dates/iso-date";
import type { ContactLogEntry } from "../ledger/ledger";
import type { RenderedLetter } from "./rendered-letter";

/**
 * The contact-log entries for letters Collect prepared, one per letter, for the lead to append to `Collect Log`
 * so the next escalation counts each as a contact (DOMAIN.md need #10). The channel is "e-mail" when an Outlook
 * draft was made for the letter and "letter" when only the Word letter was (no usable address).
 *
 * @param letters - the letters written to the .docx (and .eml where they have recipients)
 * @param asOf - the day they were prepared
 * @example recordLetters([finalNoticeLetter], "2026-11-30" as IsoDate)[0]
 *   //=> { date: "2026-11-30", customerKey: "C001", channel: "e-mail", stage: "Final notice", template: "final-notice", … }
 */
export function recordLetters(letters: readonly RenderedLetter[], asOf: IsoDate): readonly ContactLogEntry[] {
  return letters.map((letter) => ({
    date: asOf,
    time: null,
    customerKey: letter.customerKey,
    invoiceNo: null,
    person: letter.email?.to[0]?.name ?? null,
    channel: letter.email === null ? "letter" : "e-mail",
    discussed: letter.subject,
    offers: null,
    promiseCents: null,
    promiseDate: null,
    disputeOpened: false,
    stage: letter.stage.name,
    template: letter.templateId,
    source: letter.source,
  }));
}
