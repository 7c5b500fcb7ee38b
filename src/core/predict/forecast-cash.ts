import { addDays, type IsoDate, isoDateToDayNumber } from "../dates/iso-date";
import type { CurrencyCode, Ledger } from "../ledger/ledger";
import type { Cents } from "../money/cents";
import { compareText } from "./_lib/compare-text";
import { possibleDaysLate } from "./conditional-days-late";
import { toPaymentRecords } from "./payment-record";
import { openRecordsAt, type OpenRecord, type PredictionContext, type PredictionOptions, preparePrediction } from "./prediction-context";
import { scoreInvoice } from "./score-invoice";

/** A customer's promise to pay an amount on a date (from the contact log), which overrides the model. */
export interface PaymentPromise {
  readonly customerKey: string;
  readonly date: IsoDate;
  readonly amountCents: Cents;
  /** The currency promised; absent or null: whichever the customer owes in, oldest invoice first. */
  readonly currency?: CurrencyCode | null;
  /** The invoice promised; absent or null: the customer's balance, oldest invoice first. */
  readonly invoiceNo?: string | null;
}

/** Expected cash-in for one currency. */
export interface CurrencyForecast {
  readonly currency: CurrencyCode | null;
  /** Expected receipts per week, week 1 first (`CashForecast.weekStarts`). */
  readonly weeklyCents: readonly Cents[];
  /** Expected after the last week. */
  readonly laterCents: Cents;
  /** Of the total, the part that rests on promises rather than predictions. */
  readonly promisedCents: Cents;
  /** Everything open: Σ weekly + later, exactly. */
  readonly openCents: Cents;
}

/** An expected-cash forecast by week and currency. */
export interface CashForecast {
  readonly asOf: IsoDate;
  /** "model" when predictions were used; "due-dates" when there was no paid history and due dates stood in. */
  readonly basis: "model" | "due-dates";
  /** Week k covers weekStarts[k] to weekStarts[k] + 6 days; week 1 starts on the as-of date. */
  readonly weekStarts: readonly IsoDate[];
  /** Sorted by currency code, unknown currency last. */
  readonly currencies: readonly CurrencyForecast[];
}

/** What `forecastCash` takes besides the ledger, the as-of date and the weeks. */
export interface ForecastOptions extends PredictionOptions {
  /** Pending promises; one dated before the as-of date is ignored (it was kept or broken by then). @defaultvalue none */
  readonly promises?: readonly PaymentPromise[];
  /** A context already prepared for this ledger and as-of date, to skip training again. */
  readonly context?: PredictionContext;
  /**
   * The open items to forecast, with their balances. @defaultvalue every invoice open at the end of the as-of date
   * (`openRecordsAt`); a caller that must reconcile to its own receivables (written-off invoices left out, a blank
   * currency resolved) passes its own.
   */
  readonly open?: readonly OpenRecord[];
}

/** The forecast's horizon was not a whole number of weeks from 1 to 53. */
export class ForecastWeeksError extends RangeError {
  override readonly name = "ForecastWeeksError";
}

const DAYS_PER_WEEK = 7;
const MAX_WEEKS = 53;

/**
 * Expected cash-in per week and currency over the next `weeks` weeks (8–13 is the usual horizon). Each open
 * invoice's balance is spread evenly over the payment days the model still considers possible for it (its
 * prediction plus the training residual quantiles, none before the as-of date: `possibleDaysLate`), so the
 * weekly figures are expectations, not a single guessed date per invoice. Promises come first: a promise takes
 * its amount from the customer's open invoices (oldest due first, in its currency when it names one) and puts
 * it on its date; only what it does not cover follows the predictions. Amounts stay exact: every cent open is
 * in exactly one week or in `laterCents`. With no paid history the due dates (or the as-of date, when past)
 * stand in for predictions and `basis` says so.
 *
 * @throws ForecastWeeksError when `weeks` is not a whole number from 1 to 53
 * @example forecastCash(ledger, "2026-11-25" as IsoDate, 13).currencies[0] //=> { currency: "EUR", weeklyCents: [412000, 380550, …], laterCents: 91000, … }
 */
export function forecastCash(ledger: Pick<Ledger, "invoices">, asOf: IsoDate, weeks: number, options?: ForecastOptions): CashForecast {
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_WEEKS) throw new ForecastWeeksError(`forecastCash: weeks must be a whole number from 1 to ${String(MAX_WEEKS)}, got ${String(weeks)}`);
  const prepared = options?.context === undefined ? preparePrediction(ledger, asOf, options) : { ok: true as const, value: options.context };
  const asOfDay = isoDateToDayNumber(asOf);
  const open = options?.open ?? (prepared.ok ? openRecordsAt(prepared.value.records, asOfDay) : openRecordsAt(toPaymentRecords(ledger, options).records, asOfDay));
  const buckets = new Map<string, { currency: CurrencyCode | null; weekly: number[]; later: number; promised: number }>();
  const bucketOf = (currency: CurrencyCode | null) => {
    const key = currency ?? "";
    let bucket = buckets.get(key);
    if (bucket === undefined) buckets.set(key, (bucket = { currency, weekly: new Array<number>(weeks).fill(0), later: 0, promised: 0 }));
    return bucket;
  };
  const put = (currency: CurrencyCode | null, day: number, cents: number): void => {
    const bucket = bucketOf(currency);
    const week = Math.floor((Math.max(day, asOfDay) - asOfDay) / DAYS_PER_WEEK);
    if (week < weeks) bucket.weekly[week] = (bucket.weekly[week] as number) + cents;
    else bucket.later += cents;
  };
  const remaining = applyPromises(open, options?.promises ?? [], asOfDay, (item, day, cents) => {
    put(item.record.currency, day, cents);
    bucketOf(item.record.currency).promised += cents;
  });
  for (const [i, item] of open.entries()) {
    const cents = remaining[i] as number;
    if (cents === 0) continue;
    const minimumDaysLate = asOfDay - item.record.dueDay;
    const outcomes = prepared.ok
      ? possibleDaysLate(scoreInvoice(prepared.value.model, item.record).daysLate, prepared.value.model.residualQuantiles, minimumDaysLate)
      : [Math.max(0, minimumDaysLate)];
    const shares = splitEvenly(cents, outcomes.length);
    for (const [k, share] of shares.entries()) put(item.record.currency, item.record.dueDay + Math.round(outcomes[k] as number), share);
  }
  const currencies = [...buckets.values()]
    .sort((a, b) => (a.currency === null ? 1 : b.currency === null ? -1 : compareText(a.currency, b.currency)))
    .map((bucket): CurrencyForecast => ({
      currency: bucket.currency,
      weeklyCents: bucket.weekly.map((cents) => cents as Cents),
      laterCents: bucket.later as Cents,
      promisedCents: bucket.promised as Cents,
      openCents: (bucket.weekly.reduce((sum, cents) => sum + cents, 0) + bucket.later) as Cents,
    }));
  return {
    asOf,
    basis: prepared.ok ? "model" : "due-dates",
    weekStarts: Array.from({ length: weeks }, (_, k) => addDays(asOf, k * DAYS_PER_WEEK)),
    currencies,
  };
}

/**
 * Takes each live promise's amount from its customer's open invoices (only the promised one, when it names one), oldest due first, calling `take` for each
 * piece; returns what is left open per invoice (same order as `open`).
 */
function applyPromises(open: readonly OpenRecord[], promises: readonly PaymentPromise[], asOfDay: number, take: (item: OpenRecord, day: number, cents: number) => void): number[] {
  const remaining = open.map((item) => item.openCents as number);
  const order = open.map((_, i) => i).sort((a, b) => {
    const x = (open[a] as OpenRecord).record;
    const y = (open[b] as OpenRecord).record;
    return x.dueDay - y.dueDay || compareText(x.invoiceNo, y.invoiceNo) || a - b;
  });
  const live = promises
    .map((promise) => ({ promise, day: isoDateToDayNumber(promise.date) as number }))
    .filter(({ day }) => day >= asOfDay)
    .sort((a, b) => a.day - b.day || compareText(a.promise.customerKey, b.promise.customerKey) || a.promise.amountCents - b.promise.amountCents);
  for (const { promise, day } of live) {
    let left = Math.max(0, promise.amountCents as number);
    for (const i of order) {
      if (left === 0) break;
      const item = open[i] as OpenRecord;
      const currency = promise.currency ?? null;
      const invoiceNo = promise.invoiceNo ?? null;
      if (item.record.customerKey !== promise.customerKey || (currency !== null && item.record.currency !== currency)) continue;
      if (invoiceNo !== null && item.record.invoiceNo !== invoiceNo) continue;
      const cents = Math.min(left, remaining[i] as number);
      if (cents === 0) continue;
      remaining[i] = (remaining[i] as number) - cents;
      left -= cents;
      take(item, day, cents);
    }
  }
  return remaining;
}

/** Splits whole cents into `parts` shares that differ by at most one cent and add up exactly. @example splitEvenly(10, 3) //=> [4, 3, 3] */
function splitEvenly(cents: number, parts: number): number[] {
  const base = Math.floor(cents / parts);
  const extra = cents - base * parts;
  return Array.from({ length: parts }, (_, k) => base + (k < extra ? 1 : 0));
}
