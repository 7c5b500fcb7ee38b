import fc from "fast-check";
import { addDays } from "../dates/iso-date";
import type { Invoice, Payment } from "../ledger/ledger";
import { DEFAULT_COLLECT_POLICY, type CollectPolicy } from "../policy/collect-policy";
import { TEST_AS_OF, cents, paidInvoice, testContact, testCustomer, testInvoice, testLedger, testPayment } from "./_lib/test-ledger";
import { DEFAULT_PRIORITY_WEIGHTS } from "./priority-weights";
import { buildWorklist } from "./worklist";

const asOf = TEST_AS_OF;
const due = (daysPastDue: number) => addDays(asOf, -daysPastDue);
const STANDARD_ONLY: CollectPolicy = { ...DEFAULT_COLLECT_POLICY, scenarioRules: [] };

/** The worked example: £12,400 well overdue, a promise broken on 3 Nov, a payer slowing from 18 to 47 days. */
function workedExample(): ReturnType<typeof testLedger> {
  const history = [1, 2, 3, 4, 5, 6, 7].map((i) =>
    paidInvoice({ no: `P${i}`, customer: "ACME", currency: "GBP", dueDate: `2026-0${i + 1}-10`, daysLate: i <= 4 ? -12 : 17 }),
  );
  return testLedger({
    invoices: [
      ...history,
      testInvoice({ no: "A-101", customer: "ACME", currency: "GBP", amount: 9000, dueDate: due(75) }),
      testInvoice({ no: "A-102", customer: "ACME", currency: "GBP", amount: 3400, dueDate: due(64) }),
      testInvoice({ no: "B-1", customer: "BETA", currency: "GBP", amount: 800, dueDate: due(20) }),
    ],
    customers: [testCustomer({ key: "ACME", name: "Acme Ltd", collector: "Sam" }), testCustomer({ key: "BETA", name: "Beta plc" })],
    contacts: [testContact({ customer: "ACME", date: "2026-10-20", promise: 5000, promiseDate: "2026-11-03", channel: "call" })],
  });
}

describe("buildWorklist: ranking and the reason", () => {
  const worklist = buildWorklist(workedExample(), DEFAULT_COLLECT_POLICY, DEFAULT_PRIORITY_WEIGHTS, asOf);

  it("puts the customer who broke a promise on a large old balance first, with the reason in plain words", () => {
    expect(worklist.rows.map((row) => [row.rank, row.customerKey])).toEqual([[1, "ACME"], [2, "BETA"]]);
    const top = worklist.rows[0];
    expect(top?.reason).toBe("£12,400 over 60 days; broke a promise on 3 Nov; usually pays in 18 days, now 47");
    expect(top).toMatchObject({
      customerName: "Acme Ltd", currency: "GBP", stageLevel: 6, stageName: "Final notice", channel: "letter", tone: "firm",
      amountDueCents: cents(12400), overdueCents: cents(12400), oldestDaysPastDue: 75, invoiceNos: ["A-101", "A-102"],
      email: "ap@acme.example", collector: "Sam", scenario: "Standard",
    });
    expect(top?.factors.reduce((sum, f) => sum + f.points, 0)).toBeCloseTo(top?.score ?? 0, 1);
  });

  it("groups the rows per collector, unassigned ones together", () => {
    expect(worklist.byCollector.map((todo) => [todo.collector, todo.rows.map((r) => r.customerKey)])).toEqual([["Sam", ["ACME"]], ["Unassigned", ["BETA"]]]);
  });

  it("keeps an audit record for every customer and invoice considered", () => {
    const invoices = new Set(worklist.audit.filter((r) => r.invoiceNo !== null).map((r) => r.invoiceNo));
    expect(invoices).toEqual(new Set(["A-101", "A-102", "B-1"]));
    expect(new Set(worklist.audit.map((r) => r.customerKey))).toEqual(new Set(["ACME", "BETA"]));
  });

  it("filters by minimum age, and says so in the audit trail", () => {
    const filtered = buildWorklist(workedExample(), DEFAULT_COLLECT_POLICY, DEFAULT_PRIORITY_WEIGHTS, asOf, { minDaysPastDue: 30 });
    expect(filtered.rows.map((row) => row.customerKey)).toEqual(["ACME"]);
    expect(filtered.audit.find((r) => r.rule === "min-age")).toMatchObject({ customerKey: "BETA", outcome: "skip" });
  });
});

describe("buildWorklist: what is left out", () => {
  const ledger = testLedger({
    invoices: [
      testInvoice({ no: "C-1", customer: "CREDIT", amount: 100, dueDate: due(40) }),
      testInvoice({ no: "C-2", customer: "CREDIT", amount: -300 }),
      testInvoice({ no: "D-1", customer: "DISPUTE", amount: 500, dueDate: due(40), disputed: true }),
      testInvoice({ no: "D-2", customer: "DISPUTE", amount: 200, dueDate: due(10) }),
      testInvoice({ no: "P-1", customer: "PROMISE", amount: 900, dueDate: due(40) }),
      testInvoice({ no: "M-1", customer: "MIXED", amount: 900, dueDate: due(40), currency: "EUR" }),
      testInvoice({ no: "M-2", customer: "MIXED", amount: 700, dueDate: due(20), currency: "GBP" }),
    ],
    contacts: [testContact({ customer: "PROMISE", date: due(2), promise: 900, promiseDate: due(-7) })],
  });
  const worklist = buildWorklist(ledger, STANDARD_ONLY, DEFAULT_PRIORITY_WEIGHTS, asOf);

  it("never lists a customer in credit; lists it separately", () => {
    expect(worklist.rows.some((row) => row.customerKey === "CREDIT")).toBe(false);
    expect(worklist.credits).toEqual([{ customerKey: "CREDIT", customerName: "Customer CREDIT", currency: "USD", netCents: cents(-200), openCents: cents(100), creditCents: cents(-300) }]);
  });

  it("lists held invoices with their reason, chasing the rest", () => {
    expect(worklist.rows.find((row) => row.customerKey === "DISPUTE")).toMatchObject({ invoiceNos: ["D-2"], heldInvoiceNos: ["D-1"], stageLevel: 4 });
    expect(worklist.holds.map((h) => [h.customerKey, h.invoiceNo, h.hold, h.reason, h.until])).toEqual([
      ["DISPUTE", "D-1", "disputed", "disputed", null],
      ["PROMISE", "P-1", "promise", `promise to pay not yet due by ${due(-7)}`, addDays(due(-7), 3)],
    ]);
  });

  it("gives a customer with two currencies one row per currency, flagged, never adding them up", () => {
    const rows = worklist.rows.filter((row) => row.customerKey === "MIXED");
    expect(rows.map((row) => [row.currency, row.amountDueCents, row.mixedCurrencies])).toEqual([["EUR", cents(900), true], ["GBP", cents(700), true]]);
    expect(worklist.issues.some((issue) => issue.code === "mixed-currencies")).toBe(true);
  });
});

describe("buildWorklist: alerts and data check", () => {
  const ledger = testLedger({
    invoices: [
      testInvoice({ no: "S-1", customer: "SOON", amount: 100, dueDate: due(-3) }),
      testInvoice({ no: "L-1", customer: "LATE", amount: 100, dueDate: due(2) }),
      testInvoice({ no: "B-1", customer: "BIG", amount: 20_000, dueDate: due(40) }),
    ],
    customers: [testCustomer({ key: "SOON" }), testCustomer({ key: "LATE", email: null }), testCustomer({ key: "BIG", creditLimit: 15_000 })],
  });
  const worklist = buildWorklist(ledger, STANDARD_ONLY, DEFAULT_PRIORITY_WEIGHTS, asOf);

  it.each([
    { kind: "due-soon", customer: "SOON", message: `Customer SOON: invoice S-1 for $100.00 falls due in 3 days (${due(-3)})` },
    { kind: "just-late", customer: "LATE", message: "Customer LATE: invoice L-1 for $100.00 became late 2 days ago" },
    { kind: "large-balance", customer: "BIG", message: "Customer BIG owes $20,000.00, more than $10,000.00" },
    { kind: "credit-limit", customer: "BIG", message: "Customer BIG owes $20,000.00, over its credit limit of $15,000.00" },
  ])("alerts $kind", ({ kind, customer, message }) => {
    expect(worklist.alerts.find((alert) => alert.kind === kind)).toMatchObject({ customerKey: customer, message });
  });

  it("reports a missing e-mail for a customer due an e-mail, naming its cell", () => {
    expect(worklist.issues.find((issue) => issue.code === "missing-email")).toMatchObject({ address: "Customers!A2", severity: "warning" });
  });
});

describe("buildWorklist: a customer in credit never appears (property)", () => {
  const customerKeys = ["A", "B", "C", "D", "E"];
  const currencyOf: Readonly<Record<string, string>> = { A: "USD", B: "USD", C: "EUR", D: "GBP", E: "EUR" };
  const invoiceArb = fc.record({
    customer: fc.constantFrom(...customerKeys),
    amount: fc.integer({ min: -3000, max: 5000 }).filter((n) => n !== 0),
    paidShare: fc.constantFrom(0, 0, 0.5, 1),
    daysPastDue: fc.integer({ min: -40, max: 200 }),
    disputed: fc.boolean(),
  });
  const paymentArb = fc.record({ customer: fc.constantFrom(...customerKeys), amount: fc.integer({ min: 1, max: 6000 }), daysAgo: fc.integer({ min: 0, max: 100 }) });
  const promiseArb = fc.record({ customer: fc.constantFrom(...customerKeys), daysAgo: fc.integer({ min: 1, max: 60 }), promiseIn: fc.integer({ min: -30, max: 30 }), amount: fc.integer({ min: 1, max: 5000 }) });

  it("holds for random ledgers", () => {
    fc.assert(
      fc.property(fc.array(invoiceArb, { maxLength: 25 }), fc.array(paymentArb, { maxLength: 8 }), fc.array(promiseArb, { maxLength: 5 }), (invoiceRows, paymentRows, promiseRows) => {
        const openOf = (row: (typeof invoiceRows)[number]): number => (row.amount < 0 ? row.amount : Math.round(row.amount * (1 - row.paidShare)));
        const invoices: Invoice[] = invoiceRows.map((row, i) =>
          testInvoice({ no: `N${i}`, customer: row.customer, amount: row.amount, open: openOf(row), currency: currencyOf[row.customer] ?? "USD", dueDate: due(row.daysPastDue), invoiceDate: due(Math.max(0, row.daysPastDue + 30)), disputed: row.disputed }),
        );
        const payments: Payment[] = paymentRows.map((row) => testPayment({ customer: row.customer, amount: row.amount, date: due(row.daysAgo), currency: currencyOf[row.customer] ?? "USD" }));
        const contacts = promiseRows.map((row) => testContact({ customer: row.customer, date: due(row.daysAgo), promise: row.amount, promiseDate: due(row.daysAgo - row.promiseIn) }));
        const ledger = testLedger({ invoices, payments, contacts, customers: customerKeys.map((key) => testCustomer({ key })) });
        const worklist = buildWorklist(ledger, DEFAULT_COLLECT_POLICY, DEFAULT_PRIORITY_WEIGHTS, asOf);
        const net = (key: string): number =>
          invoices.filter((i) => i.customerKey === key).reduce((sum, i) => sum + i.openCents, 0) -
          payments.filter((p) => p.customerKey === key).reduce((sum, p) => sum + p.amountCents, 0);
        const inCredit = new Set(worklist.credits.map((c) => c.customerKey));
        return worklist.rows.every((row) => net(row.customerKey) > 0 && !inCredit.has(row.customerKey)) &&
          customerKeys.every((key) => net(key) > 0 || !worklist.rows.some((row) => row.customerKey === key));
      }),
      { numRuns: 300 },
    );
  });
});
