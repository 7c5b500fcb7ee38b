import { cents, day, testCustomer, testInvoice, testLedger, testPayment } from "./_lib/test-ledger";
import { checkContactDetails, checkData } from "./data-check";

const asOf = day("2026-11-25");

describe("checkData", () => {
  it.each([
    {
      name: "an open invoice without a due date",
      ledger: { invoices: [testInvoice({ no: "X1", dueDate: null, invoiceDate: null, row: 7 })] },
      code: "missing-due-date",
      address: "Invoices!A7",
      message: "Invoices!A7: invoice X1 ($1,000.00 open) has no due date and no invoice date with terms, so Collect cannot tell how late it is. Add a due date.",
    },
    {
      name: "a duplicate invoice number",
      ledger: { invoices: [testInvoice({ no: "D1", row: 4 }), testInvoice({ no: "D1", row: 9 })] },
      code: "duplicate-invoice-no",
      address: "Invoices!A9",
      message: "Invoices!A9: invoice number D1 also appears at Invoices!A4. Remove the duplicate row or correct the number, so the balance is not counted twice.",
    },
    {
      name: "status Paid but a balance open",
      ledger: { invoices: [testInvoice({ no: "P1", status: "Paid", row: 5 })] },
      code: "paid-but-open",
      address: "Invoices!A5",
      message: 'Invoices!A5: invoice P1 has status "Paid" but still shows $1,000.00 open. Collect does not chase it; correct the balance or the status.',
    },
    {
      name: "a paid date but a balance open",
      ledger: { invoices: [testInvoice({ no: "P2", paidDate: "2026-11-01", open: 200, row: 6 })] },
      code: "paid-but-open",
      address: "Invoices!A6",
      message: "Invoices!A6: invoice P2 has a paid date (2026-11-01) but still shows $200.00 open. Collect does not chase it; correct the balance or the status.",
    },
    {
      name: "an unapplied credit memo while invoices are open",
      ledger: { invoices: [testInvoice({ no: "I1", amount: 500 }), testInvoice({ no: "CM1", amount: -50, row: 8 })] },
      code: "unapplied-credit",
      address: "Invoices!A8",
      message: "Invoices!A8: credit memo CM1 (-$50.00) is not applied while Customer C1 has $500.00 open. Collect nets it against the balance; apply it in your books so letters and statements agree.",
    },
    {
      name: "an unapplied payment while invoices are open",
      ledger: { invoices: [testInvoice({ no: "I1", amount: 500 })], payments: [testPayment({ amount: 120, row: 3 })] },
      code: "unapplied-credit",
      address: "Payments!A3",
      message: "Payments!A3: payment of $120.00 on 2026-11-20 is not applied to an invoice while Customer C1 has $500.00 open. Collect nets it against the balance; apply it to the invoices it pays.",
    },
    {
      name: "open items in two currencies",
      ledger: { invoices: [testInvoice({ amount: 500, currency: "EUR" }), testInvoice({ amount: 500, currency: "USD" })], customers: [testCustomer({ key: "C1", row: 12 })] },
      code: "mixed-currencies",
      address: "Customers!A12",
      message: "Customers!A12: Customer C1 has open items in 2 currencies (EUR, USD). Collect chases each currency separately and never adds them up; check the currencies are right.",
    },
  ])("finds $name", ({ ledger, code, address, message }) => {
    const issues = checkData(testLedger(ledger), asOf);
    expect(issues).toContainEqual({ code, severity: "warning", address, message });
  });

  it.each([
    { name: "a clean ledger", ledger: { invoices: [testInvoice({ no: "A" }), testInvoice({ no: "B" })] } },
    { name: "a paid invoice without a due date", ledger: { invoices: [testInvoice({ dueDate: null, invoiceDate: null, open: 0 })] } },
    { name: "a credit memo with nothing open (the customer is in credit)", ledger: { invoices: [testInvoice({ amount: -50 })] } },
    { name: "an invoice and a credit memo sharing a number", ledger: { invoices: [testInvoice({ no: "7", amount: 100 }), testInvoice({ no: "7", amount: -100, open: 0 })] } },
    { name: "status Partially paid", ledger: { invoices: [testInvoice({ status: "Partially paid", open: 10 })] } },
  ])("finds nothing in $name", ({ ledger }) => {
    expect(checkData(testLedger(ledger), asOf)).toEqual([]);
  });
});

describe("checkContactDetails", () => {
  const ledger = testLedger({
    invoices: [testInvoice({ customer: "NOMAIL" }), testInvoice({ customer: "NOPHONE" }), testInvoice({ customer: "NOROW", row: 30 })],
    customers: [testCustomer({ key: "NOMAIL", email: " ", row: 3 }), testCustomer({ key: "NOPHONE", phone: null, row: 4 })],
  });

  it.each([
    { name: "no e-mail for an e-mail", need: { customerKey: "NOMAIL", customerName: "No Mail", channel: "e-mail" as const }, code: "missing-email", address: "Customers!A3" },
    { name: "no phone for a call", need: { customerKey: "NOPHONE", customerName: "No Phone", channel: "call" as const }, code: "missing-phone", address: "Customers!A4" },
    { name: "no customer row: the first invoice's cell", need: { customerKey: "NOROW", customerName: "No Row", channel: "e-mail" as const }, code: "missing-email", address: "Invoices!A30" },
  ])("reports $name", ({ need, code, address }) => {
    expect(checkContactDetails([need], ledger)).toEqual([expect.objectContaining({ code, address })]);
  });

  it.each([
    { name: "a letter", need: { customerKey: "NOMAIL", customerName: "No Mail", channel: "letter" as const } },
    { name: "an e-mail to a customer with an address", need: { customerKey: "NOPHONE", customerName: "No Phone", channel: "e-mail" as const } },
  ])("needs nothing for $name", ({ need }) => {
    expect(checkContactDetails([need], ledger)).toEqual([]);
  });

  it("reports each customer once", () => {
    const need = { customerKey: "NOMAIL", customerName: "No Mail", channel: "e-mail" as const };
    expect(checkContactDetails([need, need], ledger)).toHaveLength(1);
    expect(cents(1)).toBe(100);
  });
});
