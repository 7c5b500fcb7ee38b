/*
 * Small order statistics for the prediction model. Private to src/core/predict: callers pass finite numbers
 * (the model builds them from whole days and cents), so these helpers do not re-check their inputs.
 */

/** Arithmetic mean; NaN for no values. @example mean([1, 2, 6]) //=> 3 */
export function mean(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total / values.length;
}

/** Values sorted ascending, as a new array. @example sortedAscending([3, 1, 2]) //=> [1, 2, 3] */
export function sortedAscending(values: readonly number[]): number[] {
  return Array.from(Float64Array.from(values).sort());
}

/**
 * The q-quantile (0 ≤ q ≤ 1) of values already sorted ascending, by linear interpolation between closest ranks
 * (Hyndman & Fan type 7, the default of R and of Excel's PERCENTILE.INC). NaN for no values.
 *
 * @example quantileOfSorted([1, 2, 3, 4], 0.5) //=> 2.5
 * @example quantileOfSorted([10, 20, 30, 40, 50], 0.8) //=> 42
 */
export function quantileOfSorted(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below] as number;
  const high = sorted[above] as number;
  return low + (high - low) * (position - below);
}

/** Median of unsorted values. @example median([5, 1, 3]) //=> 3 */
export function median(values: readonly number[]): number {
  return quantileOfSorted(sortedAscending(values), 0.5);
}

/** Sample standard deviation (n − 1); NaN for fewer than two values. @example sampleStd([2, 4, 4, 4, 5, 5, 7, 9]) //=> 2.138… */
export function sampleStd(values: readonly number[]): number {
  if (values.length < 2) return Number.NaN;
  const centre = mean(values);
  let squares = 0;
  for (const value of values) squares += (value - centre) * (value - centre);
  return Math.sqrt(squares / (values.length - 1));
}

/** A weighted blend of an observed statistic and a prior: (n·observed + k·prior) / (n + k). @example shrink(10, 2, 0, 2) //=> 5 */
export function shrink(observed: number, count: number, prior: number, priorWeight: number): number {
  if (count === 0) return prior;
  return (count * observed + priorWeight * prior) / (count + priorWeight);
}
