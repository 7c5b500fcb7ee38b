import { meanAbsoluteError } from "./mean-absolute-error";
import { MetricInputError } from "./metric-input-error";

describe("meanAbsoluteError", () => {
  it.each([
    { name: "errors of 2, 6 and 0", predicted: [0, 10, -5], actual: [2, 4, -5], mae: 8 / 3 },
    { name: "a perfect prediction", predicted: [1, 2, 3], actual: [1, 2, 3], mae: 0 },
    { name: "one item", predicted: [-4], actual: [6], mae: 10 },
    { name: "fractions", predicted: [0.5, 1.5], actual: [0, 0], mae: 1 },
  ])("gives $mae for $name", ({ predicted, actual, mae }) => {
    expect(meanAbsoluteError(predicted, actual)).toBeCloseTo(mae, 12);
  });

  it.each([
    { name: "lists of different lengths", predicted: [1, 2, 3], actual: [1], message: "got 3 predicted and 1 actual values" },
    { name: "no items", predicted: [], actual: [], message: "no items" },
    { name: "a NaN prediction", predicted: [Number.NaN], actual: [1], message: "NaN is not a finite number" },
    { name: "an infinite actual value", predicted: [1], actual: [Number.NEGATIVE_INFINITY], message: "-Infinity is not a finite number" },
  ])("throws MetricInputError for $name", ({ predicted, actual, message }) => {
    expect(() => meanAbsoluteError(predicted, actual)).toThrow(MetricInputError);
    expect(() => meanAbsoluteError(predicted, actual)).toThrow(message);
  });
});
