import { toRiskBand, toRiskScore } from "./risk-band";

describe("toRiskBand", () => {
  it.each([
    { score: 0, band: "low" },
    { score: 29, band: "low" },
    { score: 30, band: "medium" },
    { score: 59, band: "medium" },
    { score: 60, band: "high" },
    { score: 100, band: "high" },
  ])("puts $score in $band", ({ score, band }) => {
    expect(toRiskBand(score)).toBe(band);
  });
});

describe("toRiskScore", () => {
  it.each([
    { probability: 0.834, score: 83 },
    { probability: 0.005, score: 1 },
    { probability: 0, score: 0 },
    { probability: 1, score: 100 },
    { probability: 1.2, score: 100 },
    { probability: -0.1, score: 0 },
  ])("turns $probability into $score", ({ probability, score }) => {
    expect(toRiskScore(probability)).toBe(score);
  });
});
