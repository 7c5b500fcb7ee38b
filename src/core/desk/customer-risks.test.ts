import fc from "fast-check";
import { addDays, type IsoDate } from "../dates/iso-date";
import type { Invoice } from "../ledger/ledger";
import { HISTORY_DAYS, historyArbitrary, historyDay, ledgerOn } from "../metrics/_lib/history-ledger";
import { DEFAULT_COLLECT_POLICY } from "../policy/collect-policy";
import { buildCustomerStatuses } from "./customer-status";
import { MIN_PAID_INVOICES_TO_RATE, rateCustomerRisks, toRiskRating } from "./customer-risks";
import { ledgerAsOf } from "./ledger-as-of";
import { DEFAULT_PRIORITY_WEIGHTS } from "./priority-weights";
import { buildWorklist } from "./worklist";
import { day, paidInvoice, testInvoice, testLedger } from "./_lib/test-ledger";

const asOf = day("2026-11-25");

/** `count` paid invoices of a customer, one a month back from the as-of date, each paid `daysLate` after due. */
function history(customer: string, count: number, daysLate: number): Invoice[] {
  return Array.from({ length: count }, (_, i) => paidInvoice({ customer, no: `${customer}-P${i + 1}`, dueDate: addDays(asOf, -60 - 30 * i), daysLate }));
}

/** Eight punctual customers and C-LATE, who paid 21 days late every time, each with an invoice due in 8 days. */
function book(extra: readonly Invoice[] = []) {
  const punctual = ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8"];
  const invoices = [
    ...punctual.flatMap((key, k) => history(key, 8, k % 3 === 0 ? 1 : -2)),
    ...history("C-LATE", 14, 21),
    ...[...punctual, "C-LATE"].map((key) => testInvoice({ customer: key, no: `${key}-OPEN`, dueDate: addDays(asOf, 8), amount: 2500 })),
    ...extra,
  ];
  return testLedger({ invoices });
}

describe("rateCustomerRisks", () => {
  it("rates the customer who always pays three weeks late high, and says what it rests on", () => {
    const { ratings, unavailable } = rateCustomerRisks(book(), asOf);
    expect(unavailable).toBeNull();
    expect(ratings.get("C-LATE")).toMatchObject({ band: "high", paidInvoices: 14, why: "pays 21 days late on average over 14 invoices, 14 of them late" });
    expect(ratings.get("C-LATE")?.score).toBeGreaterThanOrEqual(60);
    expect(ratings.get("C2")?.band).toBe("low");
  });

  it.each([
    { name: "no paid invoice at all", paid: 0 },
    { name: "one paid invoice", paid: 1 },
    { name: "two paid invoices", paid: 2 },
  ])("does not rate a customer with $name, even in a book of late payers", ({ paid }) => {
    // Everyone else pays late, so everyone's averages (all a new customer is judged by) say "late".
    const lateBook = testLedger({ invoices: [...["L1", "L2", "L3"].flatMap((key) => history(key, 10, 15)), ...history("NEW", paid, 15), testInvoice({ customer: "NEW", dueDate: addDays(asOf, 8) })] });
    const rating = rateCustomerRisks(lateBook, asOf).ratings.get("NEW");
    expect(rating).toMatchObject({ score: null, band: null, paidInvoices: paid });
    expect(rating?.why).toBe(`not rated: ${paid} paid ${paid === 1 ? "invoice" : "invoices"}, ${MIN_PAID_INVOICES_TO_RATE} needed`);
    const worklist = buildWorklist(lateBook, DEFAULT_COLLECT_POLICY, DEFAULT_PRIORITY_WEIGHTS, asOf, { risks: rateCustomerRisks(lateBook, asOf).ratings });
    expect(worklist.rows.find((row) => row.customerKey === "NEW")?.scenario).not.toBe("Late-payer risk");
  });

  it("says why nobody is rated when no invoice has been paid yet", () => {
    const open = testLedger({ invoices: [testInvoice({ customer: "C1", dueDate: addDays(asOf, 8) })] });
    expect(rateCustomerRisks(open, asOf)).toEqual({ ratings: new Map(), context: null, unavailable: "no-paid-history" });
  });

  it("keeps a model risk of a customer with enough history as it is", () => {
    const risk = { customerKey: "C1", paidInvoices: 3, probabilityLate: 0.42, riskScore: 42, riskBand: "medium" as const, reasons: [], historyText: "pays 2 days late on average over 3 invoices, 2 of them late" };
    expect(toRiskRating(risk)).toEqual({ customerKey: "C1", score: 42, band: "medium", paidInvoices: 3, why: risk.historyText });
  });

  it("gives the same ratings whatever the order of the rows", () => {
    const ledger = book();
    const reversed = { ...ledger, invoices: [...ledger.invoices].reverse() };
    expect(rateCustomerRisks(reversed, asOf).ratings).toEqual(rateCustomerRisks(ledger, asOf).ratings);
  });
});

describe("the Late-payer risk scenario (worked example)", () => {
  // Every customer has 2,500.00 due in 8 days. Standard's pre-due reminder comes 5 days before the due date, so
  // today Standard only checks the invoice arrived (level 2, by e-mail). C-LATE paid each of 14 invoices 21 days
  // late: rated high, it is in "Late-payer risk", whose reminder comes 10 days before: today.
  const ledger = book();
  const { ratings } = rateCustomerRisks(ledger, asOf);
  const worklist = buildWorklist(ledger, DEFAULT_COLLECT_POLICY, DEFAULT_PRIORITY_WEIGHTS, asOf, { risks: ratings });
  const row = (key: string) => worklist.rows.find((r) => r.customerKey === key);

  it("sends the likely late payer the pre-due reminder now, and says why", () => {
    expect(row("C-LATE")).toMatchObject({ scenario: "Late-payer risk", stageLevel: 3, stageName: "Early pre-due reminder", channel: "e-mail", template: "pre-due", riskBand: "high" });
    expect(row("C-LATE")?.reason).toMatch(/^\$2,500 due in 8 days; risk \d+ \(high\): pays 21 days late on average over 14 invoices, 14 of them late$/);
    const scenario = worklist.audit.find((record) => record.customerKey === "C-LATE" && record.rule === "scenario");
    expect(scenario?.detail).toMatch(/^Late-payer risk: late-payment risk is high \(risk \d+ \(high\): pays 21 days late/);
  });

  it("leaves the punctual customers on Standard, where no reminder is due yet", () => {
    expect(row("C2")).toMatchObject({ scenario: "Standard", stageLevel: 2, stageName: "Delivery confirmed", riskBand: "low" });
    expect(row("C2")?.reason).toBe("$2,500 due in 8 days");
  });

  it("without the ratings the same customer is on Standard and gets no reminder yet", () => {
    const plain = buildWorklist(ledger, DEFAULT_COLLECT_POLICY, DEFAULT_PRIORITY_WEIGHTS, asOf);
    expect(plain.rows.find((r) => r.customerKey === "C-LATE")).toMatchObject({ scenario: "Standard", stageLevel: 2, riskScore: null, riskBand: null });
  });

  it("shows the rating in the customer's account status", () => {
    const statuses = buildCustomerStatuses(ledger, DEFAULT_COLLECT_POLICY, asOf, { risks: ratings });
    expect(statuses.find((s) => s.customerKey === "C-LATE")?.risk).toMatchObject({ band: "high", paidInvoices: 14 });
  });
});

describe("time travel: the ratings as of a past date equal those of the workbook truncated to it", () => {
  it("on a book whose later invoices and payments are cut by hand", () => {
    const past = addDays(asOf, -75);
    const ledger = book();
    // The workbook as the bookkeeper had it then: later invoices not yet issued, later payments not yet made.
    const truncated = {
      ...ledger,
      invoices: ledger.invoices
        .filter((invoice) => invoice.invoiceDate === null || invoice.invoiceDate <= past)
        .map((invoice) => (invoice.paidDate !== null && invoice.paidDate > past ? { ...invoice, paidDate: null, openCents: invoice.amountCents } : invoice)),
    };
    expect(truncated.invoices.length).toBeLessThan(ledger.invoices.length);
    const fromToday = rateCustomerRisks(ledgerAsOf(ledger, past), past);
    expect(fromToday.ratings.get("C-LATE")?.band).toBe("high");
    expect(fromToday.ratings.get("C-LATE")?.paidInvoices).toBeLessThan(14);
    expect(fromToday.ratings).toEqual(rateCustomerRisks(truncated, past).ratings);
  });
});

describe("time travel (property): the ratings as of a past date equal those of the workbook truncated to it", () => {
  const today = historyDay(HISTORY_DAYS - 1);
  const pastDay = fc.integer({ min: 0, max: HISTORY_DAYS - 1 }).map(historyDay);

  it("ratings and the worklist they steer", () => {
    fc.assert(
      fc.property(historyArbitrary(), pastDay, (history, past: IsoDate) => {
        const fromToday = ledgerAsOf(ledgerOn(history, today), past);
        const truncated = ledgerAsOf(ledgerOn(history, past), past);
        const a = rateCustomerRisks(fromToday, past);
        const b = rateCustomerRisks(truncated, past);
        expect(a.ratings).toEqual(b.ratings);
        expect(a.unavailable).toBe(b.unavailable);
        const rowsA = buildWorklist(ledgerOn(history, today), DEFAULT_COLLECT_POLICY, DEFAULT_PRIORITY_WEIGHTS, past, { risks: a.ratings }).rows;
        const rowsB = buildWorklist(ledgerOn(history, past), DEFAULT_COLLECT_POLICY, DEFAULT_PRIORITY_WEIGHTS, past, { risks: b.ratings }).rows;
        expect(rowsA).toEqual(rowsB);
      }),
      { numRuns: 60 },
    );
  });
});
