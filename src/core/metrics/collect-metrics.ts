import { computeDaysPastDue } from "../aging/days-past-due";
import { buildAgingReport, type AgingReport, type AgingReportOptions } from "../aging/aging-report";
import { addDays, type IsoDate } from "../dates/iso-date";
import { currencyResolver } from "../desk/accounts";
import { evaluatePromises, promiseKeptRate, type PromiseKeptRate, type PromiseRecord } from "../desk/promises";
import type { Ledger } from "../ledger/ledger";
import type { Cents } from "../money/cents";
import { computeAtRiskRate, type AtRiskRate } from "./at-risk";
import { computeAddInvoice } from "./average-days-delinquent";
import { computeCei } from "./cei";
import { collectorActivity, type CollectorActivityReport } from "./collector-activity";
import { computeBestPossibleDso, computeDsoCountback, computeDsoSimple } from "./dso";
import { figureDifference, figureOf, type Figure } from "./figure";
import { computePercentCurrent, type OpenAmount } from "./percent-current";
import { countbackPeriods, DEFAULT_PERIOD_MONTHS, periodEndingOn, type MetricsPeriod } from "./metrics-period";
import { DEFAULT_TREND_MONTHS, monthlyTrend, type TrendMonth } from "./monthly-trend";
import { indexReceivables, monthlySales, receivablesSeries, salesBetween, type Receivables, type ReceivablesSnapshot } from "./receivables";
import { writtenOffCents } from "./write-offs";

/** Months the bad-debt ratio and the promise-kept rate look back over. */
export const YEAR_MONTHS = 12;

/** Days of promise dates the promise-kept rate counts. */
const PROMISE_WINDOW_DAYS = 365;

/** Write-offs of one currency (DOMAIN.md metric 9). */
export interface WriteOffSummary {
  /** The workbook records write-offs at all (some invoice's status says so); false: "not recorded". */
  readonly recorded: boolean;
  /** Written-off invoices issued on or before the as-of date, and the amount lost on them. */
  readonly count: number;
  readonly cents: Cents;
  /** The same for invoices issued in the last 12 months, and the credit sales of those months. */
  readonly yearCents: Cents;
  readonly yearSalesCents: Cents;
  /** yearCents ÷ yearSalesCents × 100: write-offs over credit sales (credit sales, not total sales, as stated). */
  readonly badDebtPercent: Figure;
}

/** Every metric of one currency on the as-of date. */
export interface CurrencyMetrics {
  readonly currency: string | null;
  /** The window of DSO, best possible DSO, ADD (DSO method) and CEI. */
  readonly period: MetricsPeriod;
  /** AR at the as-of date (the end of the period). */
  readonly end: ReceivablesSnapshot;
  /** AR at the start of the period (CEI's AR_begin). */
  readonly begin: ReceivablesSnapshot;
  /** Credit sales in the period. */
  readonly salesCents: Cents;
  readonly dsoSimple: Figure;
  readonly dsoCountback: Figure;
  readonly bestPossibleDsoSimple: Figure;
  readonly bestPossibleDsoCountback: Figure;
  /** ADD, DSO method: DSO − best possible DSO with the same method. */
  readonly addDsoSimple: Figure;
  readonly addDsoCountback: Figure;
  /** ADD, invoice method: Σ(open × days past due) ÷ Σ open over open invoices with a due date. */
  readonly addInvoice: Figure;
  /** CEI in percent with the period's full credit sales (Collect's default). */
  readonly ceiFullSales: Figure;
  /** CEI in percent with credit sales ÷ months (creditguru's variant). */
  readonly ceiMonthlySales: Figure;
  /** Not-yet-due AR ÷ AR × 100; credits and unapplied payments not netted. */
  readonly percentCurrent: Figure;
  readonly atRisk: AtRiskRate;
  readonly writeOffs: WriteOffSummary;
  /** Promises whose promised date fell in the last year, judged on the as-of date. */
  readonly promises: PromiseKeptRate;
  readonly trend: readonly TrendMonth[];
}

/** The metrics of a ledger on an as-of date: per currency, the aging, and collector activity. */
export interface CollectMetrics {
  readonly asOf: IsoDate;
  readonly currencies: readonly CurrencyMetrics[];
  readonly aging: AgingReport;
  readonly collectors: CollectorActivityReport;
}

/** Options for `computeCollectMetrics`. */
export interface CollectMetricsOptions {
  /** Calendar months of the DSO/CEI window. @defaultvalue DEFAULT_PERIOD_MONTHS (3) */
  readonly periodMonths?: number;
  /** Months of the trend table. @defaultvalue DEFAULT_TREND_MONTHS (12) */
  readonly trendMonths?: number;
  /** Basis and buckets of the aging. */
  readonly aging?: AgingReportOptions;
  /** Days after a promised date a payment still keeps it (the policy's promise grace days). @defaultvalue 0 */
  readonly promiseGraceDays?: number;
}

function writeOffSummary(receivables: Receivables, currency: string | null, recorded: boolean): WriteOffSummary {
  const yearStart = periodEndingOn(receivables.asOf, YEAR_MONTHS).from;
  let count = 0;
  let cents = 0;
  let yearCents = 0;
  for (const document of receivables.byCurrency.get(currency) ?? []) {
    if (!document.writtenOff) continue;
    const lost = writtenOffCents(document.invoice, document.applied);
    count += 1;
    cents += lost;
    if (document.invoice.invoiceDate !== null && document.invoice.invoiceDate > yearStart) yearCents += lost;
  }
  const yearSalesCents = salesBetween(receivables, currency, yearStart, receivables.asOf);
  const badDebtPercent: Figure = !recorded ? { value: null, reason: null } : yearSalesCents > 0 ? { value: (yearCents / yearSalesCents) * 100, reason: null } : { value: null, reason: "no-sales" };
  return { recorded, count, cents: cents as Cents, yearCents: yearCents as Cents, yearSalesCents, badDebtPercent };
}

/** The currency each promise is in: its invoice's, else the customer's only currency. */
function promisesByCurrency(receivables: Receivables, records: readonly PromiseRecord[]): ReadonlyMap<string | null, PromiseRecord[]> {
  const resolve = currencyResolver(receivables.ledger);
  const invoiceCurrency = new Map<string, string | null>();
  for (const [currency, documents] of receivables.byCurrency) {
    for (const { invoice } of documents) invoiceCurrency.set(`${invoice.customerKey}\u0000${invoice.invoiceNo}`, currency);
  }
  const grouped = new Map<string | null, PromiseRecord[]>();
  for (const record of records) {
    const currency = (record.invoiceNo === null ? undefined : invoiceCurrency.get(`${record.customerKey}\u0000${record.invoiceNo}`)) ?? resolve(record.customerKey, null);
    const list = grouped.get(currency) ?? [];
    list.push(record);
    grouped.set(currency, list);
  }
  return grouped;
}

function currencyMetrics(receivables: Receivables, currency: string | null, options: CollectMetricsOptions, recorded: boolean, promises: readonly PromiseRecord[]): CurrencyMetrics {
  const { asOf } = receivables;
  const period = periodEndingOn(asOf, options.periodMonths ?? DEFAULT_PERIOD_MONTHS);
  const [end, begin] = receivablesSeries(receivables, currency, [asOf, period.from]) as [ReceivablesSnapshot, ReceivablesSnapshot];
  const salesCents = salesBetween(receivables, currency, period.from, asOf);
  const periods = countbackPeriods(asOf, monthlySales(receivables, currency));
  const dsoSimple = figureOf(computeDsoSimple(end.arCents, salesCents, period.days));
  const dsoCountback = figureOf(computeDsoCountback(end.arCents, periods));
  const bestPossibleDsoSimple = figureOf(computeBestPossibleDso(end.currentCents, salesCents, period.days));
  const bestPossibleDsoCountback = figureOf(computeDsoCountback(end.currentCents, periods));
  const items: { openCents: Cents; daysPastDue: number }[] = [];
  const openAmounts: OpenAmount[] = [];
  for (const { invoice, writtenOff } of receivables.byCurrency.get(currency) ?? []) {
    if (writtenOff || invoice.openCents <= 0) continue;
    openAmounts.push({ openCents: invoice.openCents, dueDate: invoice.dueDate });
    if (invoice.dueDate !== null) items.push({ openCents: invoice.openCents, daysPastDue: computeDaysPastDue(invoice.dueDate, asOf) });
  }
  const cei = { arBeginCents: begin.arCents, salesCents, arEndCents: end.arCents, arCurrentEndCents: end.currentCents, months: period.months };
  return {
    currency,
    period,
    end,
    begin,
    salesCents,
    dsoSimple,
    dsoCountback,
    bestPossibleDsoSimple,
    bestPossibleDsoCountback,
    addDsoSimple: figureDifference(dsoSimple, bestPossibleDsoSimple),
    addDsoCountback: figureDifference(dsoCountback, bestPossibleDsoCountback),
    addInvoice: figureOf(computeAddInvoice(items)),
    ceiFullSales: figureOf(computeCei(cei, "full-sales")),
    ceiMonthlySales: figureOf(computeCei(cei, "monthly-sales")),
    percentCurrent: figureOf(computePercentCurrent(openAmounts, asOf)),
    atRisk: computeAtRiskRate(receivables, currency),
    writeOffs: writeOffSummary(receivables, currency, recorded),
    promises: promiseKeptRate(promises, { from: addDays(asOf, 1 - PROMISE_WINDOW_DAYS), to: asOf }),
    trend: monthlyTrend(receivables, currency, options.trendMonths ?? DEFAULT_TREND_MONTHS),
  };
}

/**
 * Every metric Collect reports, on an as-of date, per currency (DOMAIN.md section b): DSO simple and countback,
 * best possible DSO, ADD by the DSO and the invoice method, CEI in both variants, % current, at-risk rate,
 * write-offs, promise-kept rate and the monthly trend; plus the aging (with its reconciliation) and collector
 * activity. The ledger is first restated to the as-of date (`ledgerAsOf`), so a past date gives exactly the
 * figures a workbook truncated to that date gives.
 *
 * AR throughout is the open balance of invoices (credits and unapplied payments are not netted; the aging shows
 * them in their own lines); "current" means not yet past its due date; written-off invoices are not AR.
 *
 * @example computeCollectMetrics(ledger, "2026-11-30" as IsoDate).currencies[0]?.dsoCountback //=> { value: 52.4, reason: null }
 */
export function computeCollectMetrics(ledger: Ledger, asOf: IsoDate, options: CollectMetricsOptions = {}): CollectMetrics {
  const receivables = indexReceivables(ledger, asOf);
  const recorded = [...receivables.byCurrency.values()].some((documents) => documents.some((document) => document.writtenOff));
  const records = evaluatePromises(receivables.ledger, asOf, { graceDays: options.promiseGraceDays ?? 0, index: receivables.payments });
  const promises = promisesByCurrency(receivables, records);
  const openCustomers = new Set<string>();
  for (const documents of receivables.byCurrency.values()) {
    for (const { invoice, writtenOff } of documents) if (!writtenOff && invoice.openCents > 0) openCustomers.add(invoice.customerKey);
  }
  return {
    asOf,
    currencies: receivables.currencies.map((currency) => currencyMetrics(receivables, currency, options, recorded, promises.get(currency) ?? [])),
    aging: buildAgingReport(receivables, options.aging),
    collectors: collectorActivity(receivables.ledger, asOf, openCustomers),
  };
}
