import type { IsoDate } from "../dates/iso-date";
import type { Invoice, Payment } from "../ledger/ledger";
import type { Cents } from "../money/cents";

/**
 * An invoice's open balance on the as-of date. The sheet states today's balance; payments applied to the
 * invoice after the as-of date are added back, so an as-of date in the past sees what was open then (the
 * QuickBooks "report date" rule, DOMAIN.md). An invoice the sheet marks paid after the as-of date with no
 * payment rows behind it was wholly open then. An invoice dated after the as-of date did not exist yet: 0.
 *
 * @param invoice - the invoice or credit memo
 * @param applied - payments applied to it (any order)
 * @param asOf - the day the analysis is for
 * @returns cents open (negative for an unapplied credit memo)
 * @example
 * // a 1,000.00 invoice, open 0 today, settled by one payment on 2026-12-01
 * openCentsAsOf(invoice, [payment], "2026-11-25" as IsoDate) //=> 100000
 */
export function openCentsAsOf(invoice: Invoice, applied: readonly Payment[], asOf: IsoDate): Cents {
  if (invoice.invoiceDate !== null && invoice.invoiceDate > asOf) return 0 as Cents;
  let later = 0;
  for (const payment of applied) if (payment.date > asOf) later += payment.amountCents;
  if (later === 0 && invoice.paidDate !== null && invoice.paidDate > asOf && invoice.openCents === 0) return invoice.amountCents;
  const open = invoice.openCents + later;
  // A credit memo never becomes a debt, and an invoice is never more open than its amount.
  return (invoice.amountCents >= 0 ? Math.min(open, invoice.amountCents) : Math.max(open, invoice.amountCents)) as Cents;
}

/**
 * The day an invoice was settled, as known on the as-of date: the sheet's paid date, or else the date of the
 * payment that brought the applied total up to the amount (DOMAIN.md metric 6, partial payments). Null while
 * open, for credit memos, and when settled after the as-of date.
 *
 * @example
 * // a 1,000.00 invoice, open 0, no paid date; payments of 400 on 2026-10-02 and 600 on 2026-10-20
 * paidDateOf(invoice, payments, "2026-11-25" as IsoDate) //=> "2026-10-20"
 */
export function paidDateOf(invoice: Invoice, applied: readonly Payment[], asOf: IsoDate): IsoDate | null {
  if (invoice.kind !== "invoice" || invoice.amountCents <= 0) return null;
  if (invoice.paidDate !== null) return invoice.paidDate <= asOf ? invoice.paidDate : null;
  if (invoice.openCents > 0) return null;
  let total = 0;
  let last: IsoDate | null = null;
  for (const payment of [...applied].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    if (payment.date > asOf) break;
    total += payment.amountCents;
    last = payment.date;
    if (total >= invoice.amountCents) return payment.date;
  }
  // Closed by payments that do not add up (a discount or write-off took the rest): the last payment settled it.
  return last;
}
