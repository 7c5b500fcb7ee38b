import { ledgerOf, testInvoice } from "./_lib/test-ledger";
import { toPaymentRecords } from "./payment-record";
import { computePriors } from "./priors";

describe("computePriors", () => {
  it("summarises everyone's paid invoices", () => {
    const records = toPaymentRecords(
      ledgerOf([
        testInvoice({ no: "1", customer: "A", invoiceDate: "2013-01-01", daysLate: -4 }),
        testInvoice({ no: "2", customer: "A", invoiceDate: "2013-01-02", daysLate: 0, disputed: true }),
        testInvoice({ no: "3", customer: "B", invoiceDate: "2013-01-03", daysLate: 10 }),
        testInvoice({ no: "4", customer: "B", invoiceDate: "2013-01-04", daysLate: 6 }),
      ]),
      { channelOf: (invoice) => (invoice.invoiceNo === "1" ? "Paper" : invoice.invoiceNo === "2" ? "E-mail" : null) },
    ).records;
    // Days late −4, 0, 10, 6: mean 3, deviations −7, −3, 7, 3.
    const spreadDaysLate = Math.sqrt((49 + 9 + 49 + 9) / 3);
    expect(computePriors(records)).toEqual({
      paidCount: 4, meanDaysLate: 3, medianDaysLate: 3, spreadDaysLate, shareLate: 0.5, disputedShare: 0.25, channelKnownCount: 2, electronicShare: 0.5,
    });
  });

  it("has no spread with one invoice and no electronic share with no channel known", () => {
    const records = toPaymentRecords(ledgerOf([testInvoice({ no: "1", customer: "A", invoiceDate: "2013-01-01", daysLate: 3 })])).records;
    expect(computePriors(records)).toMatchObject({ paidCount: 1, meanDaysLate: 3, spreadDaysLate: 0, shareLate: 1, channelKnownCount: 0, electronicShare: 0 });
  });
});
