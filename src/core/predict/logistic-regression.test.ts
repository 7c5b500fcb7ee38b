import { toDesignMatrix } from "./_lib/design-matrix";
import { seededRandom } from "./_lib/test-ledger";
import { fitLogisticRegression, sigmoid } from "./logistic-regression";

describe("sigmoid", () => {
  it.each([
    { x: 0, p: 0.5 },
    { x: Math.log(3), p: 0.75 },
    { x: -Math.log(3), p: 0.25 },
    { x: 800, p: 1 },
    { x: -800, p: 0 },
  ])("maps $x to $p without overflowing", ({ x, p }) => {
    expect(sigmoid(x)).toBeCloseTo(p, 12);
    expect(Number.isFinite(sigmoid(x))).toBe(true);
  });
});

describe("fitLogisticRegression", () => {
  function noisyData(n: number): { rows: number[][]; labels: boolean[] } {
    const random = seededRandom(3);
    const rows: number[][] = [];
    const labels: boolean[] = [];
    for (let i = 0; i < n; i += 1) {
      const x = random() * 4 - 2;
      rows.push([x, random() * 2 - 1]);
      labels.push(random() < sigmoid(2 * x - 0.5)); // true model: β = (−0.5, 2, 0)
    }
    return { rows, labels };
  }

  it("recovers the direction and rough size of a known effect", () => {
    const { rows, labels } = noisyData(4000);
    const { coefficients } = fitLogisticRegression(toDesignMatrix(rows), labels, { l2: 0.01 });
    expect(coefficients[0]).toBeCloseTo(-0.5, 0);
    expect(coefficients[1]).toBeCloseTo(2, 0);
    expect(Math.abs(coefficients[2] as number)).toBeLessThan(0.2);
  });

  it("stays finite on perfectly separated classes (the penalty at work)", () => {
    const { coefficients } = fitLogisticRegression(toDesignMatrix([[-2], [-1], [1], [2]]), [false, false, true, true], { l2: 1 });
    expect(coefficients.every(Number.isFinite)).toBe(true);
    expect(coefficients[1]).toBeGreaterThan(0);
  });

  it.each([
    { name: "every label late", labels: [true, true, true], rate: 3.5 / 4 },
    { name: "every label on time", labels: [false, false, false], rate: 0.5 / 4 },
  ])("falls back to the smoothed base rate when $name", ({ labels, rate }) => {
    const model = fitLogisticRegression(toDesignMatrix([[1], [2], [3]]), labels);
    expect(sigmoid(model.coefficients[0] as number)).toBeCloseTo(rate, 12);
    expect(model.coefficients[1]).toBe(0);
    expect(model.iterations).toBe(0);
  });

  it("gives identical coefficients, bit for bit, on the same rows", () => {
    const { rows, labels } = noisyData(500);
    expect(fitLogisticRegression(toDesignMatrix(rows), labels)).toEqual(fitLogisticRegression(toDesignMatrix(rows), labels));
  });
});
