import fc from "fast-check";
import type { IsoDate } from "../dates/iso-date";
import { comparePriority, normalisePriorityFactors, scorePriority, type PriorityInput, type PriorityKey } from "./priority";
import { DEFAULT_PRIORITY_WEIGHTS, PRIORITY_FACTORS } from "./priority-weights";

const input: PriorityInput = {
  amountAtRiskCents: 1240000, largestAmountAtRiskCents: 1240000, oldestDaysPastDue: 60, brokenPromises: 1,
  recentDaysToPay: 47, usualDaysToPay: 18, creditUse: null, stageLevel: 6, topStageLevel: 7,
};

describe("normalisePriorityFactors", () => {
  it.each([
    { name: "the largest amount is 1", change: {}, factor: "amount-at-risk", value: 1 },
    { name: "a tenth of the largest on a log scale", change: { amountAtRiskCents: 124000 }, factor: "amount-at-risk", value: Math.log1p(1240) / Math.log1p(12400) },
    { name: "nothing overdue", change: { amountAtRiskCents: 0 }, factor: "amount-at-risk", value: 0 },
    { name: "no worklist amount at all", change: { amountAtRiskCents: 0, largestAmountAtRiskCents: 0 }, factor: "amount-at-risk", value: 0 },
    { name: "60 of 120 days", change: {}, factor: "days-past-due", value: 0.5 },
    { name: "200 days is capped", change: { oldestDaysPastDue: 200 }, factor: "days-past-due", value: 1 },
    { name: "not yet due", change: { oldestDaysPastDue: -5 }, factor: "days-past-due", value: 0 },
    { name: "one broken promise", change: {}, factor: "broken-promises", value: 0.5 },
    { name: "three broken promises are capped", change: { brokenPromises: 3 }, factor: "broken-promises", value: 1 },
    { name: "29 days slower of 30", change: {}, factor: "days-to-pay-trend", value: 29 / 30 },
    { name: "paying faster", change: { recentDaysToPay: 10 }, factor: "days-to-pay-trend", value: 0 },
    { name: "no history", change: { usualDaysToPay: null }, factor: "days-to-pay-trend", value: 0 },
    { name: "no credit limit", change: {}, factor: "credit-limit-use", value: 0 },
    { name: "80% of the limit", change: { creditUse: 0.8 }, factor: "credit-limit-use", value: 0.8 },
    { name: "over the limit", change: { creditUse: 1.4 }, factor: "credit-limit-use", value: 1 },
    { name: "level 6 of 7", change: {}, factor: "stage", value: 5 / 6 },
    { name: "a one-level table", change: { topStageLevel: 1, stageLevel: 1 }, factor: "stage", value: 0 },
  ] as const)("$name", ({ change, factor, value }) => {
    expect(normalisePriorityFactors({ ...input, ...change })[factor]).toBeCloseTo(value, 9);
  });
});

describe("scorePriority", () => {
  it("is Σ weight × factor × 100 ÷ Σ weights, with contributions that add up to it", () => {
    const result = scorePriority(input, DEFAULT_PRIORITY_WEIGHTS);
    const expected = 30 * 1 + 25 * 0.5 + 20 * 0.5 + 10 * (29 / 30) + 5 * 0 + 10 * (5 / 6);
    expect(result.score).toBeCloseTo(expected, 2);
    expect(result.factors.map((f) => f.factor)).toEqual(PRIORITY_FACTORS);
    expect(result.factors.reduce((sum, f) => sum + f.points, 0)).toBeCloseTo(result.score, 1);
  });

  it("does not depend on the scale of the weights", () => {
    const doubled = Object.fromEntries(PRIORITY_FACTORS.map((f) => [f, DEFAULT_PRIORITY_WEIGHTS[f] * 2])) as typeof DEFAULT_PRIORITY_WEIGHTS;
    expect(scorePriority(input, doubled).score).toBe(scorePriority(input, DEFAULT_PRIORITY_WEIGHTS).score);
  });

  it("stays within 0–100 for any input and weights (property)", () => {
    const weight = fc.integer({ min: 0, max: 1000 });
    fc.assert(
      fc.property(
        fc.record({
          amountAtRiskCents: fc.integer({ min: -1e9, max: 1e12 }), largestAmountAtRiskCents: fc.integer({ min: 0, max: 1e12 }),
          oldestDaysPastDue: fc.integer({ min: -400, max: 5000 }), brokenPromises: fc.nat(10),
          recentDaysToPay: fc.option(fc.integer({ min: -100, max: 400 })), usualDaysToPay: fc.option(fc.integer({ min: -100, max: 400 })),
          creditUse: fc.option(fc.double({ min: -1, max: 50, noNaN: true })), stageLevel: fc.integer({ min: 1, max: 7 }), topStageLevel: fc.constant(7),
        }),
        fc.tuple(weight, weight, weight, weight, weight, fc.integer({ min: 1, max: 1000 })),
        (generated, [a, b, c, d, e, f]) => {
          const weights = { "amount-at-risk": a, "days-past-due": b, "broken-promises": c, "days-to-pay-trend": d, "credit-limit-use": e, stage: f };
          const { score } = scorePriority(generated, weights);
          return score >= 0 && score <= 100;
        },
      ),
    );
  });
});

describe("comparePriority: the worklist order", () => {
  const key = (change: Partial<PriorityKey>): PriorityKey => ({ score: 50, amountCents: 1000, oldestDueDate: "2026-10-01" as IsoDate, customerKey: "C1", currency: "USD", ...change });

  it.each([
    { name: "higher score first", a: key({ score: 60 }), b: key({ score: 59.99 }) },
    { name: "then the larger amount", a: key({ amountCents: 2000 }), b: key({ amountCents: 1000 }) },
    { name: "then the older due date", a: key({ oldestDueDate: "2026-09-30" as IsoDate }), b: key({}) },
    { name: "an unknown due date last", a: key({}), b: key({ oldestDueDate: null }) },
    { name: "then the customer key", a: key({ customerKey: "A" }), b: key({ customerKey: "B" }) },
    { name: "then the currency", a: key({ currency: "EUR" }), b: key({ currency: "USD" }) },
  ])("$name", ({ a, b }) => {
    expect(comparePriority(a, b)).toBeLessThan(0);
    expect(comparePriority(b, a)).toBeGreaterThan(0);
  });

  const keyArb = fc.record({
    score: fc.integer({ min: 0, max: 20 }).map((n) => n * 5),
    amountCents: fc.integer({ min: 0, max: 5 }).map((n) => n * 1000),
    oldestDueDate: fc.option(fc.constantFrom("2026-09-01", "2026-10-01", "2026-11-01").map((d) => d as IsoDate)),
    customerKey: fc.constantFrom("A", "B", "C", "D"),
    currency: fc.option(fc.constantFrom("EUR", "USD")),
  });

  it("is a total order: antisymmetric, transitive, and 0 only for identical keys (property)", () => {
    fc.assert(
      fc.property(keyArb, keyArb, keyArb, (a, b, c) => {
        const ab = comparePriority(a, b);
        const ba = comparePriority(b, a);
        if (Math.sign(ab) !== -Math.sign(ba)) return false;
        if (ab === 0 && JSON.stringify(a) !== JSON.stringify(b)) return false;
        if (ab <= 0 && comparePriority(b, c) <= 0 && comparePriority(a, c) > 0) return false;
        return true;
      }),
      { numRuns: 2000 },
    );
  });

  it("sorts to the same order from any starting order (stable and deterministic, property)", () => {
    const uniqueKeys = fc.uniqueArray(keyArb, { selector: (k) => `${k.customerKey}|${k.currency ?? ""}`, maxLength: 8 });
    fc.assert(
      fc.property(uniqueKeys.chain((keys) => fc.tuple(fc.constant(keys), fc.shuffledSubarray(keys, { minLength: keys.length, maxLength: keys.length }))), ([keys, shuffled]) => {
        const a = [...keys].sort(comparePriority).map((k) => `${k.customerKey}|${k.currency ?? ""}`);
        const b = [...shuffled].sort(comparePriority).map((k) => `${k.customerKey}|${k.currency ?? ""}`);
        return JSON.stringify(a) === JSON.stringify(b);
      }),
    );
  });
});
