import { type DayNumber, partsFromDayNumber } from "../dates/iso-date";
import { mean, median, sampleStd, shrink } from "./_lib/stats";
import type { HistorySnapshot } from "./history-index";
import type { PaymentRecord } from "./payment-record";
import { PRIOR_WEIGHT_INVOICES, type Priors } from "./priors";

/**
 * The model's inputs, in order. Everything is known on the invoice date: the customer's paid history before it
 * (blended with everyone's when short), the invoice's own row, and the calendar.
 */
export const FEATURE_NAMES = [
  /** Mean days late (paid − due) of the customer's paid invoices, blended with the prior mean. */
  "meanDaysLate",
  /** Median days late of the last 24 paid invoices, blended with the prior median. */
  "medianDaysLate",
  /** Standard deviation of days late of the last 24, blended with the prior spread. */
  "spreadDaysLate",
  /** Mean of the last 5 minus the overall mean (positive: paying later lately), damped for short histories. */
  "trendDaysLate",
  /** Share paid after the due date, blended with the prior share. */
  "shareLate",
  /** Days late of the most recent paid invoice (the prior mean for a new customer). */
  "lastDaysLate",
  /** ln(1 + paid invoices before): how much history there is. */
  "historyLength",
  /** ln(amount ÷ median of the customer's last 24 invoice amounts); 0 without earlier invoices. */
  "amountVsUsual",
  /** Due − invoice date in days. */
  "termsDays",
  /** Invoice month on the unit circle (seasonality without a December–January jump). */
  "monthSin",
  "monthCos",
  /** 1 when the invoice row is marked disputed. */
  "disputed",
  /** Share of the customer's earlier paid invoices that were disputed, blended with the prior. */
  "disputedBefore",
  /** 1 billed electronically, 0 on paper, the prior share when unknown. */
  "electronic",
  /** Share of the customer's earlier paid invoices billed electronically, blended with the prior. */
  "electronicBefore",
] as const;

/** One model input (see `FEATURE_NAMES`). */
export type FeatureName = (typeof FEATURE_NAMES)[number];

/** Which optional inputs the model uses. */
export interface FeatureOptions {
  /**
   * Use the row's Disputed flag. In a live workbook the flag is on the row when the model runs, so it is used
   * by default; in the IBM sample it is filled in afterwards, so `evaluate` also reports the figures without it.
   * @defaultvalue true
   */
  readonly useDisputed?: boolean;
  /** Use the billing channel (paper or electronic) where the workbook has it. @defaultvalue true */
  readonly useChannel?: boolean;
}

/** The invoices whose mean, minus the overall mean, is the trend. */
export const TREND_WINDOW_INVOICES = 5;

/** Longest |ln ratio| of amount to usual the model takes (×/÷ 150): a typo of three zeros should not dominate. */
const MAX_LOG_AMOUNT_RATIO = 5;

const MONTHS_PER_YEAR = 12;

/**
 * Computes the model's inputs for one invoice from its row and the customer's history known before it. A
 * feature switched off by `options` is 0, which after standardising is a column the fit gives no weight.
 *
 * @param record - the invoice (its own paid day is never read)
 * @param history - the customer's history strictly before the invoice date (`historyAt`)
 * @param priors - everyone's statistics, for short or empty histories
 * @returns one number per `FEATURE_NAMES` entry, in that order
 * @example computeFeatures(record, historyAt(index, record.customerKey, record.invoiceDay), priors)[0] //=> 11.4 (mean days late)
 */
export function computeFeatures(record: PaymentRecord, history: HistorySnapshot, priors: Priors, options?: FeatureOptions): number[] {
  const n = history.paidCount;
  const k = PRIOR_WEIGHT_INVOICES;
  const recent = history.recentDaysLate;
  const overallMean = history.meanDaysLate ?? priors.meanDaysLate;
  const spread = recent.length >= 2 ? sampleStd(recent) : priors.spreadDaysLate;
  const trend = recent.length > TREND_WINDOW_INVOICES ? (mean(recent.slice(-TREND_WINDOW_INVOICES)) - overallMean) * (n / (n + k)) : 0;
  const usualAmount = history.recentAmountsCents.length === 0 ? null : median(history.recentAmountsCents);
  const amountRatio = usualAmount === null || usualAmount <= 0 ? 0 : clamp(Math.log(record.amountCents / usualAmount), MAX_LOG_AMOUNT_RATIO);
  const angle = (2 * Math.PI * (monthOf(record.invoiceDay) - 1)) / MONTHS_PER_YEAR;
  const useDisputed = options?.useDisputed ?? true;
  const useChannel = options?.useChannel ?? true;
  const channelKnown = history.channelKnownCount;
  return [
    shrink(overallMean, n, priors.meanDaysLate, k),
    n === 0 ? priors.medianDaysLate : shrink(median(recent), n, priors.medianDaysLate, k),
    shrink(spread, recent.length >= 2 ? n : 0, priors.spreadDaysLate, k),
    trend,
    shrink(n === 0 ? 0 : history.lateCount / n, n, priors.shareLate, k),
    recent.length === 0 ? priors.meanDaysLate : (recent[recent.length - 1] as number),
    Math.log1p(n),
    amountRatio,
    record.dueDay - record.invoiceDay,
    Math.sin(angle),
    Math.cos(angle),
    useDisputed && record.disputed ? 1 : 0,
    useDisputed ? shrink(n === 0 ? 0 : history.disputedCount / n, n, priors.disputedShare, k) : 0,
    !useChannel ? 0 : record.channel === null ? priors.electronicShare : record.channel === "electronic" ? 1 : 0,
    useChannel ? shrink(channelKnown === 0 ? 0 : history.electronicCount / channelKnown, channelKnown, priors.electronicShare, k) : 0,
  ];
}

function monthOf(day: DayNumber): number {
  return partsFromDayNumber(day).month;
}

function clamp(value: number, limit: number): number {
  return Math.max(-limit, Math.min(limit, value));
}
