import { err, ok, type Result } from "../types/result";

/** The factors of the priority score (DOMAIN.md (d) 5). */
export type PriorityFactor = "amount-at-risk" | "days-past-due" | "broken-promises" | "days-to-pay-trend" | "credit-limit-use" | "stage";

/** Every factor, in the order the weights table lists them. */
export const PRIORITY_FACTORS: readonly PriorityFactor[] = ["amount-at-risk", "days-past-due", "broken-promises", "days-to-pay-trend", "credit-limit-use", "stage"];

/** A weight per factor (any scale; the score divides by their sum). */
export type PriorityWeights = Readonly<Record<PriorityFactor, number>>;

/**
 * Default weights: money at risk and age first (they drive write-offs), a broken promise next (the best
 * predictor of another), then the stage, the payer's worsening and credit-limit use. They add up to 100, so
 * each weight reads as "points out of 100".
 */
export const DEFAULT_PRIORITY_WEIGHTS: PriorityWeights = {
  "amount-at-risk": 30,
  "days-past-due": 25,
  "broken-promises": 20,
  "days-to-pay-trend": 10,
  "credit-limit-use": 5,
  stage: 10,
};

/** A factor's label and how it is normalised to 0–1, for the weights table and the task pane. */
export const PRIORITY_FACTOR_INFO: Readonly<Record<PriorityFactor, { readonly label: string; readonly measure: string }>> = {
  "amount-at-risk": { label: "Amount at risk", measure: "Overdue amount on a log scale: log(1 + overdue) ÷ log(1 + the largest overdue in the same currency on the worklist)" },
  "days-past-due": { label: "Days past due", measure: "Days the oldest open invoice is past due ÷ 120, capped at 1" },
  "broken-promises": { label: "Broken promises", measure: "Promises broken (and plan instalments missed) in the last 12 months ÷ 2, capped at 1" },
  "days-to-pay-trend": { label: "Days-to-pay trend", measure: "(Days to pay of the last 3 paid invoices − the usual days to pay before them) ÷ 30, between 0 and 1" },
  "credit-limit-use": { label: "Credit limit use", measure: "Open balance ÷ credit limit, capped at 1 (0 without a limit)" },
  stage: { label: "Stage", measure: "(Stage level − 1) ÷ (top level − 1)" },
};

/** Why a weights table is refused. */
export type PriorityWeightsError = "weight-not-a-number" | "weight-negative" | "weights-all-zero";

/**
 * Checks a weights table: each weight a finite number ≥ 0, and not all zero. Missing factors take the default.
 *
 * @example toPriorityWeights({ stage: 0 }).ok //=> true
 * @example toPriorityWeights({ stage: -1 })   //=> { ok: false, error: "weight-negative" }
 */
export function toPriorityWeights(input: Partial<Record<PriorityFactor, number>>): Result<PriorityWeights, PriorityWeightsError> {
  const weights = { ...DEFAULT_PRIORITY_WEIGHTS, ...input };
  let total = 0;
  for (const factor of PRIORITY_FACTORS) {
    const weight = weights[factor];
    if (!Number.isFinite(weight)) return err("weight-not-a-number");
    if (weight < 0) return err("weight-negative");
    total += weight;
  }
  return total === 0 ? err("weights-all-zero") : ok(weights);
}
