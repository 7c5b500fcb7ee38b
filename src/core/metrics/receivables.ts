import { monthKey } from "../dates/calendar-months";
import type { IsoDate } from "../dates/iso-date";
import { currencyResolver } from "../desk/accounts";
import { indexPayments, paymentsOf, type PaymentIndex } from "../desk/_lib/payment-index";
import { ledgerAsOf } from "../desk/ledger-as-of";
import type { Invoice, Ledger, Payment } from "../ledger/ledger";
import type { Cents } from "../money/cents";
import { isWrittenOff } from "./write-offs";

/** One invoice or credit memo of the restated ledger, with what the metrics need about it. */
export interface ReceivableDocument {
  readonly invoice: Invoice;
  /** The currency it is counted in (a blank currency resolved to the customer's only one). */
  readonly currency: string | null;
  /** Payments applied to it, on or before the as-of date, oldest first. */
  readonly applied: readonly Payment[];
  /** Its status says it was written off: left out of receivables at every date. */
  readonly writtenOff: boolean;
}

/** A payment on or before the as-of date that is applied to no invoice. */
export interface UnappliedPayment {
  readonly payment: Payment;
  readonly currency: string | null;
}

/** A ledger restated to an as-of date and grouped by currency, ready for the metrics. Build with `indexReceivables`. */
export interface Receivables {
  readonly asOf: IsoDate;
  /** The ledger as it stood on the as-of date (`ledgerAsOf`). */
  readonly ledger: Ledger;
  readonly payments: PaymentIndex;
  /** Every currency named by a document or payment, in code order (no currency last). */
  readonly currencies: readonly (string | null)[];
  readonly byCurrency: ReadonlyMap<string | null, readonly ReceivableDocument[]>;
  readonly unapplied: ReadonlyMap<string | null, readonly UnappliedPayment[]>;
}

function compareCurrencies(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/**
 * Restates a ledger to the as-of date (see `ledgerAsOf`) and groups its documents and unapplied payments by
 * currency: amounts of different currencies are never added.
 *
 * @example indexReceivables(ledger, "2026-11-30" as IsoDate).currencies //=> ["EUR", "GBP"]
 */
export function indexReceivables(ledger: Ledger, asOf: IsoDate): Receivables {
  const restated = ledgerAsOf(ledger, asOf);
  const payments = indexPayments(restated);
  const resolve = currencyResolver(restated);
  const byCurrency = new Map<string | null, ReceivableDocument[]>();
  for (const invoice of restated.invoices) {
    const currency = resolve(invoice.customerKey, invoice.currency);
    const document: ReceivableDocument = { invoice, currency, applied: paymentsOf(payments, invoice), writtenOff: isWrittenOff(invoice) };
    const list = byCurrency.get(currency);
    if (list === undefined) byCurrency.set(currency, [document]);
    else list.push(document);
  }
  const unapplied = new Map<string | null, UnappliedPayment[]>();
  for (const [customerKey, list] of payments.unapplied) {
    for (const payment of list) {
      if (payment.amountCents === 0) continue;
      const currency = resolve(customerKey, payment.currency);
      const entries = unapplied.get(currency) ?? [];
      entries.push({ payment, currency });
      unapplied.set(currency, entries);
      if (!byCurrency.has(currency)) byCurrency.set(currency, []);
    }
  }
  const currencies = [...byCurrency.keys()].sort(compareCurrencies);
  return { asOf, ledger: restated, payments, currencies, byCurrency, unapplied };
}

/** Receivables of one currency at the end of one day. */
export interface ReceivablesSnapshot {
  readonly date: IsoDate;
  /** AR: the open balances of invoices (positive balances only; credits and unapplied payments are not netted). */
  readonly arCents: Cents;
  /** The part of AR not yet past due (due on or after the date). */
  readonly currentCents: Cents;
  /** The part of AR past its due date. */
  readonly overdueCents: Cents;
  /** The part of AR with no due date: in AR, never counted as current. */
  readonly undatedCents: Cents;
  /** Credit memos and overpaid invoices (negative open balances), kept apart from AR. */
  readonly creditsCents: Cents;
  readonly openInvoices: number;
}

/**
 * AR of one currency at the end of a day on or before the as-of date, from each document's open balance on that
 * day (payments after it added back, as `openCentsAsOf` does). Written-off invoices are left out.
 *
 * @example receivablesOn(receivables, "GBP", "2026-10-31" as IsoDate).arCents //=> 9876500
 */
export function receivablesOn(receivables: Receivables, currency: string | null, date: IsoDate): ReceivablesSnapshot {
  return receivablesSeries(receivables, currency, [date])[0] as ReceivablesSnapshot;
}

interface Totals {
  ar: number;
  current: number;
  undated: number;
  credits: number;
  openInvoices: number;
}

/**
 * AR of one currency at the end of each of several days (the trend's month ends), in one pass over the documents:
 * each document's payments are walked once from the latest date back, instead of once per day. Gives exactly what
 * `receivablesOn` gives for each day (the property tests say so).
 *
 * @example receivablesSeries(receivables, "GBP", ["2026-09-30", "2026-10-31"] as IsoDate[]).map((s) => s.arCents) //=> [14904363, 13905137]
 */
export function receivablesSeries(receivables: Receivables, currency: string | null, dates: readonly IsoDate[]): readonly ReceivablesSnapshot[] {
  const order = dates.map((_, i) => i).sort((a, b) => ((dates[a] as IsoDate) > (dates[b] as IsoDate) ? -1 : (dates[a] as IsoDate) < (dates[b] as IsoDate) ? 1 : 0));
  const totals: Totals[] = dates.map(() => ({ ar: 0, current: 0, undated: 0, credits: 0, openInvoices: 0 }));
  for (const document of receivables.byCurrency.get(currency) ?? []) {
    if (document.writtenOff) continue;
    const { invoice, applied } = document;
    let next = applied.length - 1;
    let later = 0;
    for (const i of order) {
      const date = dates[i] as IsoDate;
      // Dates come latest first: once the invoice did not exist yet, it did not on any earlier date either.
      if (invoice.invoiceDate !== null && invoice.invoiceDate > date) break;
      while (next >= 0 && (applied[next] as Payment).date > date) {
        later += (applied[next] as Payment).amountCents;
        next -= 1;
      }
      let open: number;
      if (later === 0 && invoice.paidDate !== null && invoice.paidDate > date && invoice.openCents === 0) open = invoice.amountCents;
      else {
        const raw = invoice.openCents + later;
        // A credit memo never becomes a debt, and an invoice is never more open than its amount (as openCentsAsOf).
        open = invoice.amountCents >= 0 ? Math.min(raw, invoice.amountCents) : Math.max(raw, invoice.amountCents);
      }
      const total = totals[i] as Totals;
      if (open < 0) total.credits += open;
      if (open <= 0) continue;
      total.ar += open;
      total.openInvoices += 1;
      if (invoice.dueDate === null) total.undated += open;
      else if (invoice.dueDate >= date) total.current += open;
    }
  }
  return totals.map((total, i) => ({
    date: dates[i] as IsoDate,
    arCents: total.ar as Cents,
    currentCents: total.current as Cents,
    overdueCents: (total.ar - total.current - total.undated) as Cents,
    undatedCents: total.undated as Cents,
    creditsCents: total.credits as Cents,
    openInvoices: total.openInvoices,
  }));
}

/** True for a document that counts as a credit sale: an invoice with a positive amount and an invoice date. */
export function isSale(invoice: Invoice): invoice is Invoice & { readonly invoiceDate: IsoDate } {
  return invoice.kind === "invoice" && invoice.amountCents > 0 && invoice.invoiceDate !== null;
}

/**
 * Credit sales of one currency invoiced after `from` up to and including `to`: the amounts of invoices (credit
 * memos are not sales and are not subtracted; written-off invoices were sales and count).
 *
 * @example salesBetween(receivables, "GBP", "2026-08-31" as IsoDate, "2026-11-30" as IsoDate) //=> 25000000
 */
export function salesBetween(receivables: Receivables, currency: string | null, from: IsoDate, to: IsoDate): Cents {
  let total = 0;
  for (const { invoice } of receivables.byCurrency.get(currency) ?? []) {
    if (isSale(invoice) && invoice.invoiceDate > from && invoice.invoiceDate <= to) total += invoice.amountCents;
  }
  return total as Cents;
}

/**
 * Credit sales of one currency per calendar month ("YYYY-MM" → cents), for countback DSO and the trend.
 *
 * @example monthlySales(receivables, "GBP").get("2026-11") //=> 8400000
 */
export function monthlySales(receivables: Receivables, currency: string | null): ReadonlyMap<string, Cents> {
  const months = new Map<string, Cents>();
  for (const { invoice } of receivables.byCurrency.get(currency) ?? []) {
    if (!isSale(invoice)) continue;
    const key = monthKey(invoice.invoiceDate);
    months.set(key, ((months.get(key) ?? 0) + invoice.amountCents) as Cents);
  }
  return months;
}
