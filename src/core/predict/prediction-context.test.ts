import { isoDateToDayNumber } from "../dates/iso-date";
import { day, ledgerOf, testInvoice } from "./_lib/test-ledger";
import { toPaymentRecords } from "./payment-record";
import { openRecordsAt, preparePrediction } from "./prediction-context";

describe("openRecordsAt", () => {
  const records = toPaymentRecords(
    ledgerOf([
      testInvoice({ no: "paid-before", customer: "A", invoiceDate: "2013-01-01", daysLate: 0, amount: 10 }), // paid 31 Jan
      testInvoice({ no: "paid-on-as-of", customer: "A", invoiceDate: "2013-01-02", daysLate: 0, amount: 20 }), // paid 1 Feb
      testInvoice({ no: "paid-after", customer: "A", invoiceDate: "2013-01-10", daysLate: 5, amount: 30 }),
      testInvoice({ no: "open", customer: "B", invoiceDate: "2013-01-20", amount: 40 }),
      testInvoice({ no: "issued-after", customer: "B", invoiceDate: "2013-02-02", amount: 50 }),
      { ...testInvoice({ no: "closed-by-status", customer: "B", invoiceDate: "2013-01-05", amount: 60 }), openCents: 0 as never },
    ]),
  ).records;

  it("counts what was open at the end of the as-of day: issued by then, unpaid then", () => {
    const open = openRecordsAt(records, isoDateToDayNumber(day("2013-02-01")));
    expect(open.map((o) => [o.record.invoiceNo, o.openCents])).toEqual([["paid-after", 3000], ["open", 4000]]);
  });
});

describe("preparePrediction", () => {
  it("trains on what was paid by the end of the as-of day", () => {
    const ledger = ledgerOf([testInvoice({ no: "1", customer: "A", invoiceDate: "2013-01-01", daysLate: 1 }), testInvoice({ no: "2", customer: "A", invoiceDate: "2013-01-05", daysLate: 4 })]);
    const context = preparePrediction(ledger, day("2013-02-01")); // invoice 1 paid 1 Feb (counts), invoice 2 on 8 Feb (not yet)
    expect(context.ok && context.value.model.trainingCount).toBe(1);
  });

  it("refuses a ledger with no paid history", () => {
    expect(preparePrediction(ledgerOf([testInvoice({ no: "1", customer: "A", invoiceDate: "2020-01-01" })]), day("2020-06-01"))).toEqual({ ok: false, error: "no-paid-history" });
  });
});
