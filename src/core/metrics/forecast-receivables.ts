import { maxIsoDate, type IsoDate } from "../dates/iso-date";
import { currencyResolver } from "../desk/accounts";
import type { PromiseRecord } from "../desk/promises";
import type { Invoice, Ledger } from "../ledger/ledger";
import type { Cents } from "../money/cents";
import { forecastCash, type CashForecast, type PaymentPromise } from "../predict/forecast-cash";
import { toPaymentRecords } from "../predict/payment-record";
import type { PredictionContext } from "../predict/prediction-context";
import { isWrittenOff } from "./write-offs";

/** Weeks the expected-cash forecast covers: a quarter, the usual 13-week cash horizon. */
export const FORECAST_WEEKS = 13;

/** Expected cash-in for one currency, reconciled to its receivables. */
export interface CurrencyCashForecast {
  readonly currency: string | null;
  /** Expected receipts per week, week 1 first (`ReceivablesForecast.weekStarts`). */
  readonly weeklyCents: readonly Cents[];
  /** Expected after the last week. */
  readonly laterCents: Cents;
  /** Of the weeks and later, the part that rests on pending promises rather than the prediction. */
  readonly promisedCents: Cents;
  /** Open invoices without an invoice or a due date: in AR, but nothing says when they will be paid. */
  readonly undatedCents: Cents;
  readonly undatedCount: number;
  /** Weeks + later + undated: every open invoice balance of the currency (its AR), to the cent. */
  readonly totalCents: Cents;
}

/** The expected-cash forecast of the receivables on the as-of date. */
export interface ReceivablesForecast {
  readonly asOf: IsoDate;
  /** "model": the late-payment prediction spread each balance; "due-dates": no paid history, due dates stood in. */
  readonly basis: CashForecast["basis"];
  /** Week k runs from weekStarts[k] for 7 days; week 1 starts on the as-of date. */
  readonly weekStarts: readonly IsoDate[];
  /** Sorted by currency code, no currency last. */
  readonly currencies: readonly CurrencyCashForecast[];
}

/** What `forecastReceivables` takes besides the ledger and the as-of date. */
export interface ReceivablesForecastOptions {
  /** @defaultvalue FORECAST_WEEKS */
  readonly weeks?: number;
  /** The prediction trained for this ledger and date (`rateCustomerRisks`); null or absent: forecast by due dates. */
  readonly context?: PredictionContext | null;
  /** The contact log's promises as judged on the as-of date (`evaluatePromises`); the pending ones override the model. */
  readonly promises?: readonly PromiseRecord[];
}

/**
 * The pending promises as the forecast takes them: what is still to pay on each (the whole balance of the invoice or
 * customer when no amount was promised), on its promised date, or on the as-of date while it is in its grace days.
 *
 * @example toPaymentPromises([{ status: "pending", promisedCents: 50000, paidCents: 20000, promiseDate: "2026-12-05", … }], ledger.invoices, "2026-11-30" as IsoDate)[0]?.amountCents //=> 30000
 */
export function toPaymentPromises(records: readonly PromiseRecord[], invoices: readonly Invoice[], asOf: IsoDate): PaymentPromise[] {
  const currencies = new Map(invoices.map((invoice) => [`${invoice.customerKey}\u0000${invoice.invoiceNo}`, invoice.currency]));
  return records
    .filter((record) => record.status === "pending")
    .map((record) => ({
      customerKey: record.customerKey,
      date: maxIsoDate(record.promiseDate, asOf),
      // No amount promised: "the balance", which the forecast caps at what each invoice has open.
      amountCents: (record.promisedCents === null ? Number.MAX_SAFE_INTEGER : Math.max(0, record.promisedCents - record.paidCents)) as Cents,
      invoiceNo: record.invoiceNo,
      currency: record.invoiceNo === null ? null : (currencies.get(`${record.customerKey}\u0000${record.invoiceNo}`) ?? null),
    }))
    .filter((promise) => promise.amountCents > 0);
}

/**
 * Expected cash-in per week and currency over the next 13 weeks, from the receivables on the as-of date: every open
 * invoice balance the metrics count as AR (written-off invoices are not, a blank currency is the customer's only one),
 * spread by the late-payment prediction (`forecastCash`), with pending promises placed on their dates first. The
 * weeks, "later" and the undated invoices add up to AR to the cent, per currency, so the sheet can show a check.
 *
 * @param ledger - the ledger as it stood on the as-of date (`ledgerAsOf`)
 * @example forecastReceivables(ledgerAsOf(ledger, asOf), asOf, { context }).currencies[0]?.totalCents //=> 18250000 (= that currency's AR)
 */
export function forecastReceivables(ledger: Ledger, asOf: IsoDate, options?: ReceivablesForecastOptions): ReceivablesForecast {
  const resolve = currencyResolver(ledger);
  const open: Invoice[] = [];
  const undated = new Map<string | null, { cents: number; count: number }>();
  for (const invoice of ledger.invoices) {
    if (isWrittenOff(invoice)) continue;
    // The balance AR counts on the as-of date (as `receivablesSeries`): never more than the invoice's amount.
    const openCents = invoice.amountCents >= 0 ? Math.min(invoice.openCents, invoice.amountCents) : Math.max(invoice.openCents, invoice.amountCents);
    if (openCents <= 0) continue;
    const currency = resolve(invoice.customerKey, invoice.currency);
    if (invoice.invoiceDate === null || invoice.dueDate === null) {
      const entry = undated.get(currency) ?? { cents: 0, count: 0 };
      undated.set(currency, { cents: entry.cents + openCents, count: entry.count + 1 });
      continue;
    }
    open.push({ ...invoice, currency, openCents: openCents as Cents, paidDate: null });
  }
  const records = toPaymentRecords({ invoices: open }).records.map((record) => ({ record, openCents: record.openCents }));
  const weeks = options?.weeks ?? FORECAST_WEEKS;
  const promises = toPaymentPromises(options?.promises ?? [], open, asOf);
  const context = options?.context ?? null;
  // Without a context the open invoices alone have no paid history: forecastCash falls back to the due dates.
  const cash = forecastCash({ invoices: context === null ? open : [] }, asOf, weeks, { open: records, promises, ...(context === null ? {} : { context }) });
  const byCurrency = new Map(cash.currencies.map((c) => [c.currency, c]));
  const currencies = [...new Set<string | null>([...byCurrency.keys(), ...undated.keys()])]
    .sort((a, b) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1))
    .map((currency): CurrencyCashForecast => {
      const c = byCurrency.get(currency);
      const u = undated.get(currency) ?? { cents: 0, count: 0 };
      const forecastCents = c === undefined ? 0 : c.openCents;
      return {
        currency,
        weeklyCents: c?.weeklyCents ?? new Array<Cents>(weeks).fill(0 as Cents),
        laterCents: c?.laterCents ?? (0 as Cents),
        promisedCents: c?.promisedCents ?? (0 as Cents),
        undatedCents: u.cents as Cents,
        undatedCount: u.count,
        totalCents: (forecastCents + u.cents) as Cents,
      };
    });
  return { asOf, basis: cash.basis, weekStarts: cash.weekStarts, currencies };
}
