import { type DesignMatrix, maxChange, rowDot, solveWeightedRidge } from "./_lib/design-matrix";

/** A fitted linear model: one coefficient per design-matrix column, the intercept first. */
export interface LinearModel {
  readonly coefficients: readonly number[];
  /** IRLS iterations used (for the bench and tests; the fit is the same whatever the machine). */
  readonly iterations: number;
}

/** How a logistic regression is fitted. */
export interface LogisticOptions {
  /** L2 penalty on every coefficient but the intercept, in units of the standardised features. @defaultvalue 1 */
  readonly l2?: number;
  /** @defaultvalue 50 */
  readonly maxIterations?: number;
  /** Stop when no coefficient moves more than this. @defaultvalue 1e-9 */
  readonly tolerance?: number;
}

/** The logistic function 1 / (1 + e^−x), written to stay finite for large |x|. @example sigmoid(0) //=> 0.5 */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/**
 * Fits an L2-regularised logistic regression, P(late) = σ(x·β), by iteratively reweighted least squares
 * (Newton's method on the penalised log-likelihood: each step is one weighted ridge solve). It has no random
 * start and no learning rate, so the same rows give the same coefficients, bit for bit. The penalty keeps the
 * fit finite when a feature separates the classes; the intercept is not penalised.
 * When every label is the same there is nothing to learn: the model is the smoothed base rate (n₊ + ½)/(n + 1).
 *
 * @param matrix - design matrix with an intercept column (`toDesignMatrix`)
 * @param labels - true for a late payment, one per row
 * @example fitLogisticRegression(toDesignMatrix([[-1], [1]]), [false, true]).coefficients[1] //=> 0.63… (> 0: higher x, later)
 */
export function fitLogisticRegression(matrix: DesignMatrix, labels: readonly boolean[], options?: LogisticOptions): LinearModel {
  const l2 = options?.l2 ?? 1;
  const maxIterations = options?.maxIterations ?? 50;
  const tolerance = options?.tolerance ?? 1e-9;
  const positives = labels.reduce((count, label) => count + (label ? 1 : 0), 0);
  const coefficients = new Float64Array(matrix.columns);
  if (positives === 0 || positives === labels.length) {
    const rate = (positives + 0.5) / (labels.length + 1);
    coefficients[0] = Math.log(rate / (1 - rate));
    return { coefficients: Array.from(coefficients), iterations: 0 };
  }
  const weights = new Float64Array(matrix.rows);
  const working = new Float64Array(matrix.rows);
  let beta: Float64Array = coefficients;
  let iterations = 0;
  while (iterations < maxIterations) {
    iterations += 1;
    for (let r = 0; r < matrix.rows; r += 1) {
      const eta = rowDot(matrix, r, beta);
      const p = sigmoid(eta);
      const weight = Math.max(p * (1 - p), 1e-10);
      weights[r] = weight;
      working[r] = eta + ((labels[r] === true ? 1 : 0) - p) / weight;
    }
    const next = solveWeightedRidge(matrix, working, weights, l2);
    const moved = maxChange(beta, next);
    beta = next;
    if (moved < tolerance) break;
  }
  return { coefficients: Array.from(beta), iterations };
}
