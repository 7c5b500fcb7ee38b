import type { IsoDate } from "../dates/iso-date";
import type { Cents } from "../money/cents";
import { averageDailyBalanceInterest, computeInterest, overdueSegments, simpleDailyInterest, type InterestInput } from "./compute-interest";

const d = (text: string) => text as IsoDate;
const c = (amount: number) => Math.round(amount * 100) as Cents;

/** 1,000.00 due 31 Jan 2026; 400.00 paid 2 Mar (30 days late); as of 1 Apr (60 days late). */
const partlyPaid: InterestInput = { amountCents: c(1000), dueDate: d("2026-01-31"), payments: [{ date: d("2026-03-02"), amountCents: c(400) }], asOf: d("2026-04-01") };

describe("overdueSegments", () => {
  it.each([
    {
      name: "one stretch while nothing is paid",
      input: { ...partlyPaid, payments: [] },
      segments: [{ from: "2026-01-31", to: "2026-04-01", days: 60, balanceCents: 100000 }],
    },
    {
      name: "a new stretch at a part-payment",
      input: partlyPaid,
      segments: [{ from: "2026-01-31", to: "2026-03-02", days: 30, balanceCents: 100000 }, { from: "2026-03-02", to: "2026-04-01", days: 30, balanceCents: 60000 }],
    },
    {
      name: "stopping at the payment that settles it",
      input: { ...partlyPaid, payments: [...partlyPaid.payments, { date: d("2026-03-12"), amountCents: c(600) }] },
      segments: [{ from: "2026-01-31", to: "2026-03-02", days: 30, balanceCents: 100000 }, { from: "2026-03-02", to: "2026-03-12", days: 10, balanceCents: 60000 }],
    },
    {
      name: "a payment before the due date lowers the balance interest starts on",
      input: { ...partlyPaid, payments: [{ date: d("2026-01-20"), amountCents: c(250) }] },
      segments: [{ from: "2026-01-31", to: "2026-04-01", days: 60, balanceCents: 75000 }],
    },
    { name: "nothing when paid on time", input: { ...partlyPaid, payments: [{ date: d("2026-01-31"), amountCents: c(1000) }] }, segments: [] },
    { name: "nothing before the due date", input: { ...partlyPaid, payments: [], asOf: d("2026-01-31") }, segments: [] },
    { name: "payments after the as-of date are ignored", input: { ...partlyPaid, payments: [{ date: d("2026-05-01"), amountCents: c(1000) }] }, segments: [{ from: "2026-01-31", to: "2026-04-01", days: 60, balanceCents: 100000 }] },
  ])("$name", ({ input, segments }) => {
    expect(overdueSegments(input)).toEqual(segments);
  });
});

describe("interest: worked examples", () => {
  it("simple daily (ERPNext): 600.00 outstanding × 8% ÷ 365 × 30 days since the last part-payment = 3.95", () => {
    // Without erpnext#49621 the days would run from the due date: 600 × 8% × 60/365 = 7.89, charging the
    // part-payment's days twice.
    expect(simpleDailyInterest(partlyPaid, 8)).toBe(395);
  });

  it("simple daily on an unpaid invoice: 1,000.00 × 8% ÷ 365 × 60 days = 13.15", () => {
    expect(simpleDailyInterest({ ...partlyPaid, payments: [] }, 8)).toBe(1315);
  });

  it("simple daily stops at the settling payment: 600.00 × 8% ÷ 365 × 10 days = 1.32, and stays after it", () => {
    const settled = { ...partlyPaid, payments: [...partlyPaid.payments, { date: d("2026-03-12"), amountCents: c(600) }] };
    expect(simpleDailyInterest(settled, 8)).toBe(132);
    expect(simpleDailyInterest({ ...settled, asOf: d("2026-12-31") }, 8)).toBe(132);
  });

  it("average daily balance (Business Central): (1,000 × 30 + 600 × 30) ÷ 60 = 800.00 × 60/365 × 8% = 10.52", () => {
    expect(averageDailyBalanceInterest(partlyPaid, 8)).toBe(1052);
  });

  it("average daily balance with a 30-day interest period at 1.5%: 800.00 × 60/30 × 1.5% = 24.00", () => {
    expect(averageDailyBalanceInterest(partlyPaid, 1.5, 30)).toBe(2400);
  });

  it.each([
    { name: "no interest", terms: { method: "none", annualRatePercent: 8 } as const, cents: 0 },
    { name: "a zero rate", terms: { method: "simple-daily", annualRatePercent: 0 } as const, cents: 0 },
    { name: "a negative rate", terms: { method: "average-daily-balance", annualRatePercent: -3 } as const, cents: 0 },
    { name: "a rate that is not a number", terms: { method: "simple-daily", annualRatePercent: Number.NaN } as const, cents: 0 },
    { name: "simple daily", terms: { method: "simple-daily", annualRatePercent: 8 } as const, cents: 395 },
    { name: "average daily balance", terms: { method: "average-daily-balance", annualRatePercent: 8 } as const, cents: 1052 },
  ])("computeInterest with $name", ({ terms, cents }) => {
    expect(computeInterest(partlyPaid, terms)).toBe(cents);
  });
});
