import { mean, median, quantileOfSorted, sampleStd, shrink, sortedAscending } from "./stats";

describe("order statistics", () => {
  it.each([
    { name: "the median of an even count", sorted: [1, 2, 3, 4], q: 0.5, value: 2.5 },
    { name: "the 80th percentile (Excel PERCENTILE.INC)", sorted: [10, 20, 30, 40, 50], q: 0.8, value: 42 },
    { name: "the minimum", sorted: [3, 9], q: 0, value: 3 },
    { name: "the maximum", sorted: [3, 9], q: 1, value: 9 },
    { name: "one value", sorted: [7], q: 0.3, value: 7 },
  ])("quantileOfSorted gives $value for $name", ({ sorted, q, value }) => {
    expect(quantileOfSorted(sorted, q)).toBeCloseTo(value, 12);
  });

  it.each([
    { name: "no values (quantile)", value: quantileOfSorted([], 0.5) },
    { name: "no values (mean)", value: mean([]) },
    { name: "one value (sample std)", value: sampleStd([4]) },
  ])("is NaN for $name", ({ value }) => {
    expect(value).toBeNaN();
  });

  it.each([
    { name: "mean", value: mean([1, 2, 6]), expected: 3 },
    { name: "median of unsorted values", value: median([5, 1, 3]), expected: 3 },
    { name: "sample std", value: sampleStd([2, 4, 4, 4, 5, 5, 7, 9]), expected: Math.sqrt(32 / 7) },
    { name: "shrink halfway", value: shrink(10, 2, 0, 2), expected: 5 },
    { name: "shrink with no observations", value: shrink(99, 0, 4, 3), expected: 4 },
  ])("computes $name", ({ value, expected }) => {
    expect(value).toBeCloseTo(expected, 12);
  });

  it("sorts numerically, negative numbers too, without touching its input", () => {
    const values = [10, -2, 9, -11, 0];
    expect(sortedAscending(values)).toEqual([-11, -2, 0, 9, 10]);
    expect(values).toEqual([10, -2, 9, -11, 0]);
  });
});
