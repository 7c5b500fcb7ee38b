import { solveSpd } from "./solve-spd";

/**
 * Training rows for a linear model, row-major: `rows × columns` values, column 0 is the intercept (always 1)
 * and the others are standardised features.
 */
export interface DesignMatrix {
  readonly rows: number;
  readonly columns: number;
  readonly values: Float64Array;
}

/** Builds a design matrix from feature rows, prepending the intercept column. @example toDesignMatrix([[2, 3]]).values //=> Float64Array [1, 2, 3] */
export function toDesignMatrix(featureRows: readonly (readonly number[])[]): DesignMatrix {
  const columns = (featureRows[0]?.length ?? 0) + 1;
  const values = new Float64Array(featureRows.length * columns);
  featureRows.forEach((row, r) => {
    values[r * columns] = 1;
    for (let c = 1; c < columns; c += 1) values[r * columns + c] = row[c - 1] as number;
  });
  return { rows: featureRows.length, columns, values };
}

/** x · β for row `r` of the matrix. @example rowDot(toDesignMatrix([[2, 3]]), 0, Float64Array.of(10, 1, 2)) //=> 18 */
export function rowDot(matrix: DesignMatrix, r: number, beta: Float64Array): number {
  let total = 0;
  const offset = r * matrix.columns;
  for (let c = 0; c < matrix.columns; c += 1) total += (matrix.values[offset + c] as number) * (beta[c] as number);
  return total;
}

/**
 * One weighted ridge least-squares solve: β = (XᵀWX + λ·D)⁻¹ XᵀWz, where D is the identity without its
 * intercept entry (the intercept is never shrunk). Both IRLS fits (logistic and Huber) are a loop of these.
 *
 * @example solveWeightedRidge(toDesignMatrix([[0], [1]]), Float64Array.of(1, 3), Float64Array.of(1, 1), 0) //=> Float64Array [1, 2]
 */
export function solveWeightedRidge(matrix: DesignMatrix, target: Float64Array, weights: Float64Array, l2: number): Float64Array {
  const p = matrix.columns;
  const gram = new Float64Array(p * p);
  const moment = new Float64Array(p);
  const values = matrix.values;
  for (let r = 0; r < matrix.rows; r += 1) {
    const weight = weights[r] as number;
    if (weight === 0) continue;
    const offset = r * p;
    const weightedTarget = weight * (target[r] as number);
    for (let i = 0; i < p; i += 1) {
      const xi = values[offset + i] as number;
      if (xi === 0) continue; // a standardised constant column: nothing to add
      moment[i] = (moment[i] as number) + xi * weightedTarget;
      const wxi = weight * xi;
      const rowStart = i * p;
      for (let j = 0; j <= i; j += 1) gram[rowStart + j] = (gram[rowStart + j] as number) + wxi * (values[offset + j] as number);
    }
  }
  for (let i = 0; i < p; i += 1) {
    for (let j = 0; j < i; j += 1) gram[j * p + i] = gram[i * p + j] as number;
    // A 1e-9 ridge everywhere keeps the system solvable with no penalty and a column that is all zeros
    // (a feature switched off); against sums over hundreds of rows it moves no real fit.
    gram[i * p + i] = (gram[i * p + i] as number) + (i > 0 ? l2 : 0) + 1e-9;
  }
  return solveSpd({ size: p, values: gram }, moment);
}

/** The largest absolute difference between two coefficient vectors (the IRLS stopping rule). @example maxChange(Float64Array.of(1, 2), Float64Array.of(1, 2.5)) //=> 0.5 */
export function maxChange(a: Float64Array, b: Float64Array): number {
  let largest = 0;
  for (let i = 0; i < a.length; i += 1) largest = Math.max(largest, Math.abs((a[i] as number) - (b[i] as number)));
  return largest;
}
