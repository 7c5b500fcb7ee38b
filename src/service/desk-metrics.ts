/*
 * The figures of the task pane's Metrics view, per currency: the headline aging figures of `collect run --json`
 * plus DSO, best possible DSO and CEI over a trailing window. Same core formulas as the metrics functions.
 */
import { addDays, type IsoDate } from "../core/dates/iso-date";
import { openCentsAsOf } from "../core/desk/open-balance";
import type { Ledger, Payment } from "../core/ledger/ledger";
import { computeCei } from "../core/metrics/cei";
import { computeBestPossibleDso, computeDsoSimple } from "../core/metrics/dso";
import type { Cents } from "../core/money/cents";
import { headlineMetrics, type HeadlineMetrics } from "./headline-metrics";

/** The trailing window DSO and CEI are measured over: a quarter, the usual reporting period for both. */
export const METRICS_WINDOW_DAYS = 90;

/** One currency's figures on the as-of date. */
export interface DeskMetrics extends HeadlineMetrics {
  /** Length of the trailing window, in days. */
  readonly windowDays: number;
  /** Credit sales invoiced in the window, in major units. */
  readonly windowSales: number;
  /** Days sales outstanding (simple: open balance ÷ window sales × window days), or null without sales. */
  readonly dsoDays: number | null;
  /** The DSO if every overdue item were paid: current balance ÷ window sales × window days. */
  readonly bestPossibleDsoDays: number | null;
  /** Collection effectiveness index over the window, in %, or null when nothing was collectible. */
  readonly ceiPercent: number | null;
}

/** Options for `deskMetrics`. */
export interface DeskMetricsOptions {
  /** @defaultvalue METRICS_WINDOW_DAYS */
  readonly windowDays?: number;
}

/**
 * Headline metrics plus DSO and CEI per currency on the as-of date (never summed across currencies).
 *
 * @example deskMetrics(run.ledger, run.asOf).find((m) => m.currency === "GBP")?.dsoDays //=> 61.4
 */
export function deskMetrics(ledger: Ledger, asOf: IsoDate, options: DeskMetricsOptions = {}): readonly DeskMetrics[] {
  const windowDays = options.windowDays ?? METRICS_WINDOW_DAYS;
  const start = addDays(asOf, -windowDays);
  const applied = new Map<string, Payment[]>();
  for (const payment of ledger.payments) {
    if (payment.invoiceNo === null) continue;
    const key = `${payment.customerKey}\u0000${payment.invoiceNo}`;
    applied.set(key, [...(applied.get(key) ?? []), payment]);
  }
  return headlineMetrics(ledger, asOf).map((headline) => {
    let salesCents = 0;
    let beginCents = 0;
    for (const invoice of ledger.invoices) {
      if (invoice.currency !== headline.currency) continue;
      const inWindow = invoice.invoiceDate !== null && invoice.invoiceDate > start && invoice.invoiceDate <= asOf;
      if (inWindow && invoice.kind === "invoice" && invoice.amountCents > 0) salesCents += invoice.amountCents;
      beginCents += openCentsAsOf(invoice, applied.get(`${invoice.customerKey}\u0000${invoice.invoiceNo}`) ?? [], start);
    }
    const endCents = Math.round(headline.openBalance * 100);
    const currentCents = Math.round((headline.aging["Current"] ?? 0) * 100);
    const dso = computeDsoSimple(endCents as Cents, salesCents as Cents, windowDays);
    const best = computeBestPossibleDso(currentCents as Cents, salesCents as Cents, windowDays);
    const cei = computeCei({ arBeginCents: beginCents as Cents, salesCents: salesCents as Cents, arEndCents: endCents as Cents, arCurrentEndCents: currentCents as Cents });
    return {
      ...headline,
      windowDays,
      windowSales: salesCents / 100,
      dsoDays: dso.ok ? dso.value : null,
      bestPossibleDsoDays: best.ok ? best.value : null,
      ceiPercent: cei.ok ? cei.value : null,
    };
  });
}
