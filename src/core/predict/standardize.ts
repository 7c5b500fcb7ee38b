/** Per-feature centre and scale, learnt from the training rows. */
export interface Standardizer {
  readonly means: readonly number[];
  /** Population standard deviation, or 1 for a constant column (which then standardises to 0 everywhere it was seen). */
  readonly scales: readonly number[];
}

/**
 * Learns each column's mean and standard deviation, so that the L2 penalty treats every feature alike
 * (a coefficient per standard deviation, not per day or per cent).
 *
 * @example fitStandardizer([[1, 5], [3, 5]]) //=> { means: [2, 5], scales: [1, 1] }
 */
export function fitStandardizer(rows: readonly (readonly number[])[]): Standardizer {
  const width = rows[0]?.length ?? 0;
  const means = new Array<number>(width).fill(0);
  const scales = new Array<number>(width).fill(0);
  for (const row of rows) for (let c = 0; c < width; c += 1) means[c] = (means[c] as number) + (row[c] as number);
  for (let c = 0; c < width; c += 1) means[c] = (means[c] as number) / rows.length;
  for (const row of rows) for (let c = 0; c < width; c += 1) scales[c] = (scales[c] as number) + ((row[c] as number) - (means[c] as number)) ** 2;
  for (let c = 0; c < width; c += 1) {
    const scale = Math.sqrt((scales[c] as number) / rows.length);
    // Below this a column is constant up to rounding noise; scaling noise up to unit variance would invent a signal.
    scales[c] = scale > 1e-9 ? scale : 1;
  }
  return { means, scales };
}

/** Standardises one row: (x − mean) ÷ scale per column. @example standardize({ means: [2], scales: [4] }, [10]) //=> [2] */
export function standardize(standardizer: Standardizer, row: readonly number[]): number[] {
  return row.map((value, c) => (value - (standardizer.means[c] as number)) / (standardizer.scales[c] as number));
}
