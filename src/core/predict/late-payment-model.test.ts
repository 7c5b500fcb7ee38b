import { isoDateToDayNumber } from "../dates/iso-date";
import { alterFrom, day, ledgerOf, syntheticLedger, testInvoice } from "./_lib/test-ledger";
import { MAX_TRAINING_INVOICES, pickTrainingInvoices, RESIDUAL_QUANTILES, trainLatePaymentModel } from "./late-payment-model";
import { toPaymentRecords } from "./payment-record";

const split = isoDateToDayNumber(day("2013-01-01"));

describe("trainLatePaymentModel", () => {
  const records = toPaymentRecords(syntheticLedger({ customers: 20, invoicesEach: 40 })).records;

  it("trains only on invoices paid, and issued, before the knowledge day", () => {
    const trained = trainLatePaymentModel(records, split);
    const expected = records.filter((r) => r.paidDay !== null && r.paidDay < split && r.invoiceDay < split).length;
    expect(trained.ok && trained.value.trainingCount).toBe(expected);
    expect(trained.ok && trained.value.residualQuantiles).toHaveLength(RESIDUAL_QUANTILES);
  });

  it("fits at most maxTrainingInvoices paid invoices, while the histories still count every one", () => {
    const all = trainLatePaymentModel(records, split);
    const thinned = trainLatePaymentModel(records, split, { maxTrainingInvoices: 100 });
    if (!all.ok || !thinned.ok) throw new Error("no model");
    expect(thinned.value).toMatchObject({ trainingCount: 100, paidCount: all.value.paidCount });
    expect(thinned.value.history).toEqual(all.value.history);
    expect(all.value.trainingCount).toBe(all.value.paidCount);
    expect(MAX_TRAINING_INVOICES).toBeGreaterThanOrEqual(2000);
  });

  it.each([
    { name: "fewer than the limit: all of them", items: [1, 2, 3], limit: 5, picked: [1, 2, 3] },
    { name: "twice the limit: every other one", items: [1, 2, 3, 4, 5, 6], limit: 3, picked: [1, 3, 5] },
    { name: "an uneven ratio: spread from first to last", items: [1, 2, 3, 4, 5, 6, 7], limit: 3, picked: [1, 3, 5] },
  ])("thins evenly and deterministically ($name)", ({ items, limit, picked }) => {
    expect(pickTrainingInvoices(items, limit)).toEqual(picked);
  });

  it("learns that disputed invoices are paid later, and that it is a strong sign", () => {
    const trained = trainLatePaymentModel(records, split);
    if (!trained.ok) throw new Error(trained.error);
    const disputed = 11 + 1; // after the intercept, "disputed" is the 12th feature
    expect(trained.value.lateModel.coefficients[disputed]).toBeGreaterThan(0.3);
    expect(trained.value.daysModel.coefficients[disputed]).toBeGreaterThan(2);
  });

  it.each([
    { name: "no invoices at all", invoices: [] },
    { name: "only open invoices", invoices: [testInvoice({ no: "1", customer: "A", invoiceDate: "2012-05-01" })] },
    { name: "payments only after the knowledge day", invoices: [testInvoice({ no: "1", customer: "A", invoiceDate: "2012-12-20", daysLate: 3 })] },
  ])("refuses to train with $name (no-paid-history)", ({ invoices }) => {
    expect(trainLatePaymentModel(toPaymentRecords(ledgerOf(invoices)).records, split)).toEqual({ ok: false, error: "no-paid-history" });
  });

  it.each([1, 2, 3])("trains on a tiny history of %i paid invoice(s) and gives finite predictions", (count) => {
    const tiny = Array.from({ length: count }, (_, k) => testInvoice({ no: String(k), customer: "A", invoiceDate: `2012-0${String(k + 1)}-01`, daysLate: k * 4 - 2 }));
    const trained = trainLatePaymentModel(toPaymentRecords(ledgerOf(tiny)).records, split);
    expect(trained.ok).toBe(true);
    if (!trained.ok) return;
    expect([...trained.value.lateModel.coefficients, ...trained.value.daysModel.coefficients, ...trained.value.residualQuantiles].every(Number.isFinite)).toBe(true);
  });

  it("is deterministic: the same records give the same model, bit for bit, and so does any row order", () => {
    const ledger = syntheticLedger({ customers: 12, invoicesEach: 30, seed: 11 });
    const once = trainLatePaymentModel(toPaymentRecords(ledger).records, split);
    const again = trainLatePaymentModel(toPaymentRecords(ledger).records, split);
    const reversed = trainLatePaymentModel(toPaymentRecords(ledgerOf([...ledger.invoices].reverse())).records, split);
    expect(again).toEqual(once);
    expect(reversed).toEqual(once);
  });

  it("is not moved by anything issued or paid on or after the knowledge day", () => {
    const ledger = syntheticLedger({ customers: 10, invoicesEach: 30, seed: 5 });
    const altered = ledger.invoices.map((invoice) => alterFrom(invoice, day("2013-01-01")));
    expect(altered.filter((invoice, i) => invoice !== ledger.invoices[i]).length).toBeGreaterThan(50);
    const future = testInvoice({ no: "F", customer: "C000", invoiceDate: "2013-02-01", daysLate: 90 });
    const base = trainLatePaymentModel(toPaymentRecords(ledger).records, split);
    const changed = trainLatePaymentModel(toPaymentRecords(ledgerOf([...altered, future])).records, split);
    expect(changed.ok && changed.value.lateModel).toEqual(base.ok && base.value.lateModel);
    expect(changed.ok && changed.value.daysModel).toEqual(base.ok && base.value.daysModel);
  });
});
