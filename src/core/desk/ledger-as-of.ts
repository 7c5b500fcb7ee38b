import type { IsoDate } from "../dates/iso-date";
import type { Invoice, Ledger } from "../ledger/ledger";
import { indexPayments, paymentsOf, type PaymentIndex } from "./_lib/payment-index";
import { openCentsAsOf } from "./open-balance";

/** Options for `ledgerAsOf`. */
export interface LedgerAsOfOptions {
  /** The ledger's payments, indexed (built when omitted and needed). */
  readonly index?: PaymentIndex;
}

const PAID_WORD = /\bpaid\b/i;
const NOT_PAID_WORD = /\b(un|not\s*|part(ial(ly)?)?[\s-]*)paid\b|\bunpaid\b/i;

/** True when anything in the ledger happened after the as-of date (so it must be restated). */
function hasLaterRows(ledger: Ledger, asOf: IsoDate): boolean {
  for (const invoice of ledger.invoices) {
    if ((invoice.invoiceDate !== null && invoice.invoiceDate > asOf) || (invoice.paidDate !== null && invoice.paidDate > asOf)) return true;
  }
  for (const payment of ledger.payments) if (payment.date > asOf) return true;
  for (const entry of ledger.contacts) if (entry.date > asOf) return true;
  return false;
}

/** One invoice as it stood at the end of the as-of day. */
function restateInvoice(invoice: Invoice, index: PaymentIndex, asOf: IsoDate): Invoice {
  const openCents = openCentsAsOf(invoice, paymentsOf(index, invoice), asOf);
  const paidDate = invoice.paidDate !== null && invoice.paidDate <= asOf ? invoice.paidDate : null;
  // "Paid" written on a row that was still open on the as-of day describes a later day: drop it, or the desk
  // would hold the invoice as "marked paid but still open".
  const closedLater = invoice.openCents <= 0 && openCents > 0;
  const status = closedLater && invoice.status !== null && PAID_WORD.test(invoice.status) && !NOT_PAID_WORD.test(invoice.status) ? null : invoice.status;
  if (openCents === invoice.openCents && paidDate === invoice.paidDate && status === invoice.status) return invoice;
  return { ...invoice, openCents, paidDate, status };
}

/**
 * The ledger as it stood at the end of a past day (time travel): invoices and credit memos dated after it are left
 * out, payments and contact-log entries after it are ignored, and every remaining document's open balance is
 * restated to that day, so an invoice paid later counts as open then (the QuickBooks "report date" rule,
 * DOMAIN.md). A paid date after the day is cleared. Rows without a date (an invoice with no invoice date) are
 * kept: nothing says they did not exist yet. Flags the sheet holds only for today (disputed, on hold, a
 * "Written off" status) cannot be replayed and are kept as they are. When nothing happened after the day, the
 * same ledger object is returned.
 *
 * Every metric, the aging, the stages and the worklist computed on `ledgerAsOf(ledger, d)` as of `d` equal the
 * same figures computed on a workbook truncated to `d` (the property tests say so).
 *
 * @param ledger - the ledger as read today
 * @param asOf - the day to go back to
 * @returns the ledger on that day
 * @example
 * // INV-1 (1,000.00, issued 2026-10-01) paid in full on 2026-11-20; INV-2 issued 2026-11-28
 * ledgerAsOf(ledger, "2026-11-15" as IsoDate).invoices.map((i) => [i.invoiceNo, i.openCents]) //=> [["INV-1", 100000]]
 */
export function ledgerAsOf(ledger: Ledger, asOf: IsoDate, options?: LedgerAsOfOptions): Ledger {
  if (!hasLaterRows(ledger, asOf)) return ledger;
  const index = options?.index ?? indexPayments(ledger);
  const invoices: Invoice[] = [];
  for (const invoice of ledger.invoices) {
    if (invoice.invoiceDate !== null && invoice.invoiceDate > asOf) continue;
    invoices.push(restateInvoice(invoice, index, asOf));
  }
  return {
    ...ledger,
    invoices,
    payments: ledger.payments.filter((payment) => payment.date <= asOf),
    contacts: ledger.contacts.filter((entry) => entry.date <= asOf),
  };
}
