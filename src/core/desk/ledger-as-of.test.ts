import fc from "fast-check";
import { computeCollectMetrics } from "../metrics/collect-metrics";
import { HISTORY_DAYS, historyArbitrary, historyDay, ledgerOn } from "../metrics/_lib/history-ledger";
import { DEFAULT_COLLECT_POLICY } from "../policy/collect-policy";
import { buildCustomerStatuses } from "./customer-status";
import { ledgerAsOf } from "./ledger-as-of";
import { DEFAULT_PRIORITY_WEIGHTS } from "./priority-weights";
import { buildWorklist } from "./worklist";
import { day, testContact, testInvoice, testLedger, testPayment } from "./_lib/test-ledger";

describe("ledgerAsOf", () => {
  const paidLater = testInvoice({ no: "INV-1", invoiceDate: "2026-10-01", dueDate: "2026-10-31", amount: 1000, open: 0, paidDate: "2026-11-20", status: "Paid" });
  const partPaid = testInvoice({ no: "INV-2", invoiceDate: "2026-10-05", dueDate: "2026-11-04", amount: 500, open: 200 });
  const issuedLater = testInvoice({ no: "INV-3", invoiceDate: "2026-11-28", dueDate: "2026-12-28", amount: 300 });
  const undated = testInvoice({ no: "INV-4", invoiceDate: null, dueDate: null, amount: 50 });
  const ledger = testLedger({
    invoices: [paidLater, partPaid, issuedLater, undated],
    payments: [testPayment({ invoiceNo: "INV-1", date: "2026-11-20", amount: 1000 }), testPayment({ invoiceNo: "INV-2", date: "2026-10-20", amount: 100 }), testPayment({ invoiceNo: "INV-2", date: "2026-11-22", amount: 200 })],
    contacts: [testContact({ date: "2026-11-10" }), testContact({ date: "2026-11-26" })],
  });

  it.each([
    { name: "before anything was paid", asOf: "2026-10-10", open: [["INV-1", 100000], ["INV-2", 50000], ["INV-4", 5000]], payments: 0, contacts: 0 },
    { name: "after a part-payment", asOf: "2026-11-15", open: [["INV-1", 100000], ["INV-2", 40000], ["INV-4", 5000]], payments: 1, contacts: 1 },
    { name: "after the invoice was settled", asOf: "2026-11-21", open: [["INV-1", 0], ["INV-2", 40000], ["INV-4", 5000]], payments: 2, contacts: 1 },
  ])("restates every balance $name", ({ asOf, open, payments, contacts }) => {
    const past = ledgerAsOf(ledger, day(asOf));
    expect(past.invoices.map((invoice) => [invoice.invoiceNo, invoice.openCents])).toEqual(open);
    expect(past.payments).toHaveLength(payments);
    expect(past.contacts).toHaveLength(contacts);
  });

  it("clears a paid date and a Paid status that lie after the as-of date", () => {
    const [first] = ledgerAsOf(ledger, day("2026-11-15")).invoices;
    expect(first).toMatchObject({ invoiceNo: "INV-1", openCents: 100000, paidDate: null, status: null });
    const [settled] = ledgerAsOf(ledger, day("2026-11-21")).invoices;
    expect(settled).toMatchObject({ paidDate: "2026-11-20", status: "Paid" });
  });

  it("returns the same ledger when nothing happened after the as-of date", () => {
    expect(ledgerAsOf(ledger, day("2026-12-31"))).toBe(ledger);
  });

  it.each([
    { name: "a day before the books start", asOf: "2000-01-01", invoices: ["INV-4"] },
    { name: "the as-of day itself counts as past", asOf: "2026-11-28", invoices: ["INV-1", "INV-2", "INV-3", "INV-4"] },
  ])("handles $name", ({ asOf, invoices }) => {
    expect(ledgerAsOf(ledger, day(asOf)).invoices.map((invoice) => invoice.invoiceNo)).toEqual(invoices);
  });
});

describe("time travel (property): a figure as of a past date equals the figure on the workbook truncated to that date", () => {
  const today = historyDay(HISTORY_DAYS - 1);
  const pastDay = fc.integer({ min: 0, max: HISTORY_DAYS - 1 }).map(historyDay);

  it("every metric, the aging and collector activity", () => {
    fc.assert(
      fc.property(historyArbitrary(), pastDay, (history, asOf) => {
        const fromToday = computeCollectMetrics(ledgerOn(history, today), asOf, { promiseGraceDays: 2 });
        const truncated = computeCollectMetrics(ledgerOn(history, asOf), asOf, { promiseGraceDays: 2 });
        expect(fromToday).toEqual(truncated);
      }),
      { numRuns: 150 },
    );
  });

  it("the worklist (stages, amounts, reasons) and every customer's status", () => {
    fc.assert(
      fc.property(historyArbitrary(), pastDay, (history, asOf) => {
        const today_ = ledgerOn(history, today);
        const cut = ledgerOn(history, asOf);
        const a = buildWorklist(today_, DEFAULT_COLLECT_POLICY, DEFAULT_PRIORITY_WEIGHTS, asOf);
        const b = buildWorklist(cut, DEFAULT_COLLECT_POLICY, DEFAULT_PRIORITY_WEIGHTS, asOf);
        expect(a.rows).toEqual(b.rows);
        expect(a.holds).toEqual(b.holds);
        expect(a.credits).toEqual(b.credits);
        expect(buildCustomerStatuses(today_, DEFAULT_COLLECT_POLICY, asOf)).toEqual(buildCustomerStatuses(cut, DEFAULT_COLLECT_POLICY, asOf));
      }),
      { numRuns: 100 },
    );
  });
});
