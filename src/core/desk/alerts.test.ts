import { addDays } from "../dates/iso-date";
import { DEFAULT_COLLECT_POLICY } from "../policy/collect-policy";
import { TEST_AS_OF, testCustomer, testInvoice, testLedger } from "./_lib/test-ledger";
import { groupAccounts } from "./accounts";
import { findAlerts } from "./alerts";

const due = (daysPastDue: number) => addDays(TEST_AS_OF, -daysPastDue);
const alertsFor = (invoices: Parameters<typeof testInvoice>[0][], creditLimit: number | null = null) => {
  const ledger = testLedger({ invoices: invoices.map((i) => testInvoice(i)), customers: [testCustomer({ creditLimit })] });
  return findAlerts(groupAccounts(ledger, TEST_AS_OF), DEFAULT_COLLECT_POLICY).map((alert) => alert.kind);
};

describe("findAlerts", () => {
  it.each([
    { name: "due today", invoices: [{ dueDate: due(0) }], kinds: ["due-soon"] },
    { name: "due in 7 days", invoices: [{ dueDate: due(-7) }], kinds: ["due-soon"] },
    { name: "due in 8 days", invoices: [{ dueDate: due(-8) }], kinds: [] },
    { name: "1 day late", invoices: [{ dueDate: due(1) }], kinds: ["just-late"] },
    { name: "3 days late", invoices: [{ dueDate: due(3) }], kinds: ["just-late"] },
    { name: "4 days late", invoices: [{ dueDate: due(4) }], kinds: [] },
    { name: "a balance of exactly 10,000", invoices: [{ dueDate: due(40), amount: 10_000 }], kinds: [] },
    { name: "a balance above 10,000", invoices: [{ dueDate: due(40), amount: 10_000.01 }], kinds: ["large-balance"] },
    { name: "no due date", invoices: [{ dueDate: null, invoiceDate: null }], kinds: [] },
    { name: "an account in credit", invoices: [{ dueDate: due(1) }, { amount: -2000 }], kinds: [] },
  ])("$name → $kinds", ({ invoices, kinds }) => {
    expect(alertsFor(invoices)).toEqual(kinds);
  });

  it.each([
    { name: "over the limit", limit: 500, kinds: ["credit-limit"] },
    { name: "at the limit", limit: 1000, kinds: [] },
    { name: "no limit", limit: null, kinds: [] },
  ])("credit limit: $name", ({ limit, kinds }) => {
    expect(alertsFor([{ dueDate: due(40), amount: 1000 }], limit)).toEqual(kinds);
  });
});
