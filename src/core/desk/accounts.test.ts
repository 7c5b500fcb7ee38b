import { cents, day, testCustomer, testInvoice, testLedger, testPayment } from "./_lib/test-ledger";
import { groupAccounts, isMarkedPaid } from "./accounts";

const asOf = day("2026-11-25");

describe("groupAccounts", () => {
  it("nets invoices, credit memos and unapplied payments per customer and currency", () => {
    const ledger = testLedger({
      invoices: [
        testInvoice({ no: "A1", customer: "A", amount: 1000, dueDate: "2026-10-01" }),
        testInvoice({ no: "A2", customer: "A", amount: 500, dueDate: "2026-12-01" }),
        testInvoice({ no: "CM1", customer: "A", amount: -200 }),
        testInvoice({ no: "B1", customer: "B", amount: 300, currency: "EUR" }),
        testInvoice({ no: "B2", customer: "B", amount: 700, currency: "GBP" }),
        testInvoice({ no: "Z1", customer: "Z", amount: 100, open: 0, paidDate: "2026-10-10" }),
      ],
      payments: [testPayment({ customer: "A", amount: 50 }), testPayment({ customer: "A", amount: 25, date: "2026-12-01" })],
    });
    const accounts = groupAccounts(ledger, asOf);
    expect(accounts.map((a) => [a.customerKey, a.currency, a.openCents, a.creditCents, a.netCents, a.overdueCents, a.mixedCurrencies])).toEqual([
      ["A", "USD", cents(1500), cents(-250), cents(1250), cents(1000), false],
      ["B", "EUR", cents(300), 0, cents(300), cents(300), true],
      ["B", "GBP", cents(700), 0, cents(700), cents(700), true],
    ]);
    expect(accounts[0]?.openItems.map((item) => [item.invoice.invoiceNo, item.daysPastDue])).toEqual([["A1", 55], ["A2", -6]]);
  });

  it("puts documents and payments without a currency in the customer's only currency", () => {
    const ledger = testLedger({
      invoices: [testInvoice({ customer: "A", amount: 100, currency: "EUR" }), testInvoice({ customer: "A", amount: 50, currency: null })],
      payments: [testPayment({ customer: "A", amount: 10, currency: null })],
    });
    expect(groupAccounts(ledger, asOf).map((a) => [a.currency, a.netCents])).toEqual([["EUR", cents(140)]]);
  });

  it("a customer with only an unapplied payment has an account in credit", () => {
    const ledger = testLedger({ customers: [testCustomer({ key: "P" })], payments: [testPayment({ customer: "P", amount: 80 })] });
    expect(groupAccounts(ledger, asOf).map((a) => [a.customerKey, a.netCents])).toEqual([["P", cents(-80)]]);
  });

  it("treats a payment naming an unknown invoice as unapplied", () => {
    const ledger = testLedger({ invoices: [testInvoice({ no: "X1", amount: 100 })], payments: [testPayment({ invoiceNo: "NOPE", amount: 30 })] });
    expect(groupAccounts(ledger, asOf)[0]?.unappliedPayments.length).toBe(1);
  });
});

describe("isMarkedPaid", () => {
  it.each([
    { name: "status Paid", fields: { status: "Paid" }, paid: true },
    { name: "status 'Fully paid'", fields: { status: "Fully paid" }, paid: true },
    { name: "status Unpaid", fields: { status: "Unpaid" }, paid: false },
    { name: "status Partially paid", fields: { status: "Partially paid" }, paid: false },
    { name: "status Part-paid", fields: { status: "Part-paid" }, paid: false },
    { name: "status Not paid", fields: { status: "Not paid" }, paid: false },
    { name: "status Overdue", fields: { status: "Overdue" }, paid: false },
    { name: "a paid date before the as-of date", fields: { paidDate: "2026-11-01" }, paid: true },
    { name: "a paid date after the as-of date", fields: { paidDate: "2026-12-01" }, paid: false },
  ])("$name → $paid", ({ fields, paid }) => {
    expect(isMarkedPaid(testInvoice(fields), asOf)).toBe(paid);
  });
});
