import { maxChange, rowDot, solveWeightedRidge, toDesignMatrix } from "./design-matrix";

describe("toDesignMatrix and rowDot", () => {
  it("prepends the intercept column and multiplies a row by coefficients", () => {
    const matrix = toDesignMatrix([[2, 3], [-1, 0]]);
    expect({ rows: matrix.rows, columns: matrix.columns, values: Array.from(matrix.values) }).toEqual({ rows: 2, columns: 3, values: [1, 2, 3, 1, -1, 0] });
    expect(rowDot(matrix, 0, Float64Array.of(10, 1, 2))).toBe(18);
    expect(rowDot(matrix, 1, Float64Array.of(10, 1, 2))).toBe(9);
  });

  it("measures the largest coefficient move", () => {
    expect(maxChange(Float64Array.of(1, 2, 3), Float64Array.of(1, 2.5, 2))).toBe(1);
  });
});

describe("solveWeightedRidge", () => {
  it("fits a line exactly without a penalty", () => {
    const beta = solveWeightedRidge(toDesignMatrix([[0], [1], [2]]), Float64Array.of(1, 3, 5), Float64Array.of(1, 1, 1), 0);
    expect(beta[0]).toBeCloseTo(1, 8);
    expect(beta[1]).toBeCloseTo(2, 8);
  });

  it("shrinks the slope but never the intercept", () => {
    const beta = solveWeightedRidge(toDesignMatrix([[-1], [1]]), Float64Array.of(0, 4), Float64Array.of(1, 1), 2);
    expect(beta[0]).toBeCloseTo(2, 8); // the mean, unshrunk
    expect(beta[1]).toBeCloseTo(1, 8); // 2·2 / (2 + 2) instead of 2
  });

  it("ignores rows of weight zero", () => {
    const beta = solveWeightedRidge(toDesignMatrix([[0], [1], [2]]), Float64Array.of(1, 3, 500), Float64Array.of(1, 1, 0), 0);
    expect(beta[1]).toBeCloseTo(2, 6);
  });

  it("gives a constant column no weight", () => {
    const beta = solveWeightedRidge(toDesignMatrix([[0, 1], [0, 2]]), Float64Array.of(1, 2), Float64Array.of(1, 1), 1);
    expect(beta[1]).toBe(0);
  });
});
