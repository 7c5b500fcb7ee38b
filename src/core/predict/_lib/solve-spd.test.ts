import { NotPositiveDefiniteError, solveSpd } from "./solve-spd";

describe("solveSpd", () => {
  it.each([
    { name: "a 2×2 system", values: [4, 2, 2, 3], b: [2, 1], x: [0.5, 0] },
    { name: "the identity", values: [1, 0, 0, 1], b: [7, -3], x: [7, -3] },
    // A = [[4,12,-16],[12,37,-43],[-16,-43,98]] (the classic Cholesky example, L = [[2],[6,1],[-8,5,3]]), x = [1, 2, 3].
    { name: "a 3×3 system", values: [4, 12, -16, 12, 37, -43, -16, -43, 98], b: [-20, -43, 192], x: [1, 2, 3] },
  ])("solves $name", ({ values, b, x }) => {
    const solution = solveSpd({ size: Math.sqrt(values.length), values: Float64Array.from(values) }, Float64Array.from(b));
    x.forEach((value, i) => expect(solution[i]).toBeCloseTo(value, 10));
  });

  it.each([
    { name: "a singular matrix", values: [1, 1, 1, 1] },
    { name: "a negative diagonal", values: [-1, 0, 0, 1] },
  ])("throws NotPositiveDefiniteError for $name", ({ values }) => {
    expect(() => solveSpd({ size: 2, values: Float64Array.from(values) }, Float64Array.of(1, 1))).toThrow(NotPositiveDefiniteError);
  });
});
