/** A matrix in use here: small (features × features), symmetric, stored row-major in one array. */
export interface SquareMatrix {
  readonly size: number;
  readonly values: Float64Array;
}

/** The normal equations would not solve: the matrix is not positive definite (a broken invariant: ridge keeps it so). */
export class NotPositiveDefiniteError extends Error {
  override readonly name = "NotPositiveDefiniteError";
}

/**
 * Solves A·x = b for a symmetric positive-definite A by Cholesky decomposition (A = L·Lᵀ), as the normal
 * equations of a ridge-regularised least-squares step always are. Deterministic: a fixed order of operations.
 *
 * @example solveSpd({ size: 2, values: Float64Array.of(4, 2, 2, 3) }, Float64Array.of(2, 1)) //=> Float64Array [0.5, 0]
 */
export function solveSpd(a: SquareMatrix, b: Float64Array): Float64Array {
  const n = a.size;
  const lower = new Float64Array(n * n);
  for (let j = 0; j < n; j += 1) {
    let diagonal = a.values[j * n + j] as number;
    for (let k = 0; k < j; k += 1) diagonal -= (lower[j * n + k] as number) ** 2;
    if (!(diagonal > 0)) throw new NotPositiveDefiniteError(`solveSpd: pivot ${String(j)} is ${String(diagonal)}, not positive`);
    const pivot = Math.sqrt(diagonal);
    lower[j * n + j] = pivot;
    for (let i = j + 1; i < n; i += 1) {
      let value = a.values[i * n + j] as number;
      for (let k = 0; k < j; k += 1) value -= (lower[i * n + k] as number) * (lower[j * n + k] as number);
      lower[i * n + j] = value / pivot;
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    let value = b[i] as number;
    for (let k = 0; k < i; k += 1) value -= (lower[i * n + k] as number) * (y[k] as number);
    y[i] = value / (lower[i * n + i] as number);
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i -= 1) {
    let value = y[i] as number;
    for (let k = i + 1; k < n; k += 1) value -= (lower[k * n + i] as number) * (x[k] as number);
    x[i] = value / (lower[i * n + i] as number);
  }
  return x;
}
