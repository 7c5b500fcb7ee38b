/**
 * The p-th percentile (0–1) of numbers with linear interpolation between closest ranks, as Excel's
 * PERCENTILE.INC and MEDIAN compute it (rank = p × (n − 1)). Null for no numbers.
 *
 * @example percentile([1, 2, 3, 4], 0.5) //=> 2.5
 * @example percentile([0, 10], 0.8)      //=> 8
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = p * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = sorted[low] as number;
  const highValue = sorted[high] as number;
  return lowValue + (highValue - lowValue) * (rank - low);
}
