import { conditionalDaysLate, possibleDaysLate } from "./conditional-days-late";

const RESIDUALS = [-6, -1, 0, 3, 9];

describe("possibleDaysLate", () => {
  it.each([
    { name: "nothing known yet", minimum: Number.NEGATIVE_INFINITY, outcomes: [-4, 1, 2, 5, 11] },
    { name: "not yet due, 4 days to go", minimum: -4, outcomes: [-4, 1, 2, 5, 11] },
    { name: "already 3 days late", minimum: 3, outcomes: [5, 11] },
    { name: "later than the model ever saw", minimum: 30, outcomes: [30] },
  ])("keeps the outcomes still possible when $name", ({ minimum, outcomes }) => {
    expect(possibleDaysLate(2, RESIDUALS, minimum)).toEqual(outcomes);
  });
});

describe("conditionalDaysLate", () => {
  it.each([
    { name: "an invoice not yet due", minimum: -4, days: 2 },
    { name: "an invoice 3 days late (median of 5 and 11)", minimum: 3, days: 8 },
    { name: "an invoice already later than any outcome (pay today)", minimum: 30, days: 30 },
    { name: "a fractional minimum (never before it)", minimum: 10.2, days: 11 },
  ])("gives $days for $name", ({ minimum, days }) => {
    expect(conditionalDaysLate(2, RESIDUALS, minimum)).toBe(days);
  });

  it("is never before the minimum", () => {
    for (let minimum = -40; minimum <= 60; minimum += 1) expect(conditionalDaysLate(-3.4, RESIDUALS, minimum)).toBeGreaterThanOrEqual(minimum);
  });
});
