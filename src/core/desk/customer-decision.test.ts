import { addDays } from "../dates/iso-date";
import { DEFAULT_COLLECT_POLICY, type CollectPolicy } from "../policy/collect-policy";
import { TEST_AS_OF, cents, day, paidInvoice, testContact, testCustomer, testInvoice, testLedger, testPayment, type LedgerFields } from "./_lib/test-ledger";
import { decideCustomers, type CustomerDecision } from "./customer-decision";
import type { Plan } from "./payment-plan";

/** Standard scenario only, so each test states the one rule it is about. */
const STANDARD_ONLY: CollectPolicy = { ...DEFAULT_COLLECT_POLICY, scenarioRules: [] };
const asOf = TEST_AS_OF;
const due = (daysPastDue: number) => addDays(asOf, -daysPastDue);

function decide(fields: LedgerFields, policy: CollectPolicy = STANDARD_ONLY, plans: readonly Plan[] = []): CustomerDecision {
  const decisions = decideCustomers(testLedger(fields), policy, asOf, { plans });
  const decision = decisions.find((d) => d.account.customerKey === "C1");
  if (decision === undefined) throw new Error("no decision for C1");
  return decision;
}

describe("decideAccount: the stage and a missed run", () => {
  it.each([
    { name: "10 days past due, nothing logged", daysPastDue: 10, level: 4 },
    { name: "a missed run: 60 days past due, nothing ever logged, jumps to the final notice", daysPastDue: 60, level: 6 },
    { name: "100 days past due with no final notice logged: final notice first", daysPastDue: 100, level: 6 },
  ])("$name → level $level", ({ daysPastDue, level }) => {
    const decision = decide({ invoices: [testInvoice({ no: "A", dueDate: due(daysPastDue) })] });
    expect(decision.outcome).toBe("act");
    expect(decision.stage?.level).toBe(level);
  });

  it("hands over to the agency once a final notice was logged and its deadline passed", () => {
    const decision = decide({ invoices: [testInvoice({ dueDate: due(100) })], contacts: [testContact({ date: due(20), stage: "6 Final notice", channel: "letter" })] });
    expect([decision.outcome, decision.stage?.id]).toEqual(["act", "agency-legal"]);
  });

  it("waits for the final notice's deadline before the agency", () => {
    const policy = { ...STANDARD_ONLY, finalNoticeDeadlineDays: 20 };
    const decision = decide({ invoices: [testInvoice({ dueDate: due(100) })], contacts: [testContact({ date: due(15), template: "final-notice", channel: "letter" })] }, policy);
    expect(decision.outcome).toBe("wait");
    expect(decision.nextActionDate).toBe(due(-5));
    expect(decision.audit.some((r) => r.rule === "final-notice-first" && r.outcome === "wait")).toBe(true);
  });

  it("acts at the highest level among the customer's invoices and lists them all", () => {
    const decision = decide({ invoices: [testInvoice({ no: "A", dueDate: due(3) }), testInvoice({ no: "B", dueDate: due(50) }), testInvoice({ no: "C", dueDate: due(-3) })] });
    expect(decision.stage?.level).toBe(6);
    expect(decision.actionItems.map((item) => item.item.invoice.invoiceNo)).toEqual(["B", "A", "C"]);
  });
});

describe("decideAccount: promises", () => {
  it("a broken promise escalates one level", () => {
    const invoice = testInvoice({ no: "A", dueDate: due(20) });
    const kept = decide({ invoices: [invoice] });
    const broken = decide({ invoices: [invoice], contacts: [testContact({ date: due(18), invoiceNo: "A", promise: 500, promiseDate: due(8) })] });
    expect(kept.stage?.level).toBe(5);
    expect(broken.stage?.level).toBe(6);
    expect(broken.brokenPromise?.promiseDate).toBe(due(8));
  });

  it("a pending promise holds", () => {
    const decision = decide({ invoices: [testInvoice({ no: "A", dueDate: due(20) })], contacts: [testContact({ date: due(10), promise: 1000, promiseDate: due(-5) })] });
    expect(decision.outcome).toBe("hold");
    expect(decision.heldItems.map((item) => item.hold)).toEqual(["promise"]);
    expect(decision.nextActionDate).toBe(addDays(due(-5), 3));
  });

  it("a kept promise neither holds nor escalates", () => {
    const decision = decide({
      invoices: [testInvoice({ no: "A", dueDate: due(20), amount: 1000, open: 500 })],
      payments: [testPayment({ invoiceNo: "A", amount: 500, date: due(9) })],
      contacts: [testContact({ date: due(15), invoiceNo: "A", promise: 500, promiseDate: due(10) })],
    });
    expect([decision.outcome, decision.stage?.level, decision.brokenPromise]).toEqual(["act", 5, null]);
  });
});

describe("decideAccount: disputes, stop switch and data that contradicts itself", () => {
  it("a dispute holds only the disputed invoice; the rest is still chased", () => {
    const decision = decide({ invoices: [testInvoice({ no: "A", dueDate: due(50), disputed: true }), testInvoice({ no: "B", dueDate: due(10) })] });
    expect(decision.outcome).toBe("act");
    expect(decision.stage?.level).toBe(4);
    expect(decision.actionItems.map((i) => i.item.invoice.invoiceNo)).toEqual(["B"]);
    expect(decision.heldItems.map((i) => [i.item.invoice.invoiceNo, i.hold])).toEqual([["A", "disputed"]]);
  });

  it("a dispute opened in the log holds its invoice", () => {
    const decision = decide({ invoices: [testInvoice({ no: "A", dueDate: due(50) })], contacts: [testContact({ date: due(5), invoiceNo: "A", disputeOpened: true })] });
    expect(decision.outcome).toBe("hold");
  });

  it.each([
    { name: "the customer's stop switch holds everything", customer: { onHold: true }, invoice: {}, hold: "stopped" },
    { name: "the invoice's stop switch", customer: {}, invoice: { onHold: true }, hold: "stopped" },
    { name: "an invoice marked paid but open", customer: {}, invoice: { status: "Paid" }, hold: "marked-paid" },
    { name: "an invoice without a due date", customer: {}, invoice: { dueDate: null, invoiceDate: null }, hold: "no-due-date" },
  ])("$name", ({ customer, invoice, hold }) => {
    const decision = decide({ invoices: [testInvoice({ no: "A", dueDate: due(30), ...invoice })], customers: [testCustomer({ key: "C1", ...customer })] });
    expect(decision.outcome).toBe("hold");
    expect(decision.heldItems[0]?.hold).toBe(hold);
  });
});

describe("decideAccount: payment plans", () => {
  const plan = (agreed: number, ...installments: [number, number][]): Plan => ({
    customerKey: "C1",
    agreedOn: day(due(agreed)),
    installments: installments.map(([daysAgo, amount]) => ({ dueDate: day(due(daysAgo)), amountCents: cents(amount), source: null })),
    note: null,
  });
  const invoices = [testInvoice({ no: "A", dueDate: due(40), invoiceDate: due(70) })];

  it("a plan on track holds the invoices it covers", () => {
    const decision = decide({ invoices, payments: [testPayment({ amount: 300, date: due(10) })] }, STANDARD_ONLY, [plan(20, [10, 300], [-20, 700])]);
    expect(decision.outcome).toBe("hold");
    expect(decision.heldItems[0]?.hold).toBe("plan");
  });

  it("a missed instalment escalates like a broken promise", () => {
    const decision = decide({ invoices, payments: [testPayment({ amount: 100, date: due(10) })] }, STANDARD_ONLY, [plan(20, [10, 300], [-20, 700])]);
    expect(decision.outcome).toBe("act");
    expect(decision.stage?.level).toBe(6);
    expect(decision.why[0]).toContain("Level 6");
  });

  it("an invoice issued after the plan is chased as usual", () => {
    const later = testInvoice({ no: "B", dueDate: due(5), invoiceDate: due(35) });
    const decision = decide({ invoices: [...invoices, later], payments: [testPayment({ amount: 300, date: due(10) })] }, STANDARD_ONLY, [plan(40, [10, 300], [-20, 700])]);
    expect(decision.outcome).toBe("act");
    expect(decision.actionItems.map((i) => i.item.invoice.invoiceNo)).toEqual(["B"]);
  });
});

describe("decideAccount: gaps between contacts (the customer's contacts, whichever invoice)", () => {
  it.each([
    { name: "frequency cap: contacted 3 days ago about another invoice", policy: { minDaysBetweenContacts: 10 }, contacts: [{ date: due(3), invoiceNo: "OTHER", stage: "4 Past-due inquiry" }], outcome: "wait", rule: "frequency-cap", until: due(-7) },
    { name: "nothing in the way 8 days later", policy: {}, contacts: [{ date: due(8), invoiceNo: "OTHER" }], outcome: "act", rule: null, until: null },
    { name: "days between levels: level 4 six days ago, level 5 waits", policy: {}, contacts: [{ date: due(6), invoiceNo: "OTHER", stage: "4 Past-due inquiry" }], outcome: "wait", rule: "level-gap", until: due(-1) },
    { name: "the stage's own gap after a contact of unknown level", policy: {}, contacts: [{ date: due(3) }], outcome: "wait", rule: "stage-gap", until: due(-4) },
    { name: "how often to call: a call 8 days ago at the same level", policy: { callIntervalDays: 10 }, contacts: [{ date: due(8), channel: "call" as const, stage: "5 Firmer pressure" }], outcome: "wait", rule: "call-interval", until: due(-2) },
  ])("$name → $outcome", ({ policy, contacts, outcome, rule, until }) => {
    const decision = decide({ invoices: [testInvoice({ no: "A", dueDate: due(20) })], contacts: contacts.map((c) => testContact(c)) }, { ...STANDARD_ONLY, ...policy });
    expect(decision.outcome).toBe(outcome);
    if (rule !== null) {
      expect(decision.audit.filter((r) => r.outcome === "wait").map((r) => r.rule)).toContain(rule);
      expect(decision.nextActionDate).toBe(until);
    }
  });

  it("escalating after a lower-level contact waits the days between levels, not the new stage's repeat gap", () => {
    const decision = decide({ invoices: [testInvoice({ dueDate: due(50) })], contacts: [testContact({ date: due(8), stage: "5 Firmer pressure", channel: "call" })] });
    expect([decision.outcome, decision.stage?.level]).toEqual(["act", 6]);
  });

  it("a final notice follows ten days after an unlabelled chase (the final notice's own gap)", () => {
    const contacts = [testContact({ date: due(10), channel: "e-mail" })];
    const decision = decide({ invoices: [testInvoice({ dueDate: due(120) })], contacts });
    expect([decision.outcome, decision.stage?.id]).toEqual(["act", "final-notice"]);
  });
});

describe("decideAccount: net credit and minimum balance", () => {
  it.each([
    { name: "credit memo larger than the invoice", invoices: [{ amount: 100 }, { amount: -150 }], payments: [], outcome: "in-credit" },
    { name: "an unapplied payment settles it exactly", invoices: [{ amount: 100 }], payments: [{ amount: 100 }], outcome: "in-credit" },
    { name: "5.00 left after a credit", invoices: [{ amount: 100 }, { amount: -95 }], payments: [], outcome: "below-minimum" },
    { name: "10.00 left is worth chasing", invoices: [{ amount: 100 }, { amount: -90 }], payments: [], outcome: "act" },
    { name: "5.00 to chase beside a disputed invoice", invoices: [{ amount: 1000, disputed: true }, { amount: 5 }], payments: [], outcome: "below-minimum" },
  ])("$name → $outcome", ({ invoices, payments, outcome }) => {
    const decision = decide({ invoices: invoices.map((i) => testInvoice({ ...i, dueDate: due(20) })), payments: payments.map((p) => testPayment(p)) });
    expect(decision.outcome).toBe(outcome);
  });
});

describe("decideAccount: tone and scenario", () => {
  const history = (daysLate: number) => [1, 2, 3, 4].map((i) => paidInvoice({ no: `P${i}`, daysLate, dueDate: `2026-0${i + 1}-01` }));

  it.each([
    { name: "a prompt payer gets the soft tone at a by-history stage", daysLate: 0, tone: "soft" },
    { name: "a chronic late payer gets the firm tone", daysLate: 30, tone: "firm" },
  ])("$name", ({ daysLate, tone }) => {
    const decision = decide({ invoices: [...history(daysLate), testInvoice({ no: "A", dueDate: due(20) })] });
    expect(decision.tone).toBe(tone);
    expect(decision.audit.find((r) => r.rule === "tone")?.detail.startsWith(tone)).toBe(true);
  });

  it("a firm stage stays firm for a prompt payer", () => {
    expect(decide({ invoices: [...history(0), testInvoice({ dueDate: due(50) })] }).tone).toBe("firm");
  });

  it.each([
    { name: "Standard inquiry by e-mail", customer: {}, extra: true, scenario: "Standard", level: 4, channel: "e-mail" },
    { name: "a key account is called", customer: {}, extra: true, big: true, scenario: "Key account", level: 4, channel: "call" },
    { name: "public sector: 15 more days of grace", customer: { segment: "Public sector" }, extra: true, scenario: "Public sector", level: 3, channel: "e-mail" },
    { name: "a new customer", customer: {}, extra: false, scenario: "New customer", level: 4, channel: "e-mail" },
  ])("scenario: $name", ({ customer, extra, big, scenario, level, channel }) => {
    const old = extra ? [paidInvoice({ no: "OLD", daysLate: 0, dueDate: "2025-01-01", amount: big === true ? 200_000 : 100, invoiceDate: "2026-01-01" })] : [];
    const decision = decide({ invoices: [...old, testInvoice({ no: "A", dueDate: due(10) })], customers: [testCustomer({ key: "C1", ...customer })] }, DEFAULT_COLLECT_POLICY);
    expect([decision.scenario, decision.stage?.level, decision.channel]).toEqual([scenario, level, channel]);
    expect(decision.audit[0]?.rule).toBe("scenario");
  });
});

describe("decideAccount: the audit trail", () => {
  it("records every invoice and the account's decision, with reasons", () => {
    const decision = decide({ invoices: [testInvoice({ no: "A", dueDate: due(50), disputed: true }), testInvoice({ no: "B", dueDate: due(10) })] });
    expect(decision.audit.map((r) => [r.invoiceNo, r.rule, r.outcome])).toEqual([
      [null, "scenario", "info"],
      ["A", "dispute", "hold"],
      ["B", "stage", "act"],
      [null, "highest-level", "info"],
      [null, "tone", "info"],
      [null, "decision", "act"],
    ]);
    expect(decision.audit[1]?.detail).toBe("$1,000.00: Level 6 Final notice: 50 days past due ≥ 45; on hold: the invoice is disputed");
    expect(decision.audit.every((r) => r.customerKey === "C1" && r.currency === "USD")).toBe(true);
  });
});
