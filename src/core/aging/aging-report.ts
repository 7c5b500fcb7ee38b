import { diffDays, type IsoDate } from "../dates/iso-date";
import { currencyResolver } from "../desk/accounts";
import { indexPayments } from "../desk/_lib/payment-index";
import type { Ledger } from "../ledger/ledger";
import type { Receivables } from "../metrics/receivables";
import { isWrittenOff } from "../metrics/write-offs";
import type { Cents } from "../money/cents";
import { DEFAULT_AGING_BUCKETS, bucketIndex, type AgingBuckets } from "./bucket-aging";

/**
 * What an invoice's age is measured from. "due-date": days past due, the QuickBooks layout with a Current column
 * for invoices not yet due. "invoice-date": days since the invoice was issued (ERPNext's "posting date", Xero's
 * "invoice date"): how long it has been outstanding, not how late it is.
 */
export type AgingBasis = "due-date" | "invoice-date";

/** Options for `buildAgingReport`. */
export interface AgingReportOptions {
  /** @defaultvalue "due-date" */
  readonly basis?: AgingBasis;
  /** Bucket edges and the due-day rule. @defaultvalue DEFAULT_AGING_BUCKETS */
  readonly buckets?: AgingBuckets;
}

/** One line of the aging: an amount and how many documents make it up. */
export interface AgingLine {
  readonly label: string;
  readonly cents: Cents;
  readonly count: number;
}

/** The aging of one currency; every line but `writtenOff` is part of `totalCents`. */
export interface CurrencyAging {
  readonly currency: string | null;
  /** Invoices with a positive open balance by age, oldest last. */
  readonly buckets: readonly AgingLine[];
  /** Open invoices that cannot be aged: no due date (or no invoice date on the invoice-date basis). */
  readonly undated: AgingLine;
  /** Credit memos and overpaid invoices: negative balances, in their own line, not netted into a bucket. */
  readonly credits: AgingLine;
  /** Payments on or before the as-of date applied to no invoice, as a negative amount. */
  readonly unapplied: AgingLine;
  /** Σ of the lines above: the net balance the aging shows. */
  readonly totalCents: Cents;
  /** The same balance summed straight from the ledger (every document's open balance − unapplied payments). */
  readonly ledgerTotalCents: Cents;
  /** totalCents − ledgerTotalCents: 0 when the aging reconciles. */
  readonly differenceCents: Cents;
  /** Written-off invoices still carrying a balance: not receivables, so outside the total, shown for the record. */
  readonly writtenOff: AgingLine;
}

/** An aging that reconciles, per currency (never added across currencies). */
export interface AgingReport {
  readonly asOf: IsoDate;
  readonly basis: AgingBasis;
  /** Bucket labels in order (`buckets[i].label` of every currency). */
  readonly labels: readonly string[];
  /** The basis and boundary rule in words, printed above the table. */
  readonly basisText: string;
  /** How credits are treated, in words. */
  readonly creditsText: string;
  readonly currencies: readonly CurrencyAging[];
}

/** Bucket labels on the invoice-date basis: "0-30", "31-60", …, "120+" (ERPNext's ranges). */
function invoiceDateLabels(edges: readonly number[]): string[] {
  const labels: string[] = [];
  let lower = 0;
  for (const edge of edges) {
    labels.push(`${lower}-${edge}`);
    lower = edge + 1;
  }
  labels.push(`${edges[edges.length - 1] as number}+`);
  return labels;
}

function invoiceAgeIndex(ageDays: number, edges: readonly number[]): number {
  for (let i = 0; i < edges.length; i += 1) if (ageDays <= (edges[i] as number)) return i;
  return edges.length;
}

/**
 * The basis and boundary rule of an aging, in a bookkeeper's words.
 *
 * @example describeAgingBasis("due-date", DEFAULT_AGING_BUCKETS)
 * //=> "Aged by due date: days past due = as-of date − due date. Upper bounds are inclusive (30 days past due is in 1-30); an invoice due on the as-of date is Current (not yet due)."
 */
export function describeAgingBasis(basis: AgingBasis, buckets: AgingBuckets): string {
  const first = buckets.edges[0] as number;
  if (basis === "invoice-date") {
    return `Aged by invoice date: age = as-of date − invoice date. Upper bounds are inclusive (an invoice ${first} days old is in 0-${first}).`;
  }
  const dueDay = buckets.dueDayIsCurrent ? "an invoice due on the as-of date is Current (not yet due)" : `an invoice due on the as-of date is already in 1-${first}`;
  return `Aged by due date: days past due = as-of date − due date. Upper bounds are inclusive (${first} days past due is in 1-${first}); ${dueDay}.`;
}

/** How the aging treats credits, in words (printed under the basis). */
export const AGING_CREDITS_TEXT =
  "Credit memos, overpaid invoices and unapplied payments are shown in their own lines, not netted into an age bucket; the total nets them. Written-off invoices are not receivables and are listed below the check.";

interface Draft {
  readonly buckets: number[];
  readonly counts: number[];
  undated: number;
  undatedCount: number;
  credits: number;
  creditCount: number;
  unapplied: number;
  unappliedCount: number;
  writtenOff: number;
  writtenOffCount: number;
}

/**
 * The net balance per currency summed straight from a ledger, without any bucketing: every document's open
 * balance (written-off invoices left out) less the unapplied payments. The aging's check compares against it.
 *
 * @example ledgerTotals(ledgerAsOf(ledger, asOf)).get("GBP") //=> 11176864
 */
export function ledgerTotals(ledger: Ledger): ReadonlyMap<string | null, Cents> {
  const resolve = currencyResolver(ledger);
  const totals = new Map<string | null, Cents>();
  const add = (currency: string | null, cents: number): void => {
    totals.set(currency, ((totals.get(currency) ?? 0) + cents) as Cents);
  };
  for (const invoice of ledger.invoices) {
    if (!isWrittenOff(invoice)) add(resolve(invoice.customerKey, invoice.currency), invoice.openCents);
  }
  for (const [customerKey, payments] of indexPayments(ledger).unapplied) {
    for (const payment of payments) add(resolve(customerKey, payment.currency), -payment.amountCents);
  }
  return totals;
}

function line(label: string, cents: number, count: number): AgingLine {
  return { label, cents: cents as Cents, count };
}

/**
 * The aging of every currency on the receivables' as-of date, with its reconciliation: each open invoice in exactly
 * one bucket by age (or in "No due date"), credits and unapplied payments in their own lines, their total beside
 * the ledger total summed independently, and the difference (0 when it reconciles). Amounts of different
 * currencies are never added.
 *
 * @example buildAgingReport(indexReceivables(ledger, "2026-11-30" as IsoDate)).currencies[0]?.differenceCents //=> 0
 */
export function buildAgingReport(receivables: Receivables, options?: AgingReportOptions): AgingReport {
  const basis = options?.basis ?? "due-date";
  const buckets = options?.buckets ?? DEFAULT_AGING_BUCKETS;
  const labels = basis === "due-date" ? buckets.labels : invoiceDateLabels(buckets.edges);
  const { asOf } = receivables;
  const totals = ledgerTotals(receivables.ledger);
  const currencies = receivables.currencies.map((currency): CurrencyAging => {
    const draft: Draft = {
      buckets: labels.map(() => 0), counts: labels.map(() => 0), undated: 0, undatedCount: 0, credits: 0, creditCount: 0, unapplied: 0, unappliedCount: 0, writtenOff: 0, writtenOffCount: 0,
    };
    for (const { invoice, writtenOff } of receivables.byCurrency.get(currency) ?? []) {
      const open = invoice.openCents;
      if (open === 0) continue;
      if (writtenOff) {
        draft.writtenOff += open;
        draft.writtenOffCount += 1;
      } else if (open < 0) {
        draft.credits += open;
        draft.creditCount += 1;
      } else {
        const from = basis === "due-date" ? invoice.dueDate : invoice.invoiceDate;
        if (from === null) {
          draft.undated += open;
          draft.undatedCount += 1;
          continue;
        }
        const age = diffDays(from, asOf);
        const index = basis === "due-date" ? bucketIndex(age, buckets) : invoiceAgeIndex(age, buckets.edges);
        draft.buckets[index] = (draft.buckets[index] as number) + open;
        draft.counts[index] = (draft.counts[index] as number) + 1;
      }
    }
    for (const { payment } of receivables.unapplied.get(currency) ?? []) {
      draft.unapplied -= payment.amountCents;
      draft.unappliedCount += 1;
    }
    const bucketTotal = draft.buckets.reduce((sum, cents) => sum + cents, 0);
    const totalCents = bucketTotal + draft.undated + draft.credits + draft.unapplied;
    const ledgerTotalCents = totals.get(currency) ?? 0;
    return {
      currency,
      buckets: labels.map((label, i) => line(label, draft.buckets[i] as number, draft.counts[i] as number)),
      undated: line(basis === "due-date" ? "No due date" : "No invoice date", draft.undated, draft.undatedCount),
      credits: line("Credits (credit memos, overpaid invoices)", draft.credits, draft.creditCount),
      unapplied: line("Unapplied payments", draft.unapplied, draft.unappliedCount),
      totalCents: totalCents as Cents,
      ledgerTotalCents: ledgerTotalCents as Cents,
      differenceCents: (totalCents - ledgerTotalCents) as Cents,
      writtenOff: line("Written off (not receivables)", draft.writtenOff, draft.writtenOffCount),
    };
  });
  return { asOf, basis, labels, basisText: describeAgingBasis(basis, buckets), creditsText: AGING_CREDITS_TEXT, currencies };
}
