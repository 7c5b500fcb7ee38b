import { addDays } from "../dates/iso-date";
import type { Invoice } from "../ledger/ledger";
import { day, ledgerOf, seededRandom, syntheticLedger, testInvoice } from "./_lib/test-ledger";
import { evaluate } from "./evaluate";

const SPLIT = day("2013-01-01");

describe("evaluate on a hand-made ledger", () => {
  const invoices = [
    testInvoice({ no: "a1", customer: "A", invoiceDate: "2012-06-01", daysLate: 4 }),
    testInvoice({ no: "a2", customer: "A", invoiceDate: "2012-07-01", daysLate: 8 }),
    testInvoice({ no: "b1", customer: "B", invoiceDate: "2012-06-15", daysLate: -2 }),
    testInvoice({ no: "b2", customer: "B", invoiceDate: "2012-12-20", daysLate: 3 }), // settled after the split: in neither set
    testInvoice({ no: "a3", customer: "A", invoiceDate: "2013-01-05", daysLate: 10 }),
    testInvoice({ no: "b3", customer: "B", invoiceDate: "2013-01-01", daysLate: 1 }),
    testInvoice({ no: "c1", customer: "C", invoiceDate: "2013-02-01", daysLate: -5 }),
    testInvoice({ no: "c2", customer: "C", invoiceDate: "2013-03-01" }), // still open: nothing to compare
  ];

  it("scores the paid invoices issued on or after the split against the customer-mean baseline", () => {
    const result = evaluate(ledgerOf(invoices), SPLIT);
    if (!result.ok) throw new Error(result.error);
    const e = result.value;
    // Baseline: A's mean 6, B's −2, C is new → everyone's mean 10/3. Errors 4, 3, 25/3; right only on A.
    expect(e.n).toBe(3);
    expect(e.baselineMaeDays).toBeCloseTo(46 / 9, 12);
    expect(e.baselineAccuracy).toBeCloseTo(1 / 3, 12);
    expect(e.details).toMatchObject({ splitDate: "2013-01-01", trainingCount: 3, newCustomerInvoices: 1, openAfterSplit: 1, lateShare: 2 / 3 });
    expect(e.details.predictions.map((p) => [p.invoiceNo, p.baselineDaysLate, p.actualDaysLate])).toEqual([
      ["a3", 6, 10], ["b3", -2, 1], ["c1", 10 / 3, -5],
    ]);
    expect([e.accuracy, e.maeDays].every(Number.isFinite)).toBe(true);
  });

  it.each([
    { name: "nothing settled before the split", split: "2012-06-01", error: "no-paid-history" },
    { name: "no paid invoice issued on or after the split", split: "2013-03-02", error: "nothing-to-test" },
  ])("says so when there is $name", ({ split, error }) => {
    expect(evaluate(ledgerOf(invoices), day(split))).toEqual({ ok: false, error });
  });

  it("says there is no paid history for a ledger of open invoices", () => {
    const open = [testInvoice({ no: "1", customer: "A", invoiceDate: "2020-03-01" }), testInvoice({ no: "2", customer: "B", invoiceDate: "2020-04-01" })];
    expect(evaluate(ledgerOf(open), day("2020-03-15"))).toEqual({ ok: false, error: "no-paid-history" });
  });
});

describe("evaluate on a larger synthetic ledger", () => {
  const ledger = syntheticLedger({ customers: 30, invoicesEach: 50, seed: 3 });

  it("beats the customer-mean baseline when disputes matter", () => {
    const result = evaluate(ledger, SPLIT);
    if (!result.ok) throw new Error(result.error);
    expect(result.value.accuracy).toBeGreaterThan(result.value.baselineAccuracy);
    expect(result.value.maeDays).toBeLessThan(0.85 * result.value.baselineMaeDays);
    expect(result.value.auc).toBeGreaterThan(0.8);
  });

  it("is deterministic: same input, same output, bit for bit, in any row order", () => {
    const once = evaluate(ledger, SPLIT);
    expect(evaluate(ledger, SPLIT)).toEqual(once);
    expect(evaluate(ledgerOf([...ledger.invoices].reverse()), SPLIT)).toEqual(once);
  });

  it("predicts held-out invoices the same when later payments move, rows are shuffled and future rows are added (no leakage)", () => {
    const before = evaluate(ledger, SPLIT);
    const random = seededRandom(9);
    const moved = ledger.invoices.map((invoice): Invoice => (invoice.paidDate !== null && invoice.paidDate >= SPLIT ? { ...invoice, paidDate: addDays(invoice.paidDate, Math.round(random() * 40)) } : invoice));
    const future = Array.from({ length: 40 }, (_, k) => testInvoice({ no: `F${String(k)}`, customer: `C00${String(k % 9)}`, invoiceDate: "2014-06-01", daysLate: 60, disputed: true }));
    const after = evaluate(ledgerOf([...future, ...moved].reverse()), SPLIT);
    if (!before.ok || !after.ok) throw new Error("evaluation failed");
    const byInvoice = new Map(after.value.details.predictions.map((p) => [p.invoiceNo, p]));
    for (const p of before.value.details.predictions) {
      expect([byInvoice.get(p.invoiceNo)?.probabilityLate, byInvoice.get(p.invoiceNo)?.predictedDaysLate]).toEqual([p.probabilityLate, p.predictedDaysLate]);
    }
    expect(after.value.details.trainingCount).toBe(before.value.details.trainingCount);
  });

  it("can leave the Disputed flag out, and reports it", () => {
    const result = evaluate(ledger, SPLIT, { useDisputed: false });
    expect(result.ok && result.value.details.usedDisputed).toBe(false);
    expect(result.ok && result.value.details.usedChannel).toBe(false);
  });
});
