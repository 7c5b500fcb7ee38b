import { cents, day, testInvoice, testPayment } from "./_lib/test-ledger";
import { activePlan, evaluatePlan, planCovers, type Plan } from "./payment-plan";

const plan: Plan = {
  customerKey: "C1",
  agreedOn: day("2026-09-25"),
  installments: [
    { dueDate: day("2026-12-01"), amountCents: cents(500), source: null },
    { dueDate: day("2026-10-01"), amountCents: cents(500), source: null },
    { dueDate: day("2026-11-01"), amountCents: cents(500), source: null },
  ],
  note: null,
};

const pay = (...rows: [string, number][]) => rows.map(([date, amount]) => testPayment({ date, amount }));

describe("evaluatePlan", () => {
  it.each([
    { name: "both instalments so far paid", payments: pay(["2026-09-30", 500], ["2026-11-01", 500]), state: "on-track", missed: null, next: "2026-12-01" },
    { name: "paid ahead in one payment", payments: pay(["2026-10-01", 1000]), state: "on-track", missed: null, next: "2026-12-01" },
    { name: "the second instalment short", payments: pay(["2026-10-01", 500], ["2026-11-02", 499]), state: "missed", missed: "2026-11-01", next: "2026-12-01" },
    { name: "nothing paid at all", payments: pay(), state: "missed", missed: "2026-10-01", next: "2026-12-01" },
    { name: "a payment before the plan was agreed does not count", payments: pay(["2026-09-20", 1000]), state: "missed", missed: "2026-10-01", next: "2026-12-01" },
    { name: "everything paid", payments: pay(["2026-10-01", 1500]), state: "completed", missed: null, next: null },
  ])("$name → $state", ({ payments, state, missed, next }) => {
    const status = evaluatePlan(plan, payments, day("2026-11-25"), { graceDays: 2 });
    expect(status.state).toBe(state);
    expect(status.missedInstallment?.dueDate ?? null).toBe(missed);
    expect(status.nextInstallment?.dueDate ?? null).toBe(next);
  });

  it("an instalment inside its grace days is not missed yet", () => {
    const status = evaluatePlan(plan, pay(["2026-10-01", 500]), day("2026-11-03"), { graceDays: 2 });
    expect(status.state).toBe("on-track");
    expect(status.dueSoFarCents).toBe(cents(500));
  });

  it("payments after the as-of date do not count", () => {
    expect(evaluatePlan(plan, pay(["2026-11-30", 1500]), day("2026-11-25")).state).toBe("missed");
  });
});

describe("activePlan and planCovers", () => {
  const later: Plan = { ...plan, agreedOn: day("2026-11-10") };
  const future: Plan = { ...plan, agreedOn: day("2026-12-10") };

  it("picks the most recently agreed plan up to the as-of date", () => {
    expect(activePlan([plan, later, future], "C1", day("2026-11-25"))?.agreedOn).toBe("2026-11-10");
    expect(activePlan([plan], "C2", day("2026-11-25"))).toBeNull();
  });

  it.each([
    { name: "an invoice issued before the plan", invoiceDate: "2026-08-01", covered: true },
    { name: "an invoice issued on the day", invoiceDate: "2026-09-25", covered: true },
    { name: "an invoice issued after the plan", invoiceDate: "2026-10-15", covered: false },
  ])("$name → covered $covered", ({ invoiceDate, covered }) => {
    expect(planCovers(plan, testInvoice({ invoiceDate }))).toBe(covered);
  });
});
