import type { IsoDate } from "../dates/iso-date";
import { day, testContact, testCustomer, testInvoice, testLedger, testPayment } from "../desk/_lib/test-ledger";
import type { Cents } from "../money/cents";
import type { CollectPolicy } from "../policy/collect-policy";
import { defaultReplayWindow, modelPayments, PAYMENT_MODEL, replayPolicy, replayWindowEndingAt } from "./replay-policy";
import { customerEvents, simulatePolicy, type ReplayedContact } from "./simulate-policy";
import { TEST_CURRENT_POLICY, TEST_DRAFT_POLICY } from "./_lib/test-policies";

const current = TEST_CURRENT_POLICY;
const draft = TEST_DRAFT_POLICY;

// One invoice of 1,000.00 due 1 Jun 2026 and never paid; one paid on 20 Jul (50 days late); a promise logged by the customer.
const ledger = testLedger({
  invoices: [
    testInvoice({ no: "LATE", customer: "C1", invoiceDate: "2026-05-02", dueDate: "2026-06-01", amount: 1000 }),
    testInvoice({ no: "PAID", customer: "C2", invoiceDate: "2026-05-02", dueDate: "2026-06-01", amount: 500, open: 0, paidDate: "2026-07-20" }),
  ],
  payments: [testPayment({ customer: "C2", invoiceNo: "PAID", date: "2026-07-20", amount: 500 })],
  customers: [testCustomer({ key: "C1" }), testCustomer({ key: "C2" })],
  contacts: [testContact({ customer: "C1", date: "2026-06-20", stage: "4 Past-due inquiry" }), testContact({ customer: "C2", date: "2026-06-25", promise: 500, promiseDate: "2026-07-10" })],
});
const window = { from: day("2026-05-01"), to: day("2026-11-30") };

function levels(contacts: readonly ReplayedContact[], customer: string): string[] {
  return contacts.filter((c) => c.customerKey === customer).map((c) => `${c.date} ${c.level} ${c.channel}`);
}

describe("simulatePolicy", () => {
  it("replays the stages an unpaid invoice goes through, each when its trigger and the gap rules allow", () => {
    // Delivery checks weekly from 20 days before due (the pre-due reminder falls inside their gap), the inquiry the
    // day after due, weekly calls from 15 days, final notices every 10 days from 45 (7 days after the last call),
    // then the hand-over, each waiting for the 14-day deadline of the notice before it.
    expect(levels(simulatePolicy(ledger, current, window.from, window.to), "C1")).toEqual([
      "2026-05-12 2 e-mail", "2026-05-19 2 e-mail", "2026-05-26 2 e-mail", "2026-06-02 4 e-mail", "2026-06-09 4 e-mail",
      "2026-06-16 5 call", "2026-06-23 5 call", "2026-06-30 5 call", "2026-07-07 5 call", "2026-07-14 5 call",
      "2026-07-21 6 letter", "2026-07-31 6 letter", "2026-08-10 6 letter", "2026-08-20 6 letter",
      "2026-09-03 7 letter", "2026-09-17 7 letter", "2026-10-01 7 letter", "2026-10-15 7 letter", "2026-10-29 7 letter", "2026-11-12 7 letter", "2026-11-26 7 letter",
    ]);
  });

  it("keeps the customer's own promise: on hold until it is broken, then one level up, and nothing once paid", () => {
    expect(levels(simulatePolicy(ledger, current, window.from, window.to), "C2")).toEqual([
      "2026-05-12 2 e-mail", "2026-05-19 2 e-mail", "2026-05-26 2 e-mail", "2026-06-02 4 e-mail", "2026-06-09 4 e-mail", "2026-06-16 5 call", "2026-06-23 5 call", "2026-07-13 6 letter",
    ]);
  });

  it("follows a risk-band scenario rule with the ratings it is given, and no such rule without them", () => {
    const late = { name: "Late payer", description: "calls from 8 days", graceDays: null, stages: current.stages.map((s) => (s.level === 5 ? { ...s, triggerDaysFromDue: 8 } : s)) };
    const byRisk: CollectPolicy = { ...current, scenarios: [late], scenarioRules: [{ scenario: "Late payer", field: "risk-band", anyOf: ["high"] }] };
    const risks = new Map([["C1", { customerKey: "C1", score: 80, band: "high" as const, paidInvoices: 12, why: "pays late" }]]);
    const firstCall = (contacts: readonly ReplayedContact[]) => contacts.find((c) => c.customerKey === "C1" && c.level === 5)?.date;
    expect(firstCall(simulatePolicy(ledger, byRisk, window.from, window.to, { risks }))).toBe("2026-06-09");
    expect(firstCall(simulatePolicy(ledger, byRisk, window.from, window.to))).toBe("2026-06-16");
  });

  it("keeps promises and disputes from the log and drops the policy's own contacts", () => {
    expect(customerEvents(ledger.contacts).map((c) => c.customerKey)).toEqual(["C2"]);
  });
});

describe("replayPolicy", () => {
  const result = replayPolicy(ledger, draft, current, window);

  it("counts what each policy would have sent, by stage and channel", () => {
    expect(result.current.byChannel).toEqual({ call: 7, "e-mail": 10, letter: 12 });
    expect(result.draft.byStage.find((s) => s.level === 6)?.count).toBeGreaterThan(result.current.byStage.find((s) => s.level === 6)?.count ?? 0);
  });

  it("charges the draft's fee once per letter at its level, and interest once per invoice", () => {
    const finalNotices = result.draft.contacts.filter((c) => c.level === 6).length;
    const usd = result.draft.charges.find((c) => c.currency === "USD");
    expect(usd?.feeCents).toBe(finalNotices * 40_00);
    // LATE: 1,000.00 × 8% × 182 days (1 Jun → 30 Nov) ÷ 365 = 39.89; PAID: 500.00 × 8% × 49 days ÷ 365 = 5.37.
    expect(usd?.interestCents).toBe(3989 + 537);
    expect(result.current.charges.every((c) => c.feeCents === 0 && c.interestCents === 0)).toBe(true);
  });

  it("models the current policy's DSO and CEI as exactly the actual ones, and says how the draft's are modelled", () => {
    expect(result.current.modelled).toEqual(result.actual);
    // The reason: modelled against itself, the current policy moves no payment.
    expect(modelPayments(ledger, result.current.contacts, result.current.contacts)).toEqual(ledger);
    expect(result.model).toBe(PAYMENT_MODEL);
  });

  it("gives identical replays when the draft is the current policy", () => {
    const same = replayPolicy(ledger, current, current, window);
    expect(same.draft).toEqual(same.current);
  });
});

describe("modelPayments", () => {
  const contact = (customerKey: string, date: string, level: number): ReplayedContact => ({
    date: date as IsoDate, customerKey, currency: "USD", level, stageName: `L${level}`, channel: "e-mail", template: "t", invoiceNos: ["PAID"], feeCents: 0 as Cents, chargeInterest: false,
  });

  it.each([
    { name: "a draft reaching the level a week earlier moves the payment a week earlier", draftDate: "2026-06-09", paid: "2026-07-13" },
    { name: "a draft reaching it later moves it later", draftDate: "2026-06-20", paid: "2026-07-24" },
    { name: "a draft that never reaches the level leaves it", draftDate: null, paid: "2026-07-20" },
  ])("$name", ({ draftDate, paid }) => {
    const currentContacts = [contact("C2", "2026-06-02", 4), contact("C2", "2026-06-16", 5)];
    const draftContacts = [contact("C2", "2026-06-02", 4), ...(draftDate === null ? [] : [contact("C2", draftDate, 5)])];
    const modelled = modelPayments(ledger, currentContacts, draftContacts);
    expect(modelled.payments.find((p) => p.invoiceNo === "PAID")?.date).toBe(paid);
  });

  it("never moves a payment made before any reminder", () => {
    const modelled = modelPayments(ledger, [contact("C2", "2026-07-25", 5)], [contact("C2", "2026-06-01", 5)]);
    expect(modelled.payments).toEqual(ledger.payments);
  });
});

describe("defaultReplayWindow", () => {
  it.each([
    { name: "the 12 months to the last date in the books", given: ledger, window: { from: "2025-08-01", to: "2026-07-20" } },
    { name: "nothing for an empty ledger", given: testLedger(), window: null },
  ])("$name", ({ given, window: expected }) => {
    expect(defaultReplayWindow(given)).toEqual(expected);
  });
});

describe("replayWindowEndingAt", () => {
  it.each([
    { name: "a month's end: the 12 whole months to it", asOf: "2026-11-30", window: { from: "2025-12-01", to: "2026-11-30" } },
    { name: "mid-month: the 12 whole months before, and this month's days to the as-of date", asOf: "2026-11-15", window: { from: "2025-12-01", to: "2026-11-15" } },
    { name: "across a leap day", asOf: "2028-02-29", window: { from: "2027-03-01", to: "2028-02-29" } },
  ])("$name", ({ asOf, window: expected }) => {
    expect(replayWindowEndingAt(day(asOf))).toEqual(expected);
  });
});
