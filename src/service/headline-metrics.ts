import { computeDaysPastDue } from "../core/aging/days-past-due";
import { DEFAULT_AGING_BUCKETS, summarizeAging, type AgingItem } from "../core/aging/bucket-aging";
import type { IsoDate } from "../core/dates/iso-date";
import type { Ledger } from "../core/ledger/ledger";
import { computeAddInvoice } from "../core/metrics/average-days-delinquent";
import type { Cents } from "../core/money/cents";

/** Headline figures per currency (never summed across currencies), as `collect run --json` prints them. */
export interface HeadlineMetrics {
  readonly currency: string | null;
  readonly openInvoices: number;
  /** Open balance, credits netted, in major units. */
  readonly openBalance: number;
  readonly overdue: number;
  /** Not-yet-due share of the open balance, in % (credits netted). Null when the balance is 0 or less. */
  readonly percentCurrent: number | null;
  /** Average days delinquent, invoice method (amount-weighted days past due over open invoices). */
  readonly averageDaysDelinquent: number | null;
  /** Aging by due date, Current … 120+, in major units; the buckets add up to openBalance. */
  readonly aging: Readonly<Record<string, number>>;
}

/**
 * Aging, % current and average days delinquent per currency on the as-of date.
 * Invoices without a due date are aged as Current and counted in `openBalance`.
 */
export function headlineMetrics(ledger: Ledger, asOf: IsoDate): readonly HeadlineMetrics[] {
  const byCurrency = new Map<string | null, AgingItem[]>();
  for (const invoice of ledger.invoices) {
    if (invoice.openCents === 0) continue;
    const items = byCurrency.get(invoice.currency) ?? [];
    items.push({ openCents: invoice.openCents, daysPastDue: invoice.dueDate === null ? 0 : computeDaysPastDue(invoice.dueDate, asOf) });
    byCurrency.set(invoice.currency, items);
  }
  return [...byCurrency.entries()]
    .sort(([a], [b]) => (a ?? "~").localeCompare(b ?? "~"))
    .map(([currency, items]) => {
      const summary = summarizeAging(items, DEFAULT_AGING_BUCKETS);
      const current = summary.bucketCents[0] ?? (0 as Cents);
      const add = computeAddInvoice(items);
      return {
        currency,
        openInvoices: items.length,
        openBalance: summary.totalCents / 100,
        overdue: (summary.totalCents - current) / 100,
        percentCurrent: summary.totalCents > 0 ? (current / summary.totalCents) * 100 : null,
        averageDaysDelinquent: add.ok ? add.value : null,
        aging: Object.fromEntries(summary.labels.map((label, i) => [label, (summary.bucketCents[i] ?? 0) / 100])),
      };
    });
}
