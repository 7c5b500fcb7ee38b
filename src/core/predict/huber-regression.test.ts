import { toDesignMatrix } from "./_lib/design-matrix";
import { fitHuberRegression } from "./huber-regression";

describe("fitHuberRegression", () => {
  it("fits clean data exactly (every residual inside δ)", () => {
    const { coefficients } = fitHuberRegression(toDesignMatrix([[0], [1], [2], [3]]), Float64Array.of(-3, -1, 1, 3), { l2: 0 });
    expect(coefficients[0]).toBeCloseTo(-3, 6);
    expect(coefficients[1]).toBeCloseTo(2, 6);
  });

  it("is pulled far less than least squares by a payment months late", () => {
    const targets = Float64Array.of(1, 2, 2, 3, 120);
    const huber = fitHuberRegression(toDesignMatrix([[0], [0], [0], [0], [0]]), targets, { l2: 0 }).coefficients[0] as number;
    const leastSquares = fitHuberRegression(toDesignMatrix([[0], [0], [0], [0], [0]]), targets, { l2: 0, delta: 1e9 }).coefficients[0] as number;
    expect(leastSquares).toBeCloseTo(25.6, 6);
    expect(huber).toBeLessThan(4);
    expect(huber).toBeGreaterThan(1.9);
  });

  it("gives identical coefficients, bit for bit, on the same rows", () => {
    const rows = [[1, 0], [2, 1], [3, 0], [4, 1], [5, 0]];
    const targets = Float64Array.of(2, 9, 5, 30, 7);
    expect(fitHuberRegression(toDesignMatrix(rows), targets)).toEqual(fitHuberRegression(toDesignMatrix(rows), targets));
  });
});
