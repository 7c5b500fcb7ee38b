import { type DayNumber, isoDateToDayNumber } from "../dates/iso-date";
import { day, ledgerOf, testInvoice } from "./_lib/test-ledger";
import { buildHistoryIndex, historyAt, RECENT_WINDOW_INVOICES } from "./history-index";
import { toPaymentRecords } from "./payment-record";

const d = (text: string): DayNumber => isoDateToDayNumber(day(text));

describe("historyAt", () => {
  // Invoiced 1 Jan / 1 Feb / 1 Mar, due 30 days later, paid 5, −3 and 10 days late: on 5 Feb, 26 Feb and 10 Apr.
  const records = toPaymentRecords(
    ledgerOf([
      testInvoice({ no: "1", customer: "A", invoiceDate: "2013-01-01", daysLate: 5, amount: 100 }),
      testInvoice({ no: "2", customer: "A", invoiceDate: "2013-02-01", daysLate: -3, amount: 300, disputed: true }),
      testInvoice({ no: "3", customer: "A", invoiceDate: "2013-03-01", daysLate: 10, amount: 200 }),
      testInvoice({ no: "4", customer: "A", invoiceDate: "2013-03-15" }),
      testInvoice({ no: "9", customer: "B", invoiceDate: "2013-01-01", daysLate: 0 }),
    ]),
  ).records;
  const index = buildHistoryIndex(records, d("2014-01-01"));

  it.each([
    { name: "before anything was paid", on: "2013-02-05", paid: 0, mean: null, late: [] as number[], amounts: [100, 300] },
    { name: "the day after the first payment", on: "2013-02-06", paid: 1, mean: 5, late: [5], amounts: [100, 300] },
    { name: "after two payments", on: "2013-03-01", paid: 2, mean: 1, late: [5, -3], amounts: [100, 300] },
    { name: "after all three", on: "2013-04-11", paid: 3, mean: 4, late: [5, -3, 10], amounts: [100, 300, 200, 100] },
  ])("knows only what was paid and issued strictly before the day: $name", ({ on, paid, mean, late, amounts }) => {
    const snapshot = historyAt(index, "A", d(on));
    expect(snapshot.paidCount).toBe(paid);
    expect(snapshot.meanDaysLate).toBe(mean);
    expect(snapshot.recentDaysLate).toEqual(late);
    expect(snapshot.recentAmountsCents).toEqual(amounts.map((a) => a * 100));
  });

  it("counts late, disputed and channel-known payments", () => {
    expect(historyAt(index, "A", d("2013-12-31"))).toMatchObject({ lateCount: 2, disputedCount: 1, electronicCount: 0, channelKnownCount: 0 });
  });

  it("gives a customer it has never seen an empty history", () => {
    expect(historyAt(index, "NEW", d("2013-12-31"))).toEqual({
      paidCount: 0, meanDaysLate: null, lateCount: 0, disputedCount: 0, electronicCount: 0, channelKnownCount: 0, recentDaysLate: [], recentAmountsCents: [],
    });
  });

  it("never knows a payment or an invoice from its knowledge day on, whatever day is asked for", () => {
    const early = buildHistoryIndex(records, d("2013-03-01"));
    const snapshot = historyAt(early, "A", d("2013-12-31"));
    expect(snapshot.paidCount).toBe(2); // 10 Apr payment unknown on 1 Mar
    expect(snapshot.recentAmountsCents).toEqual([10000, 30000]); // the 1 Mar and 15 Mar invoices unknown
  });

  it("counts an invoice paid in advance only once it has been issued", () => {
    const prepaid = toPaymentRecords(ledgerOf([testInvoice({ no: "1", customer: "P", invoiceDate: "2013-06-01", daysLate: -40 })])).records;
    const prepaidIndex = buildHistoryIndex(prepaid, d("2014-01-01"));
    expect(historyAt(prepaidIndex, "P", d("2013-05-30")).paidCount).toBe(0); // paid 22 May, issued 1 Jun
    expect(historyAt(prepaidIndex, "P", d("2013-06-02")).paidCount).toBe(1);
  });

  it(`keeps only the last ${String(RECENT_WINDOW_INVOICES)} invoices for the order statistics, but all for the mean`, () => {
    const many = Array.from({ length: 30 }, (_, k) => testInvoice({ no: String(k), customer: "M", invoiceDate: `2012-01-${String(k + 1).padStart(2, "0")}`, daysLate: k }));
    const snapshot = historyAt(buildHistoryIndex(toPaymentRecords(ledgerOf(many)).records, d("2014-01-01")), "M", d("2013-12-31"));
    expect(snapshot.paidCount).toBe(30);
    expect(snapshot.meanDaysLate).toBe(14.5);
    expect(snapshot.recentDaysLate).toEqual(Array.from({ length: 24 }, (_, k) => k + 6));
  });
});
