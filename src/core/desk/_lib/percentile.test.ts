import { percentile } from "./percentile";

describe("percentile (Excel PERCENTILE.INC)", () => {
  it.each([
    { values: [1, 2, 3, 4], p: 0.5, result: 2.5 },
    { values: [4, 1, 3, 2], p: 0.5, result: 2.5 },
    { values: [0, 10], p: 0.8, result: 8 },
    { values: [7], p: 0.8, result: 7 },
    { values: [1, 2, 3, 4, 5], p: 0, result: 1 },
    { values: [1, 2, 3, 4, 5], p: 1, result: 5 },
  ])("P$p of $values is $result", ({ values, p, result }) => {
    expect(percentile(values, p)).toBeCloseTo(result, 9);
  });

  it("is null for no values", () => {
    expect(percentile([], 0.5)).toBeNull();
  });
});
