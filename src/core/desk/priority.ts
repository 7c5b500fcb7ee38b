import type { IsoDate } from "../dates/iso-date";
import { PRIORITY_FACTORS, type PriorityFactor, type PriorityWeights } from "./priority-weights";

/** What the priority score of one worklist row is computed from. */
export interface PriorityInput {
  /** Overdue cents of the account. */
  readonly amountAtRiskCents: number;
  /** The largest overdue cents among worklist rows in the same currency (the log scale's top). */
  readonly largestAmountAtRiskCents: number;
  /** Days the oldest open invoice is past due (≤ 0 when none is late). */
  readonly oldestDaysPastDue: number;
  /** Promises broken and plan instalments missed in the last 12 months. */
  readonly brokenPromises: number;
  /** Days to pay of the last 3 paid invoices, and the usual days to pay before them (null: too little history). */
  readonly recentDaysToPay: number | null;
  readonly usualDaysToPay: number | null;
  /** Open balance ÷ credit limit, or null without a limit. */
  readonly creditUse: number | null;
  readonly stageLevel: number;
  /** The highest level of the stage table (7 by default). */
  readonly topStageLevel: number;
}

/** Days past due at which that factor is full. Beyond 120 days recovery odds fall sharply (DOMAIN.md buckets). */
export const DAYS_PAST_DUE_FULL = 120;
/** Broken promises at which that factor is full. */
export const BROKEN_PROMISES_FULL = 2;
/** Days of slowing down (recent − usual days to pay) at which the trend factor is full. */
export const TREND_FULL_DAYS = 30;

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/**
 * Each factor normalised to 0–1 by its documented transform (see `PRIORITY_FACTOR_INFO`).
 *
 * @example normalisePriorityFactors({ amountAtRiskCents: 100000, largestAmountAtRiskCents: 100000, oldestDaysPastDue: 60, brokenPromises: 1, recentDaysToPay: 47, usualDaysToPay: 17, creditUse: null, stageLevel: 7, topStageLevel: 7 })
 * //=> { "amount-at-risk": 1, "days-past-due": 0.5, "broken-promises": 0.5, "days-to-pay-trend": 1, "credit-limit-use": 0, stage: 1 }
 */
export function normalisePriorityFactors(input: PriorityInput): Readonly<Record<PriorityFactor, number>> {
  const amount = Math.max(0, input.amountAtRiskCents) / 100;
  const largest = Math.max(0, input.largestAmountAtRiskCents) / 100;
  const trend =
    input.recentDaysToPay === null || input.usualDaysToPay === null ? 0 : clamp01((input.recentDaysToPay - input.usualDaysToPay) / TREND_FULL_DAYS);
  return {
    "amount-at-risk": largest <= 0 ? 0 : clamp01(Math.log1p(amount) / Math.log1p(largest)),
    "days-past-due": clamp01(input.oldestDaysPastDue / DAYS_PAST_DUE_FULL),
    "broken-promises": clamp01(input.brokenPromises / BROKEN_PROMISES_FULL),
    "days-to-pay-trend": trend,
    "credit-limit-use": input.creditUse === null ? 0 : clamp01(input.creditUse),
    stage: input.topStageLevel <= 1 ? 0 : clamp01((input.stageLevel - 1) / (input.topStageLevel - 1)),
  };
}

/** One factor's part of the score. */
export interface FactorScore {
  readonly factor: PriorityFactor;
  /** The factor normalised to 0–1. */
  readonly value: number;
  readonly weight: number;
  /** weight × value × 100 ÷ Σ weights, in points (the points add up to the score). */
  readonly points: number;
}

/** A priority score (0–100) with each factor's contribution. */
export interface PriorityScore {
  readonly score: number;
  readonly factors: readonly FactorScore[];
}

/** Scores are kept to two decimals, so scores that print the same tie and fall through to the tie-breakers. */
function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * score = Σ weight × factor × 100 ÷ Σ weights, with each factor's contribution.
 *
 * @example scorePriority(input, DEFAULT_PRIORITY_WEIGHTS).score //=> 78.5
 */
export function scorePriority(input: PriorityInput, weights: PriorityWeights): PriorityScore {
  const values = normalisePriorityFactors(input);
  const total = PRIORITY_FACTORS.reduce((sum, factor) => sum + weights[factor], 0);
  const raw = (factor: PriorityFactor): number => (total === 0 ? 0 : (weights[factor] * values[factor] * 100) / total);
  const factors = PRIORITY_FACTORS.map((factor) => ({ factor, value: values[factor], weight: weights[factor], points: round2(raw(factor)) }));
  const score = round2(PRIORITY_FACTORS.reduce((sum, factor) => sum + raw(factor), 0));
  return { score, factors };
}

/** What the worklist is ordered by. */
export interface PriorityKey {
  readonly score: number;
  /** The account's open (due) amount in cents. */
  readonly amountCents: number;
  readonly oldestDueDate: IsoDate | null;
  readonly customerKey: string;
  readonly currency: string | null;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The worklist order: higher score first; ties by larger amount, then older due date (unknown last), then
 * customer key, then currency. A total order: two rows compare equal only when all five are equal, which
 * cannot happen for two accounts.
 *
 * @example [b, a].sort(comparePriority) //=> [a, b]   (a.score 80 > b.score 60)
 */
export function comparePriority(a: PriorityKey, b: PriorityKey): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.amountCents !== b.amountCents) return b.amountCents - a.amountCents;
  if (a.oldestDueDate !== b.oldestDueDate) {
    if (a.oldestDueDate === null) return 1;
    if (b.oldestDueDate === null) return -1;
    return compareText(a.oldestDueDate, b.oldestDueDate);
  }
  if (a.customerKey !== b.customerKey) return compareText(a.customerKey, b.customerKey);
  return compareText(a.currency ?? "", b.currency ?? "");
}
