import type { Cents } from "../money/cents";
import { isChronicLatePayer } from "./chronic-late";
import { DEFAULT_POLICY_SETTINGS } from "./collect-policy";

const items = (...days: number[]) => days.map((daysLate) => ({ daysLate, amountCents: 100_00 as Cents }));

describe("isChronicLatePayer (tone: soft or firm)", () => {
  it.each([
    { name: "always on time", history: items(0, -2, 1, 3, 0), chronic: false },
    { name: "half of the invoices more than 7 days late", history: items(8, 9, 0, 0), chronic: true },
    { name: "just under half late", history: items(8, 9, 0, 0, 0), chronic: false },
    { name: "exactly 7 days late is not late", history: items(7, 7, 7, 7), chronic: false },
    { name: "one huge delay lifts the weighted days late over 15", history: items(0, 0, 0, 70), chronic: true },
    { name: "only the last 12 paid invoices count", history: items(60, 60, 60, 60, 60, 60, 60, 60, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), chronic: false },
  ])("$name → chronic $chronic", ({ history, chronic }) => {
    expect(isChronicLatePayer(history, DEFAULT_POLICY_SETTINGS).chronic).toBe(chronic);
  });

  it("weighs days late by amount", () => {
    const history = [
      { daysLate: 0, amountCents: 100_000_00 as Cents },
      { daysLate: 40, amountCents: 100_00 as Cents },
      { daysLate: 0, amountCents: 100_00 as Cents },
    ];
    const verdict = isChronicLatePayer(history, DEFAULT_POLICY_SETTINGS);
    expect(verdict.weightedDaysLate).toBeCloseTo(0.04, 2);
    expect(verdict.chronic).toBe(false);
  });

  it("thresholds are policy fields", () => {
    expect(isChronicLatePayer(items(8, 0, 0, 0), { ...DEFAULT_POLICY_SETTINGS, chronicLateShare: 0.25 }).chronic).toBe(true);
  });

  it.each([
    { name: "no paid invoices", history: items() },
    { name: "two paid invoices (minimum is 3)", history: items(90, 90) },
  ])("gives no verdict with $name", ({ history }) => {
    const verdict = isChronicLatePayer(history, DEFAULT_POLICY_SETTINGS);
    expect(verdict.chronic).toBeNull();
  });

  it("explains itself", () => {
    expect(isChronicLatePayer(items(8, 9, 0, 0), DEFAULT_POLICY_SETTINGS).why).toBe("chronic late payer: 2 of the last 4 paid invoices more than 7 days late, 4.3 weighted days late");
  });
});
