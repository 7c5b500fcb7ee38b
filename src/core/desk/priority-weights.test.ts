import { DEFAULT_PRIORITY_WEIGHTS, PRIORITY_FACTORS, PRIORITY_FACTOR_INFO, toPriorityWeights } from "./priority-weights";

describe("priority weights", () => {
  it("the defaults add up to 100 and every factor is described", () => {
    expect(PRIORITY_FACTORS.reduce((sum, factor) => sum + DEFAULT_PRIORITY_WEIGHTS[factor], 0)).toBe(100);
    for (const factor of PRIORITY_FACTORS) expect(PRIORITY_FACTOR_INFO[factor].measure.length).toBeGreaterThan(10);
  });

  it.each([
    { name: "the defaults", input: {}, weights: DEFAULT_PRIORITY_WEIGHTS },
    { name: "one factor switched off", input: { stage: 0 }, weights: { ...DEFAULT_PRIORITY_WEIGHTS, stage: 0 } },
    { name: "any scale", input: { "amount-at-risk": 1000 }, weights: { ...DEFAULT_PRIORITY_WEIGHTS, "amount-at-risk": 1000 } },
  ])("accepts $name", ({ input, weights }) => {
    expect(toPriorityWeights(input)).toEqual({ ok: true, value: weights });
  });

  it.each([
    { name: "a negative weight", input: { stage: -1 }, error: "weight-negative" },
    { name: "NaN", input: { stage: Number.NaN }, error: "weight-not-a-number" },
    { name: "infinity", input: { stage: Number.POSITIVE_INFINITY }, error: "weight-not-a-number" },
    { name: "all zero", input: Object.fromEntries(PRIORITY_FACTORS.map((f) => [f, 0])), error: "weights-all-zero" },
  ])("refuses $name", ({ input, error }) => {
    expect(toPriorityWeights(input)).toEqual({ ok: false, error });
  });
});
