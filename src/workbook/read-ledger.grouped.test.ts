import { bookOf, gridOf } from "../../test/helpers/grid-of";
import { serialOf } from "../../test/helpers/serial";
import type { CellValue } from "./grid";
import { readLedger } from "./read-ledger";
import { summarizeLedger } from "./summarize-ledger";

const d = (iso: string): number => serialOf(iso);
const DATE = "m/d/yyyy";

/** QuickBooks Desktop "Open Invoices": customer headings, Total rows per customer, a grand TOTAL. */
function quickBooksOpenInvoices(grandTotal: number): CellValue[][] {
  return [
    ["Acme Trading Ltd"],
    ["Open Invoices"],
    ["As of November 25, 2026"],
    [],
    [null, "Type", "Date", "Num", "Terms", "Due Date", "Aging", "Open Balance"],
    ["Alpha Corp"],
    [null, "Invoice", d("2026-09-01"), "1001", "Net 30", d("2026-10-01"), 55, 1200],
    [null, "Invoice", d("2026-10-20"), "1002", "Net 30", d("2026-11-19"), 6, 800],
    [null, "Credit Memo", d("2026-11-02"), "CM-7", null, null, null, -150],
    ["Total Alpha Corp", null, null, null, null, null, null, 1850],
    ["Beta LLC"],
    [null, "Invoice", d("2026-11-01"), "1003", "Net 30", d("2026-12-01"), null, 500],
    [null, "Payment", d("2026-11-10"), "PMT-3", null, null, null, -100],
    ["Total Beta LLC", null, null, null, null, null, null, 400],
    [],
    ["TOTAL", null, null, null, null, null, null, grandTotal],
  ];
}

const qbFormats = { formats: { 2: DATE, 5: DATE, 7: "#,##0.00;(#,##0.00)" }, formatFromRow: 5 };

describe("readLedger on grouped exports", () => {
  it("reads a QuickBooks Open Invoices report: customer headings, subtotals and the grand total", () => {
    const ledger = readLedger(bookOf([gridOf("Open Invoices", quickBooksOpenInvoices(2250), qbFormats)]));
    expect(ledger.issues).toEqual([]);
    expect(ledger.invoices.map((i) => [i.invoiceNo, i.customerName, i.kind, i.amountCents, i.openCents, i.dueDate])).toEqual([
      ["1001", "Alpha Corp", "invoice", 120000, 120000, "2026-10-01"],
      ["1002", "Alpha Corp", "invoice", 80000, 80000, "2026-11-19"],
      ["CM-7", "Alpha Corp", "credit-memo", -15000, -15000, null],
      ["1003", "Beta LLC", "invoice", 50000, 50000, "2026-12-01"],
    ]);
    expect(ledger.payments).toEqual([
      { customerKey: "beta llc", invoiceNo: null, date: "2026-11-10", amountCents: 10000, currency: null, source: "'Open Invoices'!A13" },
    ]);
    expect(ledger.sheets[0]).toMatchObject({ role: "aging-detail", headerRow: 5, rows: { used: 5, blank: 1, title: 2, subtotal: 3, repeatedHeader: 0, withIssue: 0 } });
    expect(ledger.customers.map((c) => c.name)).toEqual(["Alpha Corp", "Beta LLC"]);
  });

  it("reports a grand total that does not match the rows read, at the total's cell", () => {
    const ledger = readLedger(bookOf([gridOf("Open Invoices", quickBooksOpenInvoices(2300), qbFormats)]));
    expect(ledger.issues).toHaveLength(1);
    expect(ledger.issues[0]).toMatchObject({ code: "grand-total-mismatch", severity: "warning", address: "'Open Invoices'!H16" });
    expect(ledger.issues[0]?.message).toContain("2,300.00");
    expect(ledger.issues[0]?.message).toContain("2,250.00");
    expect(ledger.issues[0]?.message).toContain('Sheet "Open Invoices", cell H16');
  });

  it("points at unread rows when a subtotal does not match because a row could not be read", () => {
    const rows = quickBooksOpenInvoices(2250);
    rows[7] = [null, "Invoice", d("2026-10-20"), "1002", "Net 30", d("2026-11-19"), 6, "eight hundred"];
    const ledger = readLedger(bookOf([gridOf("Open Invoices", rows, qbFormats)]));
    expect(ledger.issues.map((i) => [i.code, i.address])).toEqual([
      ["unreadable-amount", "'Open Invoices'!H8"],
      ["subtotal-mismatch", "'Open Invoices'!H10"],
      ["grand-total-mismatch", "'Open Invoices'!H16"],
    ]);
    expect(ledger.issues[1]?.message).toContain("1 row in this part of the sheet could not be read");
    expect(ledger.sheets[0]?.rows).toMatchObject({ used: 4, withIssue: 1 });
    expect(ledger.invoices.map((i) => i.invoiceNo)).not.toContain("1002");
  });

  it("reads a QuickBooks Online A/R Aging Detail grouped by bucket, with a Customer column", () => {
    const rows: CellValue[][] = [
      ["A/R Aging Detail"], ["As of November 25, 2026"], [],
      ["Date", "Transaction Type", "Num", "Customer", "Due Date", "Amount", "Open Balance"],
      ["Current"],
      [d("2026-11-10"), "Invoice", "2001", "Gamma GmbH", d("2026-12-10"), 300, 300],
      ["Total for Current", null, null, null, null, 300, 300],
      ["1 - 30 days past due"],
      [d("2026-10-10"), "Invoice", "1990", "Delta SA", d("2026-11-09"), 700, 450],
      [d("2026-10-12"), "Invoice", "1991", "Gamma GmbH", d("2026-11-11"), 100, 100],
      ["Total for 1 - 30 days past due", null, null, null, null, 800, 550],
      [],
      ["TOTAL", null, null, null, null, 1100, 850],
    ];
    const ledger = readLedger(bookOf([gridOf("AR Aging", rows, { formats: { 0: DATE, 4: DATE }, formatFromRow: 4 })]));
    expect(ledger.issues).toEqual([]);
    expect(ledger.invoices.map((i) => [i.invoiceNo, i.customerName, i.amountCents, i.openCents])).toEqual([
      ["2001", "Gamma GmbH", 30000, 30000], ["1990", "Delta SA", 70000, 45000], ["1991", "Gamma GmbH", 10000, 10000],
    ]);
    expect(ledger.sheets[0]?.rows).toEqual({ used: 3, blank: 1, title: 2, subtotal: 3, repeatedHeader: 0, withIssue: 0 });
  });

  it("reads a Xero Aged Receivables Detail: contact headings, bucket columns, Total as the open balance", () => {
    const rows: CellValue[][] = [
      ["Aged Receivables Detail"], ["Demo Company (NZ)"], ["As at 25 November 2026"], [],
      ["Invoice Date", "Invoice Number", "Reference", "Due Date", "Current", "< 1 Month", "1 Month", "2 Months", "3 Months", "Older", "Total"],
      ["Bayside Club"],
      ["20 Oct 2026", "INV-0011", "P/O 9711", "19 Nov 2026", null, "234.00", null, null, null, null, "234.00"],
      ["2 Nov 2026", "INV-0012", "", "2 Dec 2026", "1,045.50", null, null, null, null, null, "1,045.50"],
      ["Total Bayside Club", null, null, null, "1,045.50", "234.00", null, null, null, null, "1,279.50"],
      [],
      ["Total", null, null, null, "1,045.50", "234.00", null, null, null, null, "1,279.50"],
    ];
    const ledger = readLedger(bookOf([gridOf("Aged Receivables", rows)]));
    expect(ledger.issues).toEqual([]);
    expect(ledger.sheets[0]?.role).toBe("aging-detail");
    expect(ledger.invoices.map((i) => [i.invoiceNo, i.customerName, i.openCents, i.dueDate])).toEqual([
      ["INV-0011", "Bayside Club", 23400, "2026-11-19"], ["INV-0012", "Bayside Club", 104550, "2026-12-02"],
    ]);
  });

  it("counts the header repeated after a page break, and a page footer, without reading them as invoices", () => {
    const header: CellValue[] = ["Invoice No.", "Customer", "Due Date", "Amount Due"];
    const rows: CellValue[][] = [
      header,
      ["A-1", "Acme", "2026-11-01", "100.00"],
      ["A-2", "Acme", "2026-11-02", "200.00"],
      ["Page 1 of 2"],
      header,
      ["A-3", "Bolt", "2026-11-03", "300.00"],
    ];
    const ledger = readLedger(bookOf([gridOf("Register", rows)]));
    expect(ledger.invoices.map((i) => i.invoiceNo)).toEqual(["A-1", "A-2", "A-3"]);
    expect(ledger.sheets[0]?.rows).toEqual({ used: 3, blank: 0, title: 1, subtotal: 0, repeatedHeader: 1, withIssue: 0 });
    expect(summarizeLedger(ledger).openBalance).toEqual([{ currency: null, openCents: 60000, openInvoices: 3 }]);
  });

  it("reads a customer name merged down over its invoices as that customer on every row", () => {
    const rows: CellValue[][] = [["Customer", "Invoice", "Due Date", "Amount"], ["Acme", "1", "2026-12-01", 10], [null, "2", "2026-12-01", 20], ["Bolt", "3", "2026-12-01", 5]];
    const merged = readLedger(bookOf([{ ...gridOf("Ledger", rows), merges: ["A2:A3"] }]));
    expect(merged.invoices.map((i) => [i.invoiceNo, i.customerName])).toEqual([["1", "Acme"], ["2", "Acme"], ["3", "Bolt"]]);
    expect(merged.issues).toEqual([]);
    const unmerged = readLedger(bookOf([gridOf("Ledger", rows)]));
    expect(unmerged.issues.map((i) => [i.code, i.address])).toEqual([["missing-customer", "Ledger!A3"]]);
  });
});
