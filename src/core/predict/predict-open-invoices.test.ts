import { diffDays } from "../dates/iso-date";
import { alterFrom, day, ledgerOf, syntheticLedger, testInvoice } from "./_lib/test-ledger";
import { predictOpenInvoices } from "./predict-open-invoices";
import { type PredictionContext, preparePrediction } from "./prediction-context";
import type { PredictionOptions } from "./prediction-context";

const AS_OF = day("2013-01-15");

function contextFor(invoices: Parameters<typeof ledgerOf>[0], options?: PredictionOptions): PredictionContext {
  const context = preparePrediction(ledgerOf(invoices), AS_OF, options);
  if (!context.ok) throw new Error(context.error);
  return context.value;
}

describe("predictOpenInvoices", () => {
  const ledger = syntheticLedger({ customers: 20, invoicesEach: 40, seed: 17 });
  const predictions = predictOpenInvoices(contextFor(ledger.invoices));

  it("predicts every invoice open at the end of the as-of date", () => {
    const expected = ledger.invoices.filter((i) => i.invoiceDate !== null && i.invoiceDate <= AS_OF && i.paidDate !== null && i.paidDate > AS_OF);
    expect(predictions).toHaveLength(expected.length);
    expect(predictions.length).toBeGreaterThan(20);
  });

  it("never predicts a pay date before the as-of date, and dates it due + predicted days late", () => {
    for (const p of predictions) {
      expect(p.predictedPayDate >= AS_OF).toBe(true);
      expect(diffDays(p.dueDate, p.predictedPayDate)).toBe(p.predictedDaysLate);
    }
  });

  it("gives whole risk scores 0–100 with a band and at most three worded reasons, riskiest first", () => {
    for (const p of predictions) {
      expect(Number.isInteger(p.riskScore) && p.riskScore >= 0 && p.riskScore <= 100).toBe(true);
      expect(p.riskScore).toBe(Math.round(p.probabilityLate * 100));
      expect(p.reasons.length).toBeLessThanOrEqual(3);
      for (const reason of p.reasons) expect(reason.text).toMatch(/\w/);
    }
    expect(predictions.map((p) => p.riskScore)).toEqual([...predictions.map((p) => p.riskScore)].sort((a, b) => b - a));
    expect(new Set(predictions.map((p) => p.riskBand)).size).toBeGreaterThan(1);
  });

  it("does not change when anything issued or paid after the as-of date is altered, shuffled or added (time travel without leakage)", () => {
    const altered = ledger.invoices.map((invoice) => alterFrom(invoice, day("2013-01-16")));
    const future = testInvoice({ no: "F", customer: "C001", invoiceDate: "2013-02-01", daysLate: 70, disputed: true });
    expect(predictOpenInvoices(contextFor([future, ...altered].reverse()))).toEqual(predictions);
  });

  it("is deterministic, bit for bit", () => {
    expect(predictOpenInvoices(contextFor(ledger.invoices))).toEqual(predictions);
  });

  it("predicts a new customer's invoice from everyone's averages and says so", () => {
    const stranger = testInvoice({ no: "S", customer: "STRANGER", invoiceDate: "2013-01-10" });
    const p = predictOpenInvoices(contextFor([...ledger.invoices, stranger])).find((x) => x.invoiceNo === "S");
    expect(p?.reasons.some((r) => r.text.startsWith("new customer"))).toBe(true);
    expect(p?.predictedPayDate !== undefined && p.predictedPayDate >= AS_OF).toBe(true);
  });

  it("expects an invoice already far later than the model ever saw to be paid any day now (the as-of date)", () => {
    const ancient = testInvoice({ no: "OLD", customer: "C002", invoiceDate: "2012-01-10" }); // due 9 Feb 2012, open a year later
    const p = predictOpenInvoices(contextFor([...ledger.invoices, ancient])).find((x) => x.invoiceNo === "OLD");
    expect(p?.predictedPayDate).toBe(AS_OF);
  });

  it.each([1, 2])("works from a tiny history of %i paid invoice(s)", (count) => {
    const paid = Array.from({ length: count }, (_, k) => testInvoice({ no: `P${String(k)}`, customer: "T", invoiceDate: `2012-0${String(k + 1)}-01`, daysLate: 6 }));
    const open = testInvoice({ no: "O", customer: "T", invoiceDate: "2013-01-02" });
    const [p] = predictOpenInvoices(contextFor([...paid, open]));
    expect(p?.invoiceNo).toBe("O");
    expect(p?.reasons[0]?.text).toBe(`pays 6 days late on average over ${String(count)} ${count === 1 ? "invoice" : "invoices"}, ${String(count)} of them late`);
    expect(p !== undefined && p.predictedPayDate >= AS_OF && Number.isFinite(p.probabilityLate)).toBe(true);
  });
});
