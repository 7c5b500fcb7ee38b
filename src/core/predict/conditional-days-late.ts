import { quantileOfSorted } from "./_lib/stats";

/**
 * The days-late outcomes the model considers possible for one invoice, given that it is still unpaid on the
 * as-of date: the point prediction plus each of the model's training residual quantiles, keeping only those
 * on or after `minimumDaysLate` (as-of − due: an open invoice cannot have been paid in the past). Each kept
 * outcome is equally likely. When none is left (the invoice is already later than the model ever saw), the
 * only outcome is `minimumDaysLate`: payment today.
 *
 * @param predictedDaysLate - the model's point prediction (paid − due)
 * @param residualQuantiles - ascending training residuals (`LatePaymentModel.residualQuantiles`)
 * @param minimumDaysLate - as-of − due date; −∞ when nothing is known yet
 * @returns ascending days-late outcomes, at least one
 * @example possibleDaysLate(2, [-6, -1, 0, 3, 9], -4) //=> [1, 2, 5, 11]
 * @example possibleDaysLate(2, [-6, -1, 0, 3, 9], 30) //=> [30]
 */
export function possibleDaysLate(predictedDaysLate: number, residualQuantiles: readonly number[], minimumDaysLate: number): number[] {
  const outcomes = residualQuantiles.map((residual) => predictedDaysLate + residual).filter((days) => days >= minimumDaysLate);
  return outcomes.length === 0 ? [minimumDaysLate] : outcomes;
}

/**
 * The predicted days late of an open invoice in whole days: the median of its possible outcomes
 * (`possibleDaysLate`), rounded. For an invoice not yet due this is about the model's own prediction; for one
 * already overdue it is the median among outcomes at least as late as it already is, never before the as-of date.
 *
 * @example conditionalDaysLate(2, [-6, -1, 0, 3, 9], -4) //=> 4 (the median of 1, 2, 5, 11 is 3.5)
 * @example conditionalDaysLate(2, [-6, -1, 0, 3, 9], 30) //=> 30
 */
export function conditionalDaysLate(predictedDaysLate: number, residualQuantiles: readonly number[], minimumDaysLate: number): number {
  const outcomes = possibleDaysLate(predictedDaysLate, residualQuantiles, minimumDaysLate);
  return Math.max(Math.ceil(minimumDaysLate), Math.round(quantileOfSorted(outcomes, 0.5)));
}
