import fc from "fast-check";
import { openCentsAsOf } from "../desk/open-balance";
import { day, testInvoice, testLedger, testPayment } from "../desk/_lib/test-ledger";
import { HISTORY_DAYS, historyArbitrary, historyDay, ledgerOn } from "./_lib/history-ledger";
import { indexReceivables, monthlySales, receivablesOn, receivablesSeries, salesBetween, type Receivables } from "./receivables";

describe("receivables", () => {
  const ledger = testLedger({
    invoices: [
      testInvoice({ no: "A", invoiceDate: "2026-10-01", dueDate: "2026-10-31", amount: 500, open: 0, paidDate: "2026-11-10" }),
      testInvoice({ no: "B", invoiceDate: "2026-11-01", dueDate: "2026-12-01", amount: 300 }),
      testInvoice({ no: "C", invoiceDate: "2026-09-01", dueDate: null, amount: 80 }),
      testInvoice({ no: "WO", invoiceDate: "2026-08-01", dueDate: "2026-08-31", amount: 900, status: "Bad debt" }),
      testInvoice({ no: "CN", invoiceDate: "2026-11-05", dueDate: null, amount: -40 }),
    ],
    payments: [testPayment({ invoiceNo: "A", date: "2026-11-10", amount: 500 })],
  });
  const receivables = indexReceivables(ledger, day("2026-11-30"));

  it.each([
    { date: "2026-11-30", ar: 38000, current: 30000, undated: 8000, credits: -4000, open: 2 },
    { date: "2026-11-05", ar: 88000, current: 30000, undated: 8000, credits: -4000, open: 3 },
    { date: "2026-10-15", ar: 58000, current: 50000, undated: 8000, credits: 0, open: 2 },
    { date: "2026-08-15", ar: 0, current: 0, undated: 0, credits: 0, open: 0 },
  ])("AR on $date: open invoices only, written-off left out, credits apart", ({ date, ar, current, undated, credits, open }) => {
    expect(receivablesOn(receivables, "USD", day(date))).toEqual({ date, arCents: ar, currentCents: current, overdueCents: ar - current - undated, undatedCents: undated, creditsCents: credits, openInvoices: open });
  });

  it("counts sales by invoice date, credit memos not subtracted, written-off invoices included", () => {
    expect(salesBetween(receivables, "USD", day("2026-07-31"), day("2026-11-30"))).toBe(50000 + 30000 + 8000 + 90000);
    expect([...monthlySales(receivables, "USD")]).toEqual([["2026-10", 50000], ["2026-11", 30000], ["2026-09", 8000], ["2026-08", 90000]]);
  });

  it.each([
    { name: "a currency with nothing", currency: "JPY" },
    { name: "no currency", currency: null },
  ])("gives zeros for $name", ({ currency }) => {
    expect(receivablesOn(receivables, currency, day("2026-11-30")).arCents).toBe(0);
  });
});

/** AR the slow way: each document's `openCentsAsOf` on each day. */
function reference(receivables: Receivables, currency: string | null, date: string): number {
  let ar = 0;
  for (const document of receivables.byCurrency.get(currency) ?? []) {
    if (document.writtenOff) continue;
    const open = openCentsAsOf(document.invoice, document.applied, day(date));
    if (open > 0) ar += open;
  }
  return ar;
}

describe("receivablesSeries (property)", () => {
  it("gives for every day what openCentsAsOf gives document by document, in one pass", () => {
    fc.assert(
      fc.property(historyArbitrary(), fc.array(fc.integer({ min: 0, max: HISTORY_DAYS - 1 }), { minLength: 1, maxLength: 15 }), (history, days) => {
        const receivables = indexReceivables(ledgerOn(history, historyDay(HISTORY_DAYS - 1)), historyDay(HISTORY_DAYS - 1));
        const dates = days.map(historyDay);
        return receivables.currencies.every((currency) =>
          receivablesSeries(receivables, currency, dates).every((snapshot, i) => snapshot.arCents === reference(receivables, currency, dates[i] as string)),
        );
      }),
      { numRuns: 150 },
    );
  });
});
