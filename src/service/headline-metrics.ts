import { computeDaysPastDue } from "../core/aging/days-past-due";
import { DEFAULT_AGING_BUCKETS, summarizeAging, type AgingItem } from "../core/aging/bucket-aging";
import type { IsoDate } from "../core/dates/iso-date";
import { ledgerAsOf } from "../core/desk/ledger-as-of";
import type { Ledger } from "../core/ledger/ledger";
import type { CollectMetrics } from "../core/metrics/collect-metrics";
import type { ReceivablesForecast } from "../core/metrics/forecast-receivables";
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
  // As of a past date, balances are restated to that day (invoices paid later were open then).
  for (const invoice of ledgerAsOf(ledger, asOf).invoices) {
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

/** The headline figures of `collect run --json` with the rest of the metrics of the same currency. */
export interface MetricsSummary extends HeadlineMetrics {
  /** AR as the metrics define it: open invoices, credits not netted (major units). */
  readonly receivables: number | null;
  readonly dsoSimple: number | null;
  readonly dsoCountback: number | null;
  readonly bestPossibleDsoSimple: number | null;
  readonly bestPossibleDsoCountback: number | null;
  readonly addDsoSimple: number | null;
  readonly addDsoCountback: number | null;
  readonly addInvoice: number | null;
  /** CEI in %, full sales of the period (Collect's default). */
  readonly ceiFullSales: number | null;
  /** CEI in %, sales ÷ months (creditguru's variant). */
  readonly ceiMonthlySales: number | null;
  readonly atRiskRate: number | null;
  readonly promiseKeptRate: number | null;
  /** Written off, in major units; null when the workbook records no write-offs. */
  readonly writtenOff: number | null;
  /** The aging's check: Σ lines − ledger total, in major units (0 when it reconciles). */
  readonly agingDifference: number | null;
  /** The expected cash-in by week (present when the run's forecast is given). */
  readonly cashForecast?: CashForecastSummary;
}

/** One currency's expected cash-in as `collect run --json` prints it (major units). */
export interface CashForecastSummary {
  /** "model" (the late-payment prediction) or "due-dates" (no paid history). */
  readonly basis: ReceivablesForecast["basis"];
  readonly weeks: readonly { readonly weekStart: IsoDate; readonly amount: number }[];
  readonly later: number;
  /** Open invoices without an invoice or due date: in AR, not placed in any week. */
  readonly undated: number;
  readonly promised: number;
  /** weeks + later + undated. */
  readonly total: number;
  /** total − AR (0 when the forecast reconciles). */
  readonly difference: number | null;
}

function forecastSummary(forecast: ReceivablesForecast, currency: string | null, arCents: number | null): CashForecastSummary | null {
  const c = forecast.currencies.find((line) => line.currency === currency);
  if (c === undefined) return null;
  return {
    basis: forecast.basis,
    weeks: forecast.weekStarts.map((weekStart, k) => ({ weekStart, amount: (c.weeklyCents[k] ?? 0) / 100 })),
    later: c.laterCents / 100,
    undated: c.undatedCents / 100,
    promised: c.promisedCents / 100,
    total: c.totalCents / 100,
    difference: arCents === null ? null : (c.totalCents - arCents) / 100,
  };
}

/**
 * The headline figures per currency joined with the full metrics of the same currency and, when given, the
 * expected cash-in by week, as `collect run --json` prints them under `metrics`.
 *
 * @example metricsSummary(run.ledger, run.metrics).find((m) => m.currency === "GBP")?.dsoCountback //=> 68.8
 */
export function metricsSummary(ledger: Ledger, metrics: CollectMetrics, forecast?: ReceivablesForecast): readonly MetricsSummary[] {
  return headlineMetrics(ledger, metrics.asOf).map((headline) => {
    const m = metrics.currencies.find((c) => c.currency === headline.currency);
    const aging = metrics.aging.currencies.find((c) => c.currency === headline.currency);
    const cash = forecast === undefined ? null : forecastSummary(forecast, headline.currency, m === undefined ? null : m.end.arCents);
    return {
      ...(cash === null ? {} : { cashForecast: cash }),
      ...headline,
      receivables: m === undefined ? null : m.end.arCents / 100,
      dsoSimple: m?.dsoSimple.value ?? null,
      dsoCountback: m?.dsoCountback.value ?? null,
      bestPossibleDsoSimple: m?.bestPossibleDsoSimple.value ?? null,
      bestPossibleDsoCountback: m?.bestPossibleDsoCountback.value ?? null,
      addDsoSimple: m?.addDsoSimple.value ?? null,
      addDsoCountback: m?.addDsoCountback.value ?? null,
      addInvoice: m?.addInvoice.value ?? null,
      ceiFullSales: m?.ceiFullSales.value ?? null,
      ceiMonthlySales: m?.ceiMonthlySales.value ?? null,
      atRiskRate: m?.atRisk.countRate ?? null,
      promiseKeptRate: m?.promises.rate ?? null,
      writtenOff: m === undefined || !m.writeOffs.recorded ? null : m.writeOffs.cents / 100,
      agingDifference: aging === undefined ? null : aging.differenceCents / 100,
    };
  });
}
