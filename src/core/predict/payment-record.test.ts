import { isoDateToDayNumber } from "../dates/iso-date";
import type { Invoice } from "../ledger/ledger";
import type { Cents } from "../money/cents";
import { day, ledgerOf, testInvoice } from "./_lib/test-ledger";
import { compareRecords, toPaymentRecords } from "./payment-record";

describe("toPaymentRecords", () => {
  const paid = testInvoice({ no: "7", customer: "ACME", invoiceDate: "2013-01-02", daysLate: 4, amount: 55.94, disputed: true });

  it("reads an invoice's dates as day numbers and keeps what the model needs", () => {
    const { records, skipped } = toPaymentRecords(ledgerOf([paid]), { channelOf: () => "Electronic" });
    expect(records).toEqual([
      {
        invoiceNo: "7", customerKey: "ACME", invoiceDay: isoDateToDayNumber(day("2013-01-02")), dueDay: isoDateToDayNumber(day("2013-02-01")),
        paidDay: isoDateToDayNumber(day("2013-02-05")), amountCents: 5594, openCents: 0, currency: "USD", disputed: true, channel: "electronic",
      },
    ]);
    expect(skipped).toEqual({ "credit-memo": 0, "no-amount": 0, "no-invoice-date": 0, "no-due-date": 0 });
  });

  it("leaves the channel unknown without a lookup, or when the text says neither", () => {
    expect(toPaymentRecords(ledgerOf([paid])).records[0]?.channel).toBeNull();
    expect(toPaymentRecords(ledgerOf([paid]), { channelOf: () => "Courier" }).records[0]?.channel).toBeNull();
  });

  it.each<{ name: string; change: Partial<Invoice>; reason: string }>([
    { name: "a credit memo", change: { kind: "credit-memo", amountCents: -500 as Cents }, reason: "credit-memo" },
    { name: "a zero amount", change: { amountCents: 0 as Cents }, reason: "no-amount" },
    { name: "no invoice date", change: { invoiceDate: null }, reason: "no-invoice-date" },
    { name: "no due date", change: { dueDate: null }, reason: "no-due-date" },
  ])("counts $name as skipped ($reason), never drops it silently", ({ change, reason }) => {
    const { records, skipped } = toPaymentRecords(ledgerOf([{ ...paid, ...change }, paid]));
    expect(records).toHaveLength(1);
    expect(skipped[reason as keyof typeof skipped]).toBe(1);
  });

  it("puts records in one canonical order whatever the order of the rows", () => {
    const invoices = [
      testInvoice({ no: "3", customer: "B", invoiceDate: "2013-03-01", daysLate: 0 }),
      testInvoice({ no: "1", customer: "A", invoiceDate: "2013-02-01" }),
      testInvoice({ no: "2", customer: "A", invoiceDate: "2013-01-01", daysLate: 2 }),
      testInvoice({ no: "2", customer: "A", invoiceDate: "2013-01-01", daysLate: 1 }),
    ];
    const forward = toPaymentRecords(ledgerOf(invoices)).records;
    const backward = toPaymentRecords(ledgerOf([...invoices].reverse())).records;
    expect(backward).toEqual(forward);
    expect(forward.map((r) => `${r.customerKey}${r.invoiceNo}`)).toEqual(["A2", "A2", "A1", "B3"]);
    expect(forward.every((record, i) => i === 0 || compareRecords(forward[i - 1] as typeof record, record) <= 0)).toBe(true);
  });
});
