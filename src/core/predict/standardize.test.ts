import { fitStandardizer, standardize } from "./standardize";

describe("fitStandardizer", () => {
  it.each([
    { name: "two varying values", rows: [[1], [3]], means: [2], scales: [1] },
    { name: "a constant column (scale 1, so it standardises to 0)", rows: [[5], [5], [5]], means: [5], scales: [1] },
    { name: "several columns", rows: [[0, 10], [2, 10], [4, 40]], means: [2, 20], scales: [Math.sqrt(8 / 3), Math.sqrt(200)] },
  ])("learns $name", ({ rows, means, scales }) => {
    const fitted = fitStandardizer(rows);
    fitted.means.forEach((m, c) => expect(m).toBeCloseTo(means[c] as number, 12));
    fitted.scales.forEach((s, c) => expect(s).toBeCloseTo(scales[c] as number, 12));
  });

  it("standardises a row", () => {
    expect(standardize({ means: [2, 0], scales: [4, 1] }, [10, -3])).toEqual([2, -3]);
  });
});
