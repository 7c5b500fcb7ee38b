import { addDays } from "../dates/iso-date";
import { DEFAULT_COLLECT_POLICY, type CollectPolicy } from "../policy/collect-policy";
import { TEST_AS_OF, cents, paidInvoice, testContact, testCustomer, testInvoice, testLedger, testPayment } from "./_lib/test-ledger";
import { buildCustomerStatuses } from "./customer-status";
import type { Plan } from "./payment-plan";

const due = (daysPastDue: number) => addDays(TEST_AS_OF, -daysPastDue);
const STANDARD_ONLY: CollectPolicy = { ...DEFAULT_COLLECT_POLICY, scenarioRules: [] };

describe("buildCustomerStatuses", () => {
  const ledger = testLedger({
    invoices: [
      paidInvoice({ no: "P1", customer: "A", daysLate: 2, dueDate: "2026-03-01" }),
      paidInvoice({ no: "P2", customer: "A", daysLate: 10, dueDate: "2026-04-01" }),
      testInvoice({ no: "A1", customer: "A", amount: 1000, dueDate: due(45) }),
      testInvoice({ no: "A2", customer: "A", amount: 500, dueDate: due(10), disputed: true }),
      testInvoice({ no: "A3", customer: "A", amount: 250, dueDate: due(-5) }),
      testInvoice({ no: "CM", customer: "A", amount: -100, dueDate: due(5) }),
      paidInvoice({ no: "Q1", customer: "Q", daysLate: 0 }),
    ],
    payments: [testPayment({ customer: "A", amount: 50, date: due(3) })],
    customers: [testCustomer({ key: "A", name: "Alpha", creditLimit: 2000 }), testCustomer({ key: "Q", name: "Quiet" })],
    contacts: [
      testContact({ customer: "A", date: due(30), promise: 100, promiseDate: due(25) }),
      testContact({ customer: "A", date: due(20), channel: "call" }),
    ],
  });
  const plans: Plan[] = [{ customerKey: "A", agreedOn: TEST_AS_OF, installments: [{ dueDate: due(-10), amountCents: cents(500), source: null }], note: null }];
  const statuses = buildCustomerStatuses(ledger, STANDARD_ONLY, TEST_AS_OF, { plans });
  const alpha = statuses.find((s) => s.customerKey === "A");

  it("gives the balance, aging that reconciles, and the oldest item", () => {
    expect(alpha).toMatchObject({ customerName: "Alpha", currency: "USD", balanceCents: cents(1600), openCents: cents(1750), overdueCents: cents(1500), unappliedCents: cents(50) });
    expect(alpha?.aging.bucketCents).toEqual([cents(250), cents(400), cents(1000), 0, 0, 0]);
    expect((alpha?.aging.totalCents ?? 0) - (alpha?.unappliedCents ?? 0)).toBe(alpha?.balanceCents);
    expect(alpha?.oldest).toEqual({ invoiceNo: "A1", dueDate: due(45), daysPastDue: 45 });
  });

  it("gives the payment profile, credit use, disputes, promises, plan and contacts", () => {
    expect(alpha?.profile).toMatchObject({ paidCount: 2, averageDaysLate: 6, averageDaysToPay: 36, rating: "B" });
    expect(alpha?.creditUse).toBeCloseTo(0.8, 9);
    expect([alpha?.disputedInvoiceNos, alpha?.disputedCents]).toEqual([["A2"], cents(500)]);
    expect([alpha?.promises.kept, alpha?.promises.broken]).toEqual([0, 1]);
    expect(alpha?.plan?.state).toBe("on-track");
    expect(alpha?.lastContact?.date).toBe(due(20));
  });

  it("says the next action", () => {
    expect(alpha).toMatchObject({ outcome: "hold", nextAction: "On hold: payment plan on track; disputed" });
  });

  it("lists customers with nothing open, with their history", () => {
    expect(statuses.map((s) => s.customerKey)).toEqual(["A", "Q"]);
    expect(statuses[1]).toMatchObject({ customerName: "Quiet", balanceCents: 0, outcome: null, nextAction: "Nothing open" });
    expect(statuses[1]?.profile?.rating).toBe("A");
  });

  it("reuses decisions already made", () => {
    const first = buildCustomerStatuses(ledger, STANDARD_ONLY, TEST_AS_OF);
    expect(first.find((s) => s.customerKey === "A")?.nextAction).toBe("Send a final notice with a deadline");
  });
});
