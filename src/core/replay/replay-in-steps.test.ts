import { day, testContact, testCustomer, testInvoice, testLedger, testPayment } from "../desk/_lib/test-ledger";
import { DEFAULT_COLLECT_POLICY, type CollectPolicy } from "../policy/collect-policy";
import { replayPolicyInSteps, runReplaySteps } from "./replay-in-steps";
import { replayPolicy } from "./replay-policy";

const current: CollectPolicy = { ...DEFAULT_COLLECT_POLICY, scenarioRules: [] };
const draft: CollectPolicy = { ...current, stages: current.stages.map((s) => (s.level === 5 ? { ...s, triggerDaysFromDue: 8 } : s)) };
const ledger = testLedger({
  invoices: [
    testInvoice({ no: "LATE", customer: "C1", invoiceDate: "2026-05-02", dueDate: "2026-06-01", amount: 1000 }),
    testInvoice({ no: "PAID", customer: "C2", invoiceDate: "2026-05-02", dueDate: "2026-06-01", amount: 500, open: 0, paidDate: "2026-07-20" }),
    testInvoice({ no: "EUR", customer: "C3", currency: "EUR", invoiceDate: "2026-03-02", dueDate: "2026-04-01", amount: 700 }),
  ],
  payments: [testPayment({ customer: "C2", invoiceNo: "PAID", date: "2026-07-20", amount: 500 })],
  customers: [testCustomer({ key: "C1" }), testCustomer({ key: "C2" }), testCustomer({ key: "C3" })],
  contacts: [testContact({ customer: "C2", date: "2026-06-25", promise: 500, promiseDate: "2026-07-10" })],
});
const window = { from: day("2025-12-01"), to: day("2026-11-30") };

describe("replayPolicyInSteps", () => {
  it("yields once per customer, counting up to all customers with invoices, then while it measures", () => {
    const steps = replayPolicyInSteps(ledger, draft, current, window);
    const seen: string[] = [];
    let step = steps.next();
    while (step.done !== true) {
      seen.push(`${step.value.customersDone}/${step.value.customers}${step.value.measuring ? " measuring" : ""}`);
      step = steps.next();
    }
    expect(seen).toEqual(["1/3", "2/3", "3/3", "3/3 measuring", "3/3 measuring", "3/3 measuring"]);
  });

  it("ends with exactly replayPolicy's comparison", () => {
    expect(runReplaySteps(replayPolicyInSteps(ledger, draft, current, window))).toEqual(replayPolicy(ledger, draft, current, window));
  });

  it("returns an empty comparison at once for a ledger without invoices", () => {
    const result = runReplaySteps(replayPolicyInSteps(testLedger(), draft, current, window));
    expect(result.draft.contacts).toEqual([]);
    expect(result.actual).toEqual([]);
  });
});
