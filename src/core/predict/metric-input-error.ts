/**
 * A metric was called with inputs no metric can be computed from: lists of different lengths, no items, or a
 * value that is not a finite number. A programmer error (the evaluation builds these lists), so it is thrown.
 */
export class MetricInputError extends Error {
  override readonly name = "MetricInputError";
}

/**
 * Checks paired lists for a metric: same length, at least one item, and every number finite.
 *
 * @example checkPairs("meanAbsoluteError", [1], [2, 3]) // throws MetricInputError: "meanAbsoluteError: got 1 predicted and 2 actual values"
 */
export function checkPairs(metric: string, predicted: readonly (number | boolean)[], actual: readonly (number | boolean)[]): void {
  if (predicted.length !== actual.length) {
    throw new MetricInputError(`${metric}: got ${String(predicted.length)} predicted and ${String(actual.length)} actual values`);
  }
  if (predicted.length === 0) throw new MetricInputError(`${metric}: no items to score`);
  const bad = [...predicted, ...actual].find((value) => typeof value === "number" && !Number.isFinite(value));
  if (bad !== undefined) throw new MetricInputError(`${metric}: ${String(bad)} is not a finite number`);
}
