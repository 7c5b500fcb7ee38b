import type { Invoice, Payment } from "../ledger/ledger";
import type { Cents } from "../money/cents";

const DIACRITICS = /[\u0300-\u036f]/g;

/**
 * Status words that mean the invoice was written off as a bad debt, in the languages Collect reads (English,
 * German, French, Spanish, Dutch), compared without accents and case.
 */
const WRITTEN_OFF = /\b(written[\s-]*off|write[\s-]*off|wrote[\s-]*off|bad[\s-]*debts?|uncollectible|irrecoverable|abgeschrieben|ausgebucht|uneinbringlich|forderungsausfall|irrecouvrable|passee? en perte|creance irrecouvrable|incobrable|castigad[ao]|oninbaar|afgeschreven)\b/;

/**
 * True when the invoice's status says it was written off as a bad debt ("Written off", "Bad debt",
 * "abgeschrieben"). Collect leaves such an invoice out of receivables at every date: the sheet does not say
 * when it was written off.
 *
 * @example isWrittenOff({ ...invoice, status: "Written off" }) //=> true
 * @example isWrittenOff({ ...invoice, status: "Paid" })        //=> false
 */
export function isWrittenOff(invoice: Pick<Invoice, "status" | "kind">): boolean {
  if (invoice.kind !== "invoice" || invoice.status === null) return false;
  return WRITTEN_OFF.test(invoice.status.toLowerCase().normalize("NFD").replace(DIACRITICS, ""));
}

/**
 * The amount lost on a written-off invoice: its amount less the payments received on it (never below 0).
 *
 * @example writtenOffCents({ ...invoice, amountCents: 100000 }, [{ ...payment, amountCents: 40000 }]) //=> 60000
 */
export function writtenOffCents(invoice: Pick<Invoice, "amountCents">, applied: readonly Pick<Payment, "amountCents">[]): Cents {
  let paid = 0;
  for (const payment of applied) paid += payment.amountCents;
  return Math.max(0, invoice.amountCents - paid) as Cents;
}
