import { checkPairs } from "./metric-input-error";

/**
 * Mean absolute error, Σ|predicted − actual| / n, in the values' unit (days here).
 *
 * @throws MetricInputError when the lists differ in length, are empty, or hold a value that is not finite
 * @example meanAbsoluteError([0, 10, -5], [2, 4, -5]) //=> 2.666…
 */
export function meanAbsoluteError(predicted: readonly number[], actual: readonly number[]): number {
  checkPairs("meanAbsoluteError", predicted, actual);
  let total = 0;
  for (let i = 0; i < predicted.length; i += 1) total += Math.abs((predicted[i] as number) - (actual[i] as number));
  return total / predicted.length;
}
