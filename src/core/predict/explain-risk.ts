import { partsFromDayNumber } from "../dates/iso-date";
import { mean, median, sampleStd } from "./_lib/stats";
import { FEATURE_NAMES, type FeatureName, TREND_WINDOW_INVOICES } from "./features";
import type { HistorySnapshot } from "./history-index";
import type { PaymentRecord } from "./payment-record";
import type { InvoiceScore } from "./score-invoice";

/** What a reason is about; each groups one or more model inputs. */
export type ReasonFactor = "history" | "spread" | "trend" | "amount" | "terms" | "season" | "dispute" | "channel";

/** One reason for a risk score, in the bookkeeper's words. */
export interface RiskReason {
  readonly factor: ReasonFactor;
  /** E.g. "pays 12 days late on average over 18 invoices", "amount 3× usual". */
  readonly text: string;
  /** Whether the factor raises or lowers the risk against an average invoice; "neutral" when it hardly moves it. */
  readonly effect: "raises" | "lowers" | "neutral";
  /** The factor's push on the log-odds of paying late (sum over its inputs), for ordering and audit. */
  readonly logOdds: number;
}

const FACTOR_OF: Readonly<Record<FeatureName, ReasonFactor>> = {
  meanDaysLate: "history", medianDaysLate: "history", shareLate: "history", lastDaysLate: "history", historyLength: "history",
  spreadDaysLate: "spread", trendDaysLate: "trend", amountVsUsual: "amount", termsDays: "terms", monthSin: "season", monthCos: "season",
  disputed: "dispute", disputedBefore: "dispute", electronic: "channel", electronicBefore: "channel",
};

/** Reasons given per score, at most. */
export const MAX_REASONS = 3;

/** A factor moving the log-odds less than this (about ±2.5 points of probability near 50%) is not worth a line. */
export const MIN_REASON_LOG_ODDS = 0.1;

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * The top reasons behind a score: the model's inputs grouped into factors, ordered by how far each factor moved
 * the log-odds of paying late (either way), at most `MAX_REASONS`, ignoring factors that hardly moved it. For a
 * customer with no paid invoice, "new customer" always comes first; when nothing stands out, the payment history
 * is given alone, marked neutral, so a score never comes without a reason.
 *
 * @example explainScore(score, record) //=> [{ factor: "history", text: "pays 12 days late on average over 18 invoices, 11 of them late", effect: "raises", … }, { factor: "amount", text: "amount 3× usual", … }]
 */
export function explainScore(score: InvoiceScore, record: PaymentRecord): RiskReason[] {
  const totals = new Map<ReasonFactor, number>();
  FEATURE_NAMES.forEach((name, j) => {
    const factor = FACTOR_OF[name];
    totals.set(factor, (totals.get(factor) ?? 0) + (score.contributions[j] ?? 0));
  });
  // A new customer is always told so first: everything else about them is everyone's average.
  const isNew = score.history.paidCount === 0;
  const first = (factor: ReasonFactor): number => (isNew && factor === "history" ? 0 : 1);
  const strong = [...totals]
    .filter(([factor, logOdds]) => Math.abs(logOdds) >= MIN_REASON_LOG_ODDS || first(factor) === 0)
    .sort((a, b) => first(a[0]) - first(b[0]) || Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_REASONS);
  // Nothing stood out (a model trained on very few invoices, or an entirely average invoice): the payment history
  // is still the fact the score rests on, so it is given, marked neutral.
  const chosen = strong.length > 0 ? strong : [["history", totals.get("history") ?? 0] as const];
  return chosen.map(([factor, logOdds]): RiskReason => ({ factor, text: describeFactor(factor, score, record, logOdds), effect: effectOf(logOdds), logOdds }));
}

/**
 * A customer's paid history in one phrase: the fact every risk score rests on.
 *
 * @example describePaymentHistory({ paidCount: 14, meanDaysLate: 21.2, lateCount: 12, … }) //=> "pays 21 days late on average over 14 invoices, 12 of them late"
 * @example describePaymentHistory({ paidCount: 0, meanDaysLate: null, … }) //=> "new customer: no paid invoices yet, so everyone's average is used"
 */
export function describePaymentHistory(history: Pick<HistorySnapshot, "paidCount" | "meanDaysLate" | "lateCount">): string {
  const n = history.paidCount;
  if (n === 0 || history.meanDaysLate === null) return "new customer: no paid invoices yet, so everyone's average is used";
  const average = Math.round(history.meanDaysLate);
  const how = average > 0 ? `${String(average)} ${days(average)} late` : average < 0 ? `${String(-average)} ${days(-average)} early` : "on the due date";
  return `pays ${how} on average over ${String(n)} ${n === 1 ? "invoice" : "invoices"}, ${String(history.lateCount)} of them late`;
}

function effectOf(logOdds: number): RiskReason["effect"] {
  if (Math.abs(logOdds) < MIN_REASON_LOG_ODDS) return "neutral";
  return logOdds > 0 ? "raises" : "lowers";
}

function describeFactor(factor: ReasonFactor, score: InvoiceScore, record: PaymentRecord, logOdds: number): string {
  const history = score.history;
  const n = history.paidCount;
  switch (factor) {
    case "history":
      return describePaymentHistory(history);
    case "spread": {
      if (history.recentDaysLate.length < 2) return "too few paid invoices to tell how regular the payments are";
      const spread = Math.round(sampleStd(history.recentDaysLate));
      return `payment timing varies by ±${String(spread)} ${days(spread)}`;
    }
    case "trend": {
      const recent = history.recentDaysLate.slice(-TREND_WINDOW_INVOICES);
      const shift = Math.round(mean(recent) - (history.meanDaysLate ?? 0));
      if (shift === 0) return `paying as usual over the last ${String(recent.length)} invoices`;
      return `paying ${String(Math.abs(shift))} ${days(Math.abs(shift))} ${shift > 0 ? "later" : "earlier"} than usual over the last ${String(recent.length)} invoices`;
    }
    case "amount": {
      if (history.recentAmountsCents.length === 0) return "first invoice to this customer";
      const ratio = record.amountCents / median(history.recentAmountsCents);
      return `amount ${formatRatio(ratio)}× usual`;
    }
    case "terms":
      return `terms of ${String(record.dueDay - record.invoiceDay)} days`;
    case "season":
      return `issued in ${MONTHS[partsFromDayNumber(record.invoiceDay).month - 1] ?? ""}, when invoices tend to be paid ${logOdds > 0 ? "later" : "earlier"}`;
    case "dispute":
      if (record.disputed) return "the invoice is disputed";
      if (history.disputedCount === 0) return "not disputed";
      // The customer's average above includes their disputed invoices; an undisputed one tends to come in sooner.
      return `not disputed, unlike ${String(history.disputedCount)} of the customer's ${String(n)} paid invoices`;
    case "channel":
      return record.channel === "paper" ? "billed on paper" : record.channel === "electronic" ? "billed electronically" : "billing channel unknown";
  }
}

function days(count: number): string {
  return count === 1 ? "day" : "days";
}

/** 3 → "3", 1.46 → "1.5", 0.333 → "0.33": two significant figures, no trailing zeros. */
function formatRatio(ratio: number): string {
  return String(Number(ratio.toPrecision(2)));
}
