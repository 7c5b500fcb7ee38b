import { testInvoice, testLedger, testPayment } from "./test-ledger";
import { indexPayments, invoiceKey, paymentsOf } from "./payment-index";

describe("indexPayments", () => {
  it.each([
    { name: "a payment naming the customer's invoice", payment: { invoiceNo: "I1" }, applied: 1, unapplied: 0 },
    { name: "a payment with no invoice", payment: { invoiceNo: null }, applied: 0, unapplied: 1 },
    { name: "a payment naming another customer's invoice", payment: { invoiceNo: "I1", customer: "C2" }, applied: 0, unapplied: 1 },
    { name: "a payment naming an unknown invoice", payment: { invoiceNo: "ZZ" }, applied: 0, unapplied: 1 },
  ])("$name", ({ payment, applied, unapplied }) => {
    const invoice = testInvoice({ no: "I1" });
    const index = indexPayments(testLedger({ invoices: [invoice], payments: [testPayment(payment)] }));
    expect(paymentsOf(index, invoice)).toHaveLength(applied);
    expect([...index.unapplied.values()].flat()).toHaveLength(unapplied);
  });

  it("keys invoices by customer and number", () => {
    expect(invoiceKey("C1", "7")).not.toBe(invoiceKey("C17", ""));
  });
});
