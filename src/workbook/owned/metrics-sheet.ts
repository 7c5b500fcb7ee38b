import type { AgingLine, CurrencyAging } from "../../core/aging/aging-report";
import { addDays, type IsoDate } from "../../core/dates/iso-date";
import type { CollectMetrics, CurrencyMetrics } from "../../core/metrics/collect-metrics";
import type { Figure } from "../../core/metrics/figure";
import type { ReceivablesForecast } from "../../core/metrics/forecast-receivables";
import { MESSAGES } from "../../core/messages";
import { centsToAmount, type Cents } from "../../core/money/cents";
import type { CellValue } from "../grid";
import type { OwnedChart, OwnedSheet } from "../owned-sheet";
import { MONEY_FORMAT, ONE_DECIMAL_FORMAT, PERCENT_ONE_DECIMAL_FORMAT, TEXT_FORMAT, WHOLE_FORMAT } from "./_lib/formats";

/** The sheet of figures a collections manager reads: headline metrics, the aging with its check, activity, trend. */
export const METRICS_SHEET_NAME = "Collect Metrics";

/** Width of the text bar at 100% of AR, in block characters. */
const BAR_WIDTH = 30;
const BAR = "█";

/** The words of the aging's reconciliation check cell. */
export const CHECK_OK = "OK";
export const CHECK_DIFFERENCE = "Difference";

type Format = string | null;

/** Rows and their number formats, built top to bottom. */
class Preamble {
  readonly rows: (readonly CellValue[])[] = [];
  readonly formats: (readonly Format[])[] = [];
  add(row: readonly CellValue[], formats: readonly Format[] = []): number {
    this.rows.push(row);
    this.formats.push(row.map((_, c) => formats[c] ?? null));
    return this.rows.length - 1;
  }
}

function currencyName(currency: string | null): string {
  return currency ?? "No currency";
}

function money(cents: Cents): number {
  return centsToAmount(cents);
}

/** A figure's value for a cell (percent figures as shares, for a % format), or why there is none, as text. */
function figureCell(figure: Figure, percent = false): CellValue {
  if (figure.value === null) return figure.reason === null ? "—" : `n/a: ${MESSAGES[figure.reason]}`;
  return percent ? figure.value / 100 : figure.value;
}

interface HeadlineRow {
  readonly label: string;
  readonly format: string;
  readonly value: (m: CurrencyMetrics) => CellValue;
  readonly how: string;
}

function headlineRows(metrics: CollectMetrics): readonly HeadlineRow[] {
  const share = (value: number | null): CellValue => value ?? "—";
  return [
    { label: "Receivables (AR)", format: MONEY_FORMAT, value: (m) => money(m.end.arCents), how: "Open balances of invoices on the as-of date (payments after it added back)." },
    { label: "Not yet due (current)", format: MONEY_FORMAT, value: (m) => money(m.end.currentCents), how: "The part of AR due on or after the as-of date." },
    { label: "Past due", format: MONEY_FORMAT, value: (m) => money(m.end.overdueCents), how: "The part of AR past its due date." },
    { label: "No due date", format: MONEY_FORMAT, value: (m) => money(m.end.undatedCents), how: "In AR, never counted as current." },
    { label: "% current", format: PERCENT_ONE_DECIMAL_FORMAT, value: (m) => figureCell(m.percentCurrent, true), how: "Not yet due ÷ AR. Credits are not netted." },
    { label: "Credit sales in the period", format: MONEY_FORMAT, value: (m) => money(m.salesCents), how: "Amounts of invoices dated in the period (credit memos are not sales)." },
    { label: "AR at the start of the period", format: MONEY_FORMAT, value: (m) => money(m.begin.arCents), how: `AR on ${metrics.currencies[0]?.period.from ?? ""}, CEI's opening balance.` },
    { label: "DSO, simple", format: ONE_DECIMAL_FORMAT, value: (m) => figureCell(m.dsoSimple), how: "AR ÷ credit sales in the period × days in the period." },
    { label: "DSO, countback", format: ONE_DECIMAL_FORMAT, value: (m) => figureCell(m.dsoCountback), how: "Uses up each month's sales against AR, latest month first, adding its days (the part of the last month used)." },
    { label: "Best possible DSO, simple", format: ONE_DECIMAL_FORMAT, value: (m) => figureCell(m.bestPossibleDsoSimple), how: "Not-yet-due AR ÷ credit sales × days." },
    { label: "Best possible DSO, countback", format: ONE_DECIMAL_FORMAT, value: (m) => figureCell(m.bestPossibleDsoCountback), how: "Countback of the not-yet-due AR." },
    { label: "ADD, DSO method (simple)", format: ONE_DECIMAL_FORMAT, value: (m) => figureCell(m.addDsoSimple), how: "Average days delinquent: DSO − best possible DSO, both simple." },
    { label: "ADD, DSO method (countback)", format: ONE_DECIMAL_FORMAT, value: (m) => figureCell(m.addDsoCountback), how: "DSO − best possible DSO, both countback." },
    { label: "ADD, invoice method", format: ONE_DECIMAL_FORMAT, value: (m) => figureCell(m.addInvoice), how: "Σ(open × days past due) ÷ Σ open over open invoices with a due date (not yet due counts 0)." },
    { label: "CEI, full sales (Collect's default)", format: PERCENT_ONE_DECIMAL_FORMAT, value: (m) => figureCell(m.ceiFullSales, true), how: "(AR start + sales − AR end) ÷ (AR start + sales − current AR end), with the period's full credit sales." },
    { label: "CEI, monthly sales (sales ÷ months)", format: PERCENT_ONE_DECIMAL_FORMAT, value: (m) => figureCell(m.ceiMonthlySales, true), how: "The same with sales divided by the months of the period (creditguru's variant)." },
    { label: "At-risk rate (invoices reaching 90+ days)", format: PERCENT_ONE_DECIMAL_FORMAT, value: (m) => share(m.atRisk.countRate), how: "Of the invoices due in the year to 90 days ago, the share still open 90 days after their due date." },
    { label: "At-risk rate by amount", format: PERCENT_ONE_DECIMAL_FORMAT, value: (m) => share(m.atRisk.amountRate), how: "What was still open of them 90 days after due ÷ their amounts." },
    { label: "Written off (bad debt)", format: MONEY_FORMAT, value: (m) => (m.writeOffs.recorded ? money(m.writeOffs.cents) : "not recorded"), how: "Invoices whose status says written off or bad debt: amount less payments received. \"not recorded\": no such status in the workbook." },
    { label: "Bad-debt ratio, last 12 months", format: PERCENT_ONE_DECIMAL_FORMAT, value: (m) => (m.writeOffs.recorded ? figureCell(m.writeOffs.badDebtPercent, true) : "not recorded"), how: "Write-offs of invoices dated in the last 12 months ÷ credit sales of those months." },
    { label: "Promises kept", format: WHOLE_FORMAT, value: (m) => m.promises.kept, how: "Promises to pay whose promised date fell in the last year: paid in full by the date (plus grace days)." },
    { label: "Promises broken", format: WHOLE_FORMAT, value: (m) => m.promises.broken, how: "The date (plus grace days) passed without that payment. Pending and cancelled promises are left out." },
    { label: "Promise-kept rate", format: PERCENT_ONE_DECIMAL_FORMAT, value: (m) => share(m.promises.rate), how: "Kept ÷ (kept + broken)." },
    { label: "Promise-kept rate by amount", format: PERCENT_ONE_DECIMAL_FORMAT, value: (m) => share(m.promises.amountRate), how: "Paid on time (up to each promise) ÷ promised, over kept and broken promises that name an amount." },
  ];
}

function bar(share: number): string {
  return BAR.repeat(Math.max(0, Math.round(share * BAR_WIDTH)));
}

/** One aging line as a row: label, amount, count, share of AR and the text bar. */
function agingRow(line: AgingLine, label: string, arCents: number, withShare: boolean): readonly CellValue[] {
  const share = withShare && arCents > 0 ? line.cents / arCents : null;
  return [label, money(line.cents), line.count, share, share === null ? null : bar(share)];
}

const AGING_FORMATS = [null, MONEY_FORMAT, WHOLE_FORMAT, PERCENT_ONE_DECIMAL_FORMAT, null];

function addAging(preamble: Preamble, aging: CurrencyAging, basisText: string, creditsText: string, chartColumn: number): OwnedChart {
  const name = currencyName(aging.currency);
  const title = preamble.add([`Aging — ${name}`]);
  preamble.add([basisText]);
  preamble.add([creditsText]);
  const header = preamble.add(["Bucket", "Amount", "Invoices", "Share of AR", "Bar"]);
  const ar = aging.buckets.reduce((sum, line) => sum + line.cents, 0) + aging.undated.cents;
  for (const line of aging.buckets) preamble.add(agingRow(line, line.label === "Current" ? "Current (not yet due)" : line.label, ar, true), AGING_FORMATS);
  preamble.add(agingRow(aging.undated, aging.undated.label, ar, true), AGING_FORMATS);
  preamble.add(agingRow(aging.credits, aging.credits.label, ar, false), AGING_FORMATS);
  preamble.add(agingRow(aging.unapplied, aging.unapplied.label, ar, false), AGING_FORMATS);
  preamble.add(["Total of the lines above", money(aging.totalCents)], [null, MONEY_FORMAT]);
  preamble.add(["Ledger total (every open balance − unapplied payments)", money(aging.ledgerTotalCents)], [null, MONEY_FORMAT]);
  preamble.add(["Check: total − ledger total", money(aging.differenceCents), aging.differenceCents === 0 ? CHECK_OK : CHECK_DIFFERENCE], [null, MONEY_FORMAT]);
  preamble.add([aging.writtenOff.label, money(aging.writtenOff.cents), aging.writtenOff.count], [null, MONEY_FORMAT, WHOLE_FORMAT]);
  preamble.add([]);
  return {
    type: "column",
    title: `Aging ${name}`,
    source: { row: header, column: 0, rows: 1 + aging.buckets.length, columns: 2 },
    anchor: { row: title, column: chartColumn },
    size: { columns: 6, rows: 16 },
  };
}

/** What `metricsSheet` shows besides the metrics. */
export interface MetricsSheetOptions {
  /** The expected-cash forecast of the same run; absent: no forecast block. */
  readonly forecast?: ReceivablesForecast;
}

/** The words of the forecast's basis line. */
export const FORECAST_BASIS_TEXT: Readonly<Record<ReceivablesForecast["basis"], string>> = {
  model: "Basis: model. Each open balance is spread over the payment days Collect's late-payment prediction (learnt from this workbook's paid invoices) still considers possible, so a week's figure is an expectation, not a list of invoices. Pending promises from Collect Log are placed on their promised dates first.",
  "due-dates": "Basis: due dates. No invoice has a paid date yet, so there is no payment history to learn from: each balance is expected on its due date (this week when already past due). Pending promises from Collect Log are placed on their promised dates first.",
};

function lastDayOfWeek(start: IsoDate): IsoDate {
  return addDays(start, 6);
}

function addForecast(preamble: Preamble, forecast: ReceivablesForecast, metrics: CollectMetrics): void {
  const names = [...new Set<string | null>([...metrics.currencies.map((m) => m.currency), ...forecast.currencies.map((c) => c.currency)])];
  const lines = names.map((currency) => forecast.currencies.find((c) => c.currency === currency) ?? null);
  const ar = names.map((currency) => metrics.currencies.find((m) => m.currency === currency)?.end.arCents ?? (0 as Cents));
  const weeks = forecast.weekStarts.length;
  const last = forecast.weekStarts[weeks - 1];
  const moneyFormats = [null, ...names.map(() => MONEY_FORMAT)];
  const cents = (pick: (c: NonNullable<(typeof lines)[number]>) => number): Cents[] => lines.map((c) => (c === null ? 0 : pick(c)) as Cents);
  preamble.add([`Expected cash-in, next ${weeks} weeks from ${forecast.asOf}`]);
  preamble.add([FORECAST_BASIS_TEXT[forecast.basis]]);
  preamble.add(["Week", ...names.map(currencyName)]);
  forecast.weekStarts.forEach((start, k) => {
    preamble.add([`Week ${k + 1}: ${start} to ${lastDayOfWeek(start)}`, ...cents((c) => c.weeklyCents[k] ?? 0).map(money)], moneyFormats);
  });
  preamble.add([`Later (after ${last === undefined ? forecast.asOf : lastDayOfWeek(last)})`, ...cents((c) => c.laterCents).map(money)], moneyFormats);
  preamble.add(["No invoice or due date (cannot be placed)", ...cents((c) => c.undatedCents).map(money)], moneyFormats);
  const totals = cents((c) => c.totalCents);
  preamble.add(["Total expected (the lines above)", ...totals.map(money)], moneyFormats);
  preamble.add(["Receivables (AR) on the as-of date", ...ar.map(money)], moneyFormats);
  const differences = totals.map((total, i) => (total - (ar[i] as number)) as Cents);
  preamble.add(["Check: total expected − AR", ...differences.map(money), differences.every((d) => d === 0) ? CHECK_OK : CHECK_DIFFERENCE], moneyFormats);
  preamble.add(["Of which on pending promises", ...cents((c) => c.promisedCents).map(money)], moneyFormats);
  preamble.add([]);
}

/**
 * The `Collect Metrics` sheet: the as-of date and period; headline figures per currency (never added across
 * currencies) with how each is worked out; per currency the aging with its basis and boundary rule, credits in
 * their own lines, the check cell (Σ lines − ledger total, written as a value with "OK" or "Difference") and text
 * bars; a column chart of each aging (Excel only, a note says so); the expected cash-in per week over the next 13
 * weeks with its basis and its own check against AR (when a forecast is given); collector activity; and the monthly trend of the
 * last 12 months as the sheet's table. Every figure is a value Collect computed: the sheet holds no formulas.
 *
 * @example metricsSheet(computeCollectMetrics(ledger, asOf)).name //=> "Collect Metrics"
 */
export function metricsSheet(metrics: CollectMetrics, options?: MetricsSheetOptions): OwnedSheet {
  const preamble = new Preamble();
  const currencies = metrics.currencies;
  const period = currencies[0]?.period;
  preamble.add(["Collect Metrics"]);
  preamble.add([`As of ${metrics.asOf}. Figures per currency, never added across currencies. AR is the open balance of invoices: credit memos and unapplied payments are not netted into it (the aging lists them), and written-off invoices are not AR.`]);
  if (period !== undefined) {
    preamble.add([`Period for DSO, best possible DSO, ADD (DSO method) and CEI: ${addDays(period.from, 1)} to ${period.to} (${period.days} days, ${period.months} calendar months). Countback DSO uses calendar months, the latest up to the as-of date.`]);
  }
  preamble.add([]);
  preamble.add(["Headline figures"]);
  if (currencies.length === 0) preamble.add(["No invoices: there is nothing to measure."]);
  else {
    preamble.add(["Figure", ...currencies.map((m) => currencyName(m.currency)), "How Collect works it out"]);
    for (const row of headlineRows(metrics)) {
      preamble.add([row.label, ...currencies.map(row.value), row.how], [null, ...currencies.map(() => row.format), null]);
    }
  }
  preamble.add([]);
  const chartColumn = 6;
  const charts = metrics.aging.currencies.map((aging) => addAging(preamble, aging, metrics.aging.basisText, metrics.aging.creditsText, chartColumn));
  if (charts.length > 0) {
    preamble.add(["In Excel, Collect draws a column chart of each aging beside it. A workbook the collect command writes as a file cannot hold Excel charts: there, the Bar column shows the same shares as text."]);
    preamble.add([]);
  }
  if (options?.forecast !== undefined) addForecast(preamble, options.forecast, metrics);
  const activity = metrics.collectors;
  preamble.add([`Collector activity, ${addDays(activity.from, 1)} to ${activity.to} (${activity.workingDays} working days, Monday to Friday)`]);
  preamble.add(["Collector", "Accounts", "Contacts", "Customers contacted", "Contacts per working day"]);
  if (activity.collectors.length === 0) preamble.add(["No open accounts and no contacts in the window."]);
  for (const c of activity.collectors) preamble.add([c.collector, c.accounts, c.contacts, c.customersContacted, c.contactsPerDay], [null, WHOLE_FORMAT, WHOLE_FORMAT, WHOLE_FORMAT, "0.00"]);
  preamble.add(["Accounts: customers assigned to the collector (Customers sheet) with an open balance. Contacts: log entries about those customers."]);
  preamble.add([]);
  preamble.add(["Monthly trend, last 12 months: each month measured at its end (the current month at the as-of date). Collected = AR at the start + sales − AR at the end."]);
  const rows: (readonly CellValue[])[] = [];
  for (const m of currencies) {
    for (const month of m.trend) {
      rows.push([currencyName(m.currency), month.month, money(month.salesCents), money(month.collectedCents), money(month.arEndCents), money(month.arCurrentEndCents), month.dso.value, month.cei.value === null ? null : month.cei.value / 100]);
    }
  }
  return {
    name: METRICS_SHEET_NAME,
    preamble: preamble.rows,
    preambleFormats: preamble.formats,
    columns: [
      { header: "Currency", numberFormat: TEXT_FORMAT, width: 46 },
      { header: "Month", numberFormat: TEXT_FORMAT, width: 14 },
      { header: "Credit sales", numberFormat: MONEY_FORMAT, width: 14 },
      { header: "Collected", numberFormat: MONEY_FORMAT, width: 14 },
      { header: "AR at month end", numberFormat: MONEY_FORMAT, width: 16 },
      { header: "Not yet due", numberFormat: MONEY_FORMAT, width: 14 },
      { header: "DSO (countback)", numberFormat: ONE_DECIMAL_FORMAT, width: 14 },
      { header: "CEI", numberFormat: PERCENT_ONE_DECIMAL_FORMAT, width: 10 },
    ],
    rows,
    charts,
    freezeHeader: false,
  };
}
