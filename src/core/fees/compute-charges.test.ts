import type { IsoDate } from "../dates/iso-date";
import type { Cents } from "../money/cents";
import { computeCharges, describeCharges } from "./compute-charges";

const asOf = "2026-03-02" as IsoDate;
const invoice = { amountCents: 100000 as Cents, dueDate: "2026-01-31" as IsoDate, kind: "invoice" as const };
const simple = { method: "simple-daily", annualRatePercent: 8 } as const;

describe("computeCharges", () => {
  it.each([
    { name: "a level without fee or interest", stage: {}, charges: null },
    { name: "a fee only", stage: { feeCents: 4000 as Cents }, charges: { feeCents: 4000, interestCents: 0 } },
    { name: "interest only: 1,000.00 × 8% × 30/365 = 6.58", stage: { chargeInterest: true }, charges: { feeCents: 0, interestCents: 658 } },
    { name: "both", stage: { feeCents: 4000 as Cents, chargeInterest: true }, charges: { feeCents: 4000, interestCents: 658 } },
  ])("$name", ({ stage, charges }) => {
    expect(computeCharges(stage, [{ invoice, applied: [] }], simple, asOf)).toEqual(charges);
  });

  it("adds the interest of every invoice behind the letter, and none on a credit memo or an undated invoice", () => {
    const invoices = [
      { invoice, applied: [] },
      { invoice: { ...invoice, amountCents: 50000 as Cents }, applied: [] },
      { invoice: { ...invoice, kind: "credit-memo" as const, amountCents: -20000 as Cents }, applied: [] },
      { invoice: { ...invoice, dueDate: null }, applied: [] },
    ];
    expect(computeCharges({ chargeInterest: true }, invoices, simple, asOf)).toEqual({ feeCents: 0, interestCents: 658 + 329 });
  });

  it("charges no interest when the policy's method is none, even on a level that asks for it", () => {
    expect(computeCharges({ chargeInterest: true }, [{ invoice, applied: [] }], { method: "none", annualRatePercent: 8 }, asOf)).toBeNull();
  });
});

describe("describeCharges", () => {
  it.each([
    { name: "a yearly rate", stage: { chargeInterest: true }, terms: simple, text: "8% p.a." },
    { name: "a rate per interest period", stage: { chargeInterest: true }, terms: { method: "average-daily-balance", annualRatePercent: 1.5, interestPeriodDays: 30 } as const, text: "1.5% per 30 days" },
    { name: "a fee without interest", stage: { feeCents: 4000 as Cents }, terms: simple, text: null },
    { name: "interest turned off", stage: { chargeInterest: true }, terms: { method: "none", annualRatePercent: 8 } as const, text: null },
  ])("$name", ({ stage, terms, text }) => {
    expect(describeCharges(stage, terms)).toBe(text);
  });
});
