import fc from "fast-check";
import { day, testInvoice, testLedger, testPayment } from "../desk/_lib/test-ledger";
import { HISTORY_DAYS, historyArbitrary, historyDay, ledgerOn } from "../metrics/_lib/history-ledger";
import { indexReceivables } from "../metrics/receivables";
import { buildAgingReport, describeAgingBasis } from "./aging-report";
import { DEFAULT_AGING_BUCKETS, toAgingBuckets } from "./bucket-aging";

const asOf = day("2026-11-30");
const ledger = testLedger({
  invoices: [
    testInvoice({ no: "A", invoiceDate: "2026-11-20", dueDate: "2026-12-20", amount: 100 }), // not yet due
    testInvoice({ no: "B", invoiceDate: "2026-10-31", dueDate: "2026-11-30", amount: 200 }), // due today: Current
    testInvoice({ no: "C", invoiceDate: "2026-09-30", dueDate: "2026-10-31", amount: 300 }), // 30 days: 1-30
    testInvoice({ no: "D", invoiceDate: "2026-09-29", dueDate: "2026-10-30", amount: 400, open: 150 }), // 31 days: 31-60
    testInvoice({ no: "E", invoiceDate: "2026-01-01", dueDate: "2026-02-01", amount: 500 }), // 302 days: 120+
    testInvoice({ no: "F", invoiceDate: "2026-11-01", dueDate: null, amount: 60 }), // no due date
    testInvoice({ no: "CN-1", invoiceDate: "2026-11-05", dueDate: null, amount: -80 }), // credit memo
    testInvoice({ no: "G", invoiceDate: "2026-03-01", dueDate: "2026-03-31", amount: 700, status: "Written off" }),
    testInvoice({ no: "H", invoiceDate: "2026-09-01", dueDate: "2026-10-01", amount: 90, open: 0, paidDate: "2026-10-05" }),
    testInvoice({ no: "K", customer: "C2", currency: "EUR", invoiceDate: "2026-08-01", dueDate: "2026-08-31", amount: 1000 }),
  ],
  payments: [testPayment({ invoiceNo: null, date: "2026-11-15", amount: 25 }), testPayment({ invoiceNo: null, date: "2026-12-15", amount: 999 })],
});

describe("buildAgingReport", () => {
  const report = buildAgingReport(indexReceivables(ledger, asOf));
  const usd = report.currencies.find((c) => c.currency === "USD");

  it("puts each open invoice in exactly one bucket by due date, due today counting as Current", () => {
    expect(usd?.buckets.map((b) => [b.label, b.cents, b.count])).toEqual([
      ["Current", 30000, 2], ["1-30", 30000, 1], ["31-60", 15000, 1], ["61-90", 0, 0], ["91-120", 0, 0], ["120+", 50000, 1],
    ]);
  });

  it("keeps undated invoices, credits and unapplied payments in their own lines, and written-off invoices outside the total", () => {
    expect([usd?.undated.cents, usd?.credits.cents, usd?.unapplied.cents, usd?.writtenOff.cents]).toEqual([6000, -8000, -2500, 70000]);
  });

  it("reconciles: the lines add up to the ledger total, difference 0", () => {
    expect(usd).toMatchObject({ totalCents: 30000 + 30000 + 15000 + 50000 + 6000 - 8000 - 2500, ledgerTotalCents: 120500, differenceCents: 0 });
  });

  it("never adds currencies: EUR has its own aging", () => {
    expect(report.currencies.map((c) => [c.currency, c.totalCents])).toEqual([["EUR", 100000], ["USD", 120500]]);
  });

  it("ages by invoice date when asked, 0-30 first", () => {
    const byInvoice = buildAgingReport(indexReceivables(ledger, asOf), { basis: "invoice-date" });
    const usdByInvoice = byInvoice.currencies.find((c) => c.currency === "USD");
    expect(byInvoice.labels).toEqual(["0-30", "31-60", "61-90", "91-120", "120+"]);
    expect(usdByInvoice?.buckets.map((b) => b.cents)).toEqual([10000 + 20000 + 6000, 0, 30000 + 15000, 0, 50000]);
    expect(usdByInvoice?.differenceCents).toBe(0);
  });

  it("ages as of a past date with the invoices paid later still open", () => {
    const past = buildAgingReport(indexReceivables(ledger, day("2026-10-02"))).currencies.find((c) => c.currency === "USD");
    // C and D were not yet due; H (paid 5 Oct) was 1 day late; A, B and F did not exist yet.
    expect(past?.buckets.map((b) => b.cents)).toEqual([30000 + 15000, 9000, 0, 0, 0, 50000]);
    expect(past?.differenceCents).toBe(0);
  });
});

describe("describeAgingBasis", () => {
  it.each([
    { basis: "due-date" as const, buckets: DEFAULT_AGING_BUCKETS, text: "Aged by due date: days past due = as-of date − due date. Upper bounds are inclusive (30 days past due is in 1-30); an invoice due on the as-of date is Current (not yet due)." },
    { basis: "invoice-date" as const, buckets: DEFAULT_AGING_BUCKETS, text: "Aged by invoice date: age = as-of date − invoice date. Upper bounds are inclusive (an invoice 30 days old is in 0-30)." },
  ])("says the rule for $basis", ({ basis, buckets, text }) => {
    expect(describeAgingBasis(basis, buckets)).toBe(text);
  });

  it("says when the due day already counts as late", () => {
    const buckets = toAgingBuckets({ edges: [15, 45], dueDayIsCurrent: false });
    expect(buckets.ok && describeAgingBasis("due-date", buckets.value)).toContain("an invoice due on the as-of date is already in 1-15");
  });
});

describe("the aging always reconciles (property)", () => {
  it("buckets, undated, credits and unapplied add up to the ledger total in every currency, on any day, on either basis", () => {
    const bucketsArb = fc.uniqueArray(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 6 }).map((edges) => [...edges].sort((a, b) => a - b));
    fc.assert(
      fc.property(historyArbitrary(), fc.integer({ min: 0, max: HISTORY_DAYS - 1 }), bucketsArb, fc.boolean(), fc.constantFrom("due-date" as const, "invoice-date" as const), (history, n, edges, dueDayIsCurrent, basis) => {
        const buckets = toAgingBuckets({ edges, dueDayIsCurrent });
        if (!buckets.ok) return false;
        const asOfDay = historyDay(n);
        const report = buildAgingReport(indexReceivables(ledgerOn(history, historyDay(HISTORY_DAYS - 1)), asOfDay), { basis, buckets: buckets.value });
        return report.currencies.every((c) => {
          const lines = c.buckets.reduce((sum, b) => sum + b.cents, 0) + c.undated.cents + c.credits.cents + c.unapplied.cents;
          const counted = c.buckets.reduce((sum, b) => sum + b.count, 0) + c.undated.count;
          const openInvoices = ledgerOn(history, asOfDay).invoices.filter((i) => i.openCents > 0 && i.status !== "Written off" && (i.currency ?? null) === c.currency).length;
          return lines === c.totalCents && c.totalCents === c.ledgerTotalCents && c.differenceCents === 0 && counted === openInvoices;
        });
      }),
      { numRuns: 200 },
    );
  });
});
