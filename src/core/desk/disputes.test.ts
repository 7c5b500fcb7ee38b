import { day, testContact, testInvoice, testLedger } from "./_lib/test-ledger";
import { disputeOf, findOpenDisputes } from "./disputes";

const asOf = day("2026-11-25");

describe("findOpenDisputes", () => {
  it.each([
    { name: "the invoice's disputed column", invoices: [{ no: "A", disputed: true }], contacts: [], open: ["A invoice"] },
    { name: "a log entry that opened one", invoices: [{ no: "A" }], contacts: [{ invoiceNo: "A", disputeOpened: true }], open: ["A log"] },
    { name: "a later log entry that resolved it", invoices: [{ no: "A" }], contacts: [{ invoiceNo: "A", disputeOpened: true, date: "2026-11-01" }, { invoiceNo: "A", disputeResolved: true, date: "2026-11-10" }], open: [] },
    { name: "a resolution logged after the as-of date", invoices: [{ no: "A" }], contacts: [{ invoiceNo: "A", disputeOpened: true, date: "2026-11-01" }, { invoiceNo: "A", disputeResolved: true, date: "2026-11-30" }], open: ["A log"] },
    { name: "a dispute of the whole balance", invoices: [{ no: "A" }], contacts: [{ invoiceNo: null, disputeOpened: true }], open: ["- log"] },
    { name: "the sheet's flag stays until cleared in the sheet", invoices: [{ no: "A", disputed: true }], contacts: [{ invoiceNo: "A", disputeResolved: true }], open: ["A invoice"] },
  ])("$name", ({ invoices, contacts, open }) => {
    const ledger = testLedger({ invoices: invoices.map((i) => testInvoice(i)), contacts: contacts.map((c) => testContact(c)) });
    expect(findOpenDisputes(ledger, asOf).map((d) => `${d.invoiceNo ?? "-"} ${d.origin}`)).toEqual(open);
  });
});

describe("disputeOf", () => {
  const a = testInvoice({ no: "A", invoiceDate: "2026-10-01" });
  const later = testInvoice({ no: "B", invoiceDate: "2026-11-20" });

  it("holds only the disputed invoice", () => {
    const disputes = findOpenDisputes(testLedger({ invoices: [testInvoice({ no: "A", disputed: true }), later] }), asOf);
    expect(disputeOf(disputes, a)?.invoiceNo).toBe("A");
    expect(disputeOf(disputes, later)).toBeNull();
  });

  it("a balance dispute covers invoices issued up to the day it was opened", () => {
    const disputes = findOpenDisputes(testLedger({ invoices: [a, later], contacts: [testContact({ date: "2026-11-10", disputeOpened: true })] }), asOf);
    expect(disputeOf(disputes, a)?.origin).toBe("log");
    expect(disputeOf(disputes, later)).toBeNull();
  });
});
