import { computeAuc } from "./auc";
import { MetricInputError } from "./metric-input-error";

describe("computeAuc", () => {
  it.each([
    // Hand-counted: positives 0.35 and 0.8 against negatives 0.1 and 0.4 → pairs won 1 + 2 = 3 of 4.
    { name: "one crossed pair of four", scores: [0.1, 0.4, 0.35, 0.8], labels: [false, false, true, true], auc: 0.75 },
    { name: "a perfect ranking", scores: [0.1, 0.2, 0.8, 0.9], labels: [false, false, true, true], auc: 1 },
    { name: "a reversed ranking", scores: [0.9, 0.8, 0.2, 0.1], labels: [false, false, true, true], auc: 0 },
    { name: "all scores tied (every pair counts ½)", scores: [0.5, 0.5, 0.5], labels: [true, false, false], auc: 0.5 },
    // Positive 0.5 ties negative 0.5 (½) and beats 0.2 (1); positive 0.9 beats both (2) → 3.5 of 4.
    { name: "a tie across the classes", scores: [0.2, 0.5, 0.5, 0.9], labels: [false, false, true, true], auc: 0.875 },
    // Ties inside one class do not matter: positives 0.7, 0.7 beat the negative 0.1 → 2 of 2.
    { name: "ties inside a class", scores: [0.7, 0.7, 0.1], labels: [true, true, false], auc: 1 },
    { name: "negative and large scores", scores: [-30, 12, 1e6], labels: [false, true, true], auc: 1 },
  ])("gives $auc for $name", ({ scores, labels, auc }) => {
    expect(computeAuc(scores, labels)).toBeCloseTo(auc, 12);
  });

  it("does not depend on the order of the items", () => {
    const scores = [0.3, 0.5, 0.5, 0.1, 0.9, 0.5, 0.2];
    const labels = [true, false, true, false, true, false, false];
    const order = [6, 2, 4, 0, 5, 1, 3];
    expect(computeAuc(order.map((i) => scores[i] as number), order.map((i) => labels[i] as boolean))).toBe(computeAuc(scores, labels));
  });

  it.each([
    { name: "every item late", labels: [true, true] },
    { name: "every item on time", labels: [false, false] },
  ])("is null (undefined) when $name", ({ labels }) => {
    expect(computeAuc([0.2, 0.8], labels)).toBeNull();
  });

  it.each([
    { name: "lists of different lengths", scores: [0.1, 0.2], labels: [true], message: "got 2 predicted and 1 actual values" },
    { name: "no items", scores: [], labels: [], message: "no items" },
    { name: "a NaN score", scores: [Number.NaN, 0.2], labels: [true, false], message: "NaN is not a finite number" },
    { name: "an infinite score", scores: [Number.POSITIVE_INFINITY, 0.2], labels: [true, false], message: "Infinity is not a finite number" },
  ])("throws MetricInputError for $name", ({ scores, labels, message }) => {
    expect(() => computeAuc(scores, labels)).toThrow(MetricInputError);
    expect(() => computeAuc(scores, labels)).toThrow(message);
  });
});
