import { csvToGrid } from "../../test/helpers/csv-to-grid";
import { describeIfShared, sharedDataFile as file } from "../../test/helpers/shared-data";
import { xlsxToGrids } from "../../test/helpers/xlsx-to-grids";
import type { WorkbookGrids } from "./grid";
import { readLedger } from "./read-ledger";
import { summarizeLedger } from "./summarize-ledger";

/**
 * The real third-party AR files in ../shared/data (never copied into the repository). Every expected figure
 * below was computed independently from the raw file, not from Collect:
 *
 *   IBM:  python3 -c "import csv;from decimal import Decimal as D;r=list(csv.DictReader(open(F,newline='')));
 *         print(len(r), sum(D(x['InvoiceAmount']) for x in r), sum(x['invoiceNumber'].startswith('0') for x in r),
 *         len({x['customerID'] for x in r}), sum(x['Disputed']=='Yes' for x in r), sum(bool(x['SettledDate']) for x in r))"
 *         → 2466 147703.18 266 100 561 2466
 *   HighRadius: awk -F, 'NR>1{s[$11]+=$14;c[$11]++} END{for(k in s) printf "%s %.2f %d\n",k,s[k],c[k]}' F
 *         → USD 275113716.83 8953, CAD 44471009.08 747 (the same with python's csv + Decimal);
 *         awk -F, 'NR>1{print $3}' F | sort -u | wc -l → 664 customer numbers
 *   ILS:  unzip the xlsx; sum the cached <v> of H2:H27 in xl/worksheets/sheet2.xml → 26 values, 7670150
 *         (equal to the workbook's own total 'Aging Report'!G26 and its tie-out check in A28)
 */
describeIfShared("real AR files from ../shared/data", () => {
  it("IBM Watson sample: 2,466 settled invoices, M/D/YYYY text dates, leading zeros kept, nothing open", () => {
    const ledger = readLedger({ dateSystem: "1900", sheets: [csvToGrid(file("WA_Fn-UseC_-Accounts-Receivable.csv"), "WA_Fn-UseC_-Accounts-Receivable")] });
    const summary = summarizeLedger(ledger);
    expect(ledger.issues).toEqual([]);
    expect(summary.invoices).toBe(2466);
    expect(summary.openInvoices).toBe(0);
    expect(summary.openBalance).toEqual([]);
    expect(ledger.invoices.every((invoice) => invoice.openCents === 0 && invoice.paidDate !== null)).toBe(true);
    expect(ledger.invoices.reduce((sum, invoice) => sum + invoice.amountCents, 0)).toBe(14770318);
    expect(ledger.invoices.filter((invoice) => invoice.invoiceNo.startsWith("0"))).toHaveLength(266);
    expect(ledger.invoices.filter((invoice) => invoice.disputed)).toHaveLength(561);
    expect(summary.customers).toBe(100);
    expect(ledger.invoices[0]).toMatchObject({
      invoiceNo: "0000611365", customerKey: "0379-NEVHP", invoiceDate: "2013-01-02", dueDate: "2013-02-01", paidDate: "2013-01-15", amountCents: 5594, currency: null,
    });
    expect(ledger.sheets[0]).toMatchObject({ role: "invoices", headerRow: 1, rows: { used: 2466, blank: 0, title: 0, subtotal: 0, repeatedHeader: 0, withIssue: 0 } });
  });

  it("HighRadius: 9,700 open invoices in USD and CAD, grouped by customer number, predictions ignored", () => {
    const ledger = readLedger({ dateSystem: "1900", sheets: [csvToGrid(file("highradius_open_invoices_with_predictions.csv"), "highradius")] });
    const summary = summarizeLedger(ledger);
    expect(ledger.issues).toEqual([]);
    expect(summary.invoices).toBe(9700);
    expect(summary.openBalance).toEqual([
      { currency: "CAD", openCents: 4447100908, openInvoices: 747 },
      { currency: "USD", openCents: 27511371683, openInvoices: 8953 },
    ]);
    expect(summary.customers).toBe(664);
    expect(ledger.invoices[0]).toMatchObject({ invoiceNo: "1930571429", customerKey: "0200706844", dueDate: "2020-03-13", terms: "NAA8", paidDate: null });
    const mapped = ledger.sheets[0]?.columns.map((column) => column.header) ?? [];
    for (const prediction of ["Day_due", "Delay_predict", "Payment_date_predict", "Aging_bucket"]) expect(mapped).not.toContain(prediction);
    expect(ledger.invoices.every((invoice) => invoice.paidDate === null && invoice.kind === "invoice")).toBe(true);
  });

  async function ilsBook(): Promise<WorkbookGrids> {
    return xlsxToGrids(file("ar_aging_report_formulas_ils.xlsx"));
  }

  it("ILS aging workbook: 26 invoices from 'Open Invoices', the 'Aging Report' read as a summary that ties out", async () => {
    const ledger = readLedger(await ilsBook());
    const summary = summarizeLedger(ledger);
    expect(ledger.issues).toEqual([]);
    expect(summary.invoices).toBe(26);
    expect(summary.openBalance).toEqual([{ currency: "ILS", openCents: 767015000, openInvoices: 26 }]);
    expect(summary.customers).toBe(20);
    expect(ledger.sheets).toEqual([
      expect.objectContaining({ name: "Aging Report", role: "aging-summary", headerRow: 5, rows: { used: 20, blank: 1, title: 1, subtotal: 1, repeatedHeader: 0, withIssue: 0 } }),
      expect.objectContaining({ name: "Open Invoices", role: "aging-detail", headerRow: 1, rows: { used: 26, blank: 1, title: 1, subtotal: 0, repeatedHeader: 0, withIssue: 0 } }),
    ]);
    expect(ledger.invoices[0]).toMatchObject({
      invoiceNo: "INV-2025-0010", customerName: "Arava Motors Ltd", status: "Overdue", invoiceDate: "2025-08-12", dueDate: "2025-09-11", openCents: 1572500, source: "'Open Invoices'!A2",
    });
  });

  it("ILS aging workbook: a summary figure that no longer matches the detail is reported at its cell", async () => {
    const book = await ilsBook();
    const sheets = book.sheets.map((grid) => grid.sheetName !== "Aging Report" ? grid : {
      ...grid,
      values: grid.values.map((row, index) => (index === 5 ? row.map((cell, column) => (column === 6 ? 1500000 : cell)) : row)),
    });
    const ledger = readLedger({ ...book, sheets });
    expect(ledger.issues.map((issue) => [issue.code, issue.address])).toEqual([
      ["grand-total-mismatch", "'Aging Report'!G26"],
      ["summary-mismatch", "'Aging Report'!G6"],
    ]);
    expect(ledger.issues[1]?.message).toContain("Yizrael Import Ltd");
    expect(ledger.invoices).toHaveLength(26);
  });
});
