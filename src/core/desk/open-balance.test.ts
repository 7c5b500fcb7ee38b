import { cents, day, testInvoice, testPayment } from "./_lib/test-ledger";
import { openCentsAsOf, paidDateOf } from "./open-balance";

const asOf = day("2026-11-25");

describe("openCentsAsOf: the balance as it stood on the as-of date", () => {
  it.each([
    { name: "an unpaid invoice", invoice: { amount: 1000 }, payments: [], open: 1000 },
    { name: "a part-paid invoice", invoice: { amount: 1000, open: 400 }, payments: [{ date: "2026-11-01", amount: 600 }], open: 400 },
    { name: "paid after the as-of date: open then", invoice: { amount: 1000, open: 0, paidDate: "2026-12-01" }, payments: [{ date: "2026-12-01", amount: 1000 }], open: 1000 },
    { name: "part-paid after the as-of date", invoice: { amount: 1000, open: 0 }, payments: [{ date: "2026-11-01", amount: 300 }, { date: "2026-12-01", amount: 700 }], open: 700 },
    { name: "marked paid after the as-of date without payment rows", invoice: { amount: 1000, open: 0, paidDate: "2026-12-01" }, payments: [], open: 1000 },
    { name: "invoiced after the as-of date: did not exist yet", invoice: { amount: 1000, invoiceDate: "2026-11-26", dueDate: "2026-12-26" }, payments: [], open: 0 },
    { name: "an unapplied credit memo", invoice: { amount: -200 }, payments: [], open: -200 },
    { name: "never more open than the amount", invoice: { amount: 100, open: 100 }, payments: [{ date: "2026-12-01", amount: 50 }], open: 100 },
  ])("$name", ({ invoice, payments, open }) => {
    const inv = testInvoice(invoice);
    const applied = payments.map((p) => testPayment({ ...p, invoiceNo: inv.invoiceNo }));
    expect(openCentsAsOf(inv, applied, asOf)).toBe(cents(open));
  });
});

describe("paidDateOf", () => {
  it.each([
    { name: "the sheet's paid date", invoice: { amount: 1000, open: 0, paidDate: "2026-10-03" }, payments: [], paid: "2026-10-03" },
    { name: "the payment that completed it", invoice: { amount: 1000, open: 0 }, payments: [{ date: "2026-10-20", amount: 600 }, { date: "2026-10-02", amount: 400 }], paid: "2026-10-20" },
    { name: "the last payment when a discount closed it", invoice: { amount: 1000, open: 0 }, payments: [{ date: "2026-10-02", amount: 980 }], paid: "2026-10-02" },
    { name: "paid after the as-of date: not yet paid", invoice: { amount: 1000, open: 0, paidDate: "2026-12-03" }, payments: [], paid: null },
    { name: "still open", invoice: { amount: 1000, open: 10 }, payments: [{ date: "2026-10-02", amount: 990 }], paid: null },
    { name: "a credit memo is never paid", invoice: { amount: -100, open: 0 }, payments: [], paid: null },
    { name: "closed with no payments and no date", invoice: { amount: 1000, open: 0 }, payments: [], paid: null },
  ])("$name → $paid", ({ invoice, payments, paid }) => {
    const inv = testInvoice(invoice);
    const applied = payments.map((p) => testPayment({ ...p, invoiceNo: inv.invoiceNo }));
    expect(paidDateOf(inv, applied, asOf)).toBe(paid);
  });
});
