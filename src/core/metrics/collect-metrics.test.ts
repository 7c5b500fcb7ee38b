import { day, testContact, testCustomer, testInvoice, testLedger, testPayment } from "../desk/_lib/test-ledger";
import { computeCollectMetrics } from "./collect-metrics";

/*
 * A worked example, by hand. As of 30 Nov 2026; the window is Sep–Nov (31 Aug excluded → 30 Nov: 91 days).
 *   AUG 200,000.00 issued 1 Aug, due 31 Aug, paid 10 Sep       → AR on 31 Aug: 200,000 (due that day: current)
 *   SEP  70,000.00 issued 15 Sep, due 15 Oct, 38,000 paid 20 Oct → 32,000 open, 46 days late
 *   OCT  80,000.00 issued 10 Oct, due 9 Nov                     → 80,000 open, 21 days late
 *   NOV 100,000.00 issued 15 Nov, due 15 Dec                    → 100,000 open, not yet due
 *   WO   10,000.00 issued 1 Jun, due 1 Jul, 2,000 paid, status "Written off" → 8,000 written off, not AR
 * AR_end = 212,000; current 100,000; sales in the window 250,000 (70 + 80 + 100); AR_begin = 200,000.
 */
const ledger = testLedger({
  invoices: [
    testInvoice({ no: "AUG", invoiceDate: "2026-08-01", dueDate: "2026-08-31", amount: 200000, open: 0, paidDate: "2026-09-10" }),
    testInvoice({ no: "SEP", invoiceDate: "2026-09-15", dueDate: "2026-10-15", amount: 70000, open: 32000 }),
    testInvoice({ no: "OCT", invoiceDate: "2026-10-10", dueDate: "2026-11-09", amount: 80000 }),
    testInvoice({ no: "NOV", invoiceDate: "2026-11-15", dueDate: "2026-12-15", amount: 100000 }),
    testInvoice({ no: "WO", invoiceDate: "2026-06-01", dueDate: "2026-07-01", amount: 10000, open: 0, status: "Written off" }),
  ],
  payments: [
    testPayment({ invoiceNo: "AUG", date: "2026-09-10", amount: 200000 }),
    testPayment({ invoiceNo: "SEP", date: "2026-10-20", amount: 38000 }),
    testPayment({ invoiceNo: "WO", date: "2026-07-15", amount: 2000 }),
  ],
  customers: [testCustomer({ key: "C1", collector: "Ann" })],
  contacts: [
    testContact({ date: "2026-09-25", invoiceNo: "SEP", promise: 38000, promiseDate: "2026-10-25" }),
    testContact({ date: "2026-11-01", invoiceNo: "OCT", promise: 80000, promiseDate: "2026-11-20" }),
  ],
});
const metrics = computeCollectMetrics(ledger, day("2026-11-30"));
const usd = metrics.currencies.find((c) => c.currency === "USD");

describe("computeCollectMetrics: a worked example", () => {
  it("measures AR at the window's ends and sales in it", () => {
    expect(usd?.period).toEqual({ from: "2026-08-31", to: "2026-11-30", days: 91, months: 3 });
    expect([usd?.end.arCents, usd?.end.currentCents, usd?.end.overdueCents, usd?.begin.arCents, usd?.salesCents]).toEqual([21200000, 10000000, 11200000, 20000000, 25000000]);
  });

  it.each([
    { name: "DSO simple: 212,000 ÷ 250,000 × 91", key: "dsoSimple", value: (212 / 250) * 91 },
    // Calendar months: November's 30 days, October's 31, then 32,000 of September's 70,000 (30 days).
    { name: "DSO countback: 30 + 31 + 32/70 × 30", key: "dsoCountback", value: 30 + 31 + (32 / 70) * 30 },
    { name: "best possible DSO simple: 100,000 ÷ 250,000 × 91", key: "bestPossibleDsoSimple", value: (100 / 250) * 91 },
    { name: "best possible DSO countback: November's sales cover it", key: "bestPossibleDsoCountback", value: 30 },
    { name: "ADD, DSO method (simple)", key: "addDsoSimple", value: (112 / 250) * 91 },
    { name: "ADD, DSO method (countback)", key: "addDsoCountback", value: 31 + (32 / 70) * 30 },
    { name: "ADD, invoice method: (32,000 × 46 + 80,000 × 21) ÷ 212,000", key: "addInvoice", value: (32000 * 46 + 80000 * 21) / 212000 },
    { name: "CEI, full sales: (200 + 250 − 212) ÷ (200 + 250 − 100)", key: "ceiFullSales", value: (238 / 350) * 100 },
    { name: "CEI, monthly sales: (200 + 250/3 − 212) ÷ (200 + 250/3 − 100)", key: "ceiMonthlySales", value: ((200 + 250 / 3 - 212) / (200 + 250 / 3 - 100)) * 100 },
    { name: "% current: 100,000 ÷ 212,000", key: "percentCurrent", value: (100 / 212) * 100 },
  ] as const)("$name", ({ key, value }) => {
    const figure = usd?.[key];
    expect(figure?.reason).toBeNull();
    expect(figure?.value).toBeCloseTo(value, 9);
  });

  it("counts the at-risk rate over invoices due in the year to 90 days ago: WO was still 8,000 open 90 days after due, AUG was paid", () => {
    expect(usd?.atRisk).toMatchObject({ invoices: 2, reached: 1, countRate: 0.5, amountCents: 21000000, reachedCents: 800000 });
  });

  it("reports write-offs from the status and the bad-debt ratio over the last 12 months' credit sales", () => {
    expect(usd?.writeOffs).toMatchObject({ recorded: true, count: 1, cents: 800000, yearCents: 800000, yearSalesCents: 46000000 });
    expect(usd?.writeOffs.badDebtPercent.value).toBeCloseTo((8000 / 460000) * 100, 9);
  });

  it("judges the promises: SEP's kept, OCT's broken", () => {
    expect(usd?.promises).toMatchObject({ kept: 1, broken: 1, rate: 0.5 });
    expect(usd?.promises.amountRate).toBeCloseTo(38000 / 118000, 9);
  });

  it("gives the monthly trend, November last: nothing collected, CEI 0, DSO as the headline", () => {
    expect(usd?.trend).toHaveLength(12);
    expect(usd?.trend.map((m) => m.month)).toEqual(["2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]);
    const november = usd?.trend[11];
    expect(november).toMatchObject({ month: "2026-11", to: "2026-11-30", salesCents: 10000000, collectedCents: 0, arEndCents: 21200000, cei: { value: 0, reason: null } });
    expect(november?.dso.value).toBeCloseTo(30 + 31 + (32 / 70) * 30, 9);
    const september = usd?.trend[9];
    expect(september).toMatchObject({ month: "2026-09", salesCents: 7000000, collectedCents: 20000000, arEndCents: 7000000 });
  });

  it("counts a collector's contacts per working day over the last 30 days (21 working days in November 2026)", () => {
    expect(metrics.collectors).toMatchObject({ from: "2026-10-31", to: "2026-11-30", workingDays: 21, collectors: [{ collector: "Ann", accounts: 1, contacts: 1, customersContacted: 1 }] });
    expect(metrics.collectors.collectors[0]?.contactsPerDay).toBeCloseTo(1 / 21, 9);
  });
});

describe("computeCollectMetrics: figures it cannot give say why", () => {
  it.each([
    { name: "no sales in the window", invoices: [testInvoice({ invoiceDate: "2025-01-01", dueDate: "2025-01-31", amount: 100 })], key: "dsoSimple", reason: "no-sales" },
    { name: "receivables older than every sale", invoices: [testInvoice({ invoiceDate: null, dueDate: "2025-01-31", amount: 100 })], key: "dsoCountback", reason: "no-sales" },
    { name: "nothing open", invoices: [testInvoice({ invoiceDate: "2026-11-01", dueDate: "2026-12-01", amount: 100, open: 0 })], key: "percentCurrent", reason: "no-open-invoices" },
    { name: "nothing collectible", invoices: [], key: "ceiFullSales", reason: "nothing-collectible" },
  ] as const)("$name", ({ invoices, key, reason }) => {
    const payments = invoices.length === 0 ? [testPayment({ date: "2026-11-01" })] : [];
    const result = computeCollectMetrics(testLedger({ invoices, payments }), day("2026-11-30"));
    expect(result.currencies[0]?.[key]).toEqual({ value: null, reason });
  });

  it("says write-offs are not recorded when no invoice carries such a status", () => {
    const result = computeCollectMetrics(testLedger({ invoices: [testInvoice()] }), day("2026-11-30"));
    expect(result.currencies[0]?.writeOffs).toMatchObject({ recorded: false, badDebtPercent: { value: null, reason: null } });
  });
});
