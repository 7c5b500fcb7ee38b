import { day } from "./_lib/test-ledger";
import { scorePriority, type PriorityInput } from "./priority";
import { describePriority, type ReasonInput } from "./priority-reason";
import { DEFAULT_PRIORITY_WEIGHTS } from "./priority-weights";

const asOf = day("2026-11-25");
const priority: PriorityInput = {
  amountAtRiskCents: 1240000, largestAmountAtRiskCents: 2000000, oldestDaysPastDue: 75, brokenPromises: 1,
  recentDaysToPay: 47, usualDaysToPay: 18, creditUse: null, stageLevel: 6, topStageLevel: 7,
};

function reasonInput(change: Partial<ReasonInput> = {}, priorityChange: Partial<PriorityInput> = {}): ReasonInput {
  return {
    score: scorePriority({ ...priority, ...priorityChange }, DEFAULT_PRIORITY_WEIGHTS),
    currency: "GBP",
    items: [{ openCents: 900000, daysPastDue: 75 }, { openCents: 340000, daysPastDue: 64 }, { openCents: 50000, daysPastDue: 20 }],
    brokenPromiseDate: day("2026-11-03"),
    missedInstallmentDate: null,
    recentDaysToPay: 47,
    usualDaysToPay: 18,
    creditUse: null,
    asOf,
    ...change,
  };
}

describe("describePriority", () => {
  it("the worked example: money, the broken promise, the payer slowing down", () => {
    expect(describePriority(reasonInput())).toBe("£12,400 over 60 days; broke a promise on 3 Nov; usually pays in 18 days, now 47");
  });

  it.each([
    { name: "less than a month late", change: { items: [{ openCents: 120000, daysPastDue: 12 }], brokenPromiseDate: null }, pc: { brokenPromises: 0, recentDaysToPay: null, usualDaysToPay: null, oldestDaysPastDue: 12 }, text: "£1,200 overdue 12 days" },
    { name: "one day late", change: { items: [{ openCents: 120000, daysPastDue: 1 }], brokenPromiseDate: null }, pc: { brokenPromises: 0, recentDaysToPay: null, usualDaysToPay: null, oldestDaysPastDue: 1 }, text: "£1,200 overdue 1 day" },
    { name: "a pre-due reminder", change: { items: [{ openCents: 120000, daysPastDue: -5 }], brokenPromiseDate: null }, pc: { brokenPromises: 0, recentDaysToPay: null, usualDaysToPay: null, amountAtRiskCents: 0, oldestDaysPastDue: -5, stageLevel: 3 }, text: "£1,200 due in 5 days" },
    { name: "a missed plan instalment", change: { brokenPromiseDate: null, missedInstallmentDate: day("2026-11-01") }, pc: {}, text: "£12,400 over 60 days; missed a plan instalment due 1 Nov; usually pays in 18 days, now 47" },
    { name: "over the credit limit", change: { brokenPromiseDate: null, recentDaysToPay: null, usualDaysToPay: null, creditUse: 1.25 }, pc: { brokenPromises: 0, recentDaysToPay: null, usualDaysToPay: null, creditUse: 1.25 }, text: "£12,400 over 60 days; at 125% of the credit limit" },
    { name: "no currency", change: { currency: null }, pc: {}, text: "12,400 over 60 days; broke a promise on 3 Nov; usually pays in 18 days, now 47" },
  ])("$name", ({ change, pc, text }) => {
    expect(describePriority(reasonInput(change, pc))).toBe(text);
  });

  it("always says the money, then the other phrases with the most points, read in a fixed order", () => {
    const onlyStage = { ...DEFAULT_PRIORITY_WEIGHTS, "amount-at-risk": 0, "days-past-due": 0, "broken-promises": 0, "days-to-pay-trend": 0 };
    const input = { ...reasonInput(), score: scorePriority(priority, onlyStage) };
    expect(describePriority(input)).toBe("£12,400 over 60 days");
    expect(describePriority(reasonInput(), { maxPhrases: 2 })).toBe("£12,400 over 60 days; broke a promise on 3 Nov");
  });

  it.each([
    { name: "43% of the credit limit", pc: { brokenPromises: 0, recentDaysToPay: null, usualDaysToPay: null, creditUse: 0.43 }, change: { brokenPromiseDate: null, creditUse: 0.43 }, text: "£12,400 over 60 days" },
    { name: "six days slower than usual", pc: { brokenPromises: 0, recentDaysToPay: 65, usualDaysToPay: 59 }, change: { brokenPromiseDate: null, recentDaysToPay: 65, usualDaysToPay: 59 }, text: "£12,400 over 60 days" },
  ])("leaves out a factor worth too few points: $name", ({ pc, change, text }) => {
    expect(describePriority(reasonInput(change, pc))).toBe(text);
  });

  it("falls back to the money when no factor scores", () => {
    const input = { ...reasonInput(), score: { score: 0, factors: [] } };
    expect(describePriority(input)).toBe("£12,400 over 60 days");
  });

  it("formats amounts in the asked locale", () => {
    expect(describePriority(reasonInput({ currency: "EUR" }), { locale: "de-DE" }).replace(/\u00a0/g, " ")).toBe("12.400 € over 60 days; broke a promise on 3 Nov; usually pays in 18 days, now 47");
  });
});
