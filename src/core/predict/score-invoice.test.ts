import { isoDateToDayNumber } from "../dates/iso-date";
import type { Invoice } from "../ledger/ledger";
import { alterFrom, day, ledgerOf, seededRandom, syntheticLedger, testInvoice } from "./_lib/test-ledger";
import { trainLatePaymentModel } from "./late-payment-model";
import { type PaymentRecord, toPaymentRecords } from "./payment-record";
import { type InvoiceScore, scoreInvoice } from "./score-invoice";

/** Scores invoice `no` with a model that knows what was known on `knownUntil` (the first day not known). */
function scoreOf(invoices: readonly Invoice[], no: string, knownUntil: string): InvoiceScore {
  const records = toPaymentRecords(ledgerOf(invoices)).records;
  const trained = trainLatePaymentModel(records, isoDateToDayNumber(day(knownUntil)));
  if (!trained.ok) throw new Error(trained.error);
  return scoreInvoice(trained.value, records.find((r) => r.invoiceNo === no) as PaymentRecord);
}

/** A fixed shuffle (seeded), so a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

describe("scoreInvoice", () => {
  const ledger = syntheticLedger({ customers: 15, invoicesEach: 40, seed: 21 });
  const target = ledger.invoices.find((invoice) => invoice.customerKey === "C003" && invoice.invoiceDate !== null && invoice.invoiceDate >= "2012-09-01") as Invoice;
  const issued = target.invoiceDate as string;

  it("gives a probability and finite figures", () => {
    const score = scoreOf(ledger.invoices, target.invoiceNo, issued);
    expect(score.probabilityLate).toBeGreaterThan(0);
    expect(score.probabilityLate).toBeLessThan(1);
    expect([score.daysLate, ...score.features, ...score.contributions].every(Number.isFinite)).toBe(true);
  });

  it("does not change when rows settled or issued after the invoice date are shuffled, altered or added (no leakage)", () => {
    const before = scoreOf(ledger.invoices, target.invoiceNo, issued);
    const others = ledger.invoices.filter((invoice) => invoice !== target).map((invoice) => alterFrom(invoice, day(issued)));
    const future = [
      testInvoice({ no: "F1", customer: "C003", invoiceDate: "2012-12-01", daysLate: 80, amount: 9000, disputed: true }),
      testInvoice({ no: "F2", customer: "NEW", invoiceDate: "2012-12-02", daysLate: -20 }),
    ];
    const after = scoreOf(shuffled([...others, target, ...future], 4), target.invoiceNo, issued);
    expect(after).toEqual(before);
  });

  it("never reads the invoice's own paid date", () => {
    const records = toPaymentRecords(ledger).records;
    const trained = trainLatePaymentModel(records, isoDateToDayNumber(day("2013-06-01")));
    if (!trained.ok) throw new Error(trained.error);
    const record = records.find((r) => r.invoiceNo === target.invoiceNo) as PaymentRecord;
    const scores = [null, record.dueDay - 30, record.dueDay + 90].map((paidDay) => scoreInvoice(trained.value, { ...record, paidDay } as PaymentRecord));
    expect(scores[1]).toEqual(scores[0]);
    expect(scores[2]).toEqual(scores[0]);
  });

  it("scores a new customer from everyone's averages", () => {
    const stranger = testInvoice({ no: "S", customer: "STRANGER", invoiceDate: "2012-11-01" });
    const score = scoreOf([...ledger.invoices, stranger], "S", "2012-11-01");
    expect(score.history.paidCount).toBe(0);
    expect(score.probabilityLate).toBeGreaterThan(0.05);
    expect(score.probabilityLate).toBeLessThan(0.95);
  });

  it("gives the same score, bit for bit, on every run", () => {
    expect(scoreOf(ledger.invoices, target.invoiceNo, issued)).toEqual(scoreOf(ledger.invoices, target.invoiceNo, issued));
  });
});
