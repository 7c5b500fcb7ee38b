import { classificationAccuracy } from "./classification-accuracy";
import { MetricInputError } from "./metric-input-error";

describe("classificationAccuracy", () => {
  it.each([
    { name: "three of four right", predicted: [true, false, true, true], actual: [true, false, false, true], accuracy: 0.75 },
    { name: "all right", predicted: [false, false], actual: [false, false], accuracy: 1 },
    { name: "all wrong", predicted: [true, false], actual: [false, true], accuracy: 0 },
    { name: "one item right", predicted: [true], actual: [true], accuracy: 1 },
  ])("gives $accuracy for $name", ({ predicted, actual, accuracy }) => {
    expect(classificationAccuracy(predicted, actual)).toBe(accuracy);
  });

  it.each([
    { name: "lists of different lengths", predicted: [true], actual: [true, false], message: "got 1 predicted and 2 actual values" },
    { name: "no items", predicted: [], actual: [], message: "no items" },
  ])("throws MetricInputError for $name", ({ predicted, actual, message }) => {
    expect(() => classificationAccuracy(predicted, actual)).toThrow(MetricInputError);
    expect(() => classificationAccuracy(predicted, actual)).toThrow(message);
  });
});
