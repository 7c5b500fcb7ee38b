// Workbooks as a bookkeeper brings them, built here as real .xlsx bytes and read through the file host:
// a QuickBooks-style grouped aging detail saved by Mac Excel in the 1904 date system, and a hand-kept register
// with text dates in day/month order.
import ExcelJS from "exceljs";
import { openWorkbookBuffer } from "../src/hosts/file";
import { readLedger } from "../src/workbook";
import { summarizeLedger } from "../src/workbook";

async function ledgerOf(workbook: ExcelJS.Workbook) {
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  const opened = await openWorkbookBuffer(bytes, "book.xlsx");
  if (!opened.ok) throw new Error(opened.error.detail);
  const host = opened.value;
  const names = await host.listSheets();
  return readLedger({ dateSystem: await host.dateSystem(), sheets: await host.readSheets(names) });
}

describe("a QuickBooks-style A/R Aging Detail saved in the 1904 date system", () => {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = true;
  const sheet = workbook.addWorksheet("AR Aging Detail");
  const date = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
  const rows: (string | number | Date | null)[][] = [
    ["Harbour Lane Supplies Ltd"],
    ["A/R Aging Detail"],
    ["As of November 30, 2026"],
    [],
    ["Type", "Date", "Num", "Name", "Due Date", "Aging", "Open Balance"],
    ["Acme Catering Ltd"],
    ["Invoice", date(2026, 9, 1), "1001", "Acme Catering Ltd", date(2026, 10, 1), 60, 1200.5],
    ["Invoice", date(2026, 10, 15), "1007", "Acme Catering Ltd", date(2026, 11, 14), 16, 300],
    ["Credit Memo", date(2026, 11, 2), "CM-3", "Acme Catering Ltd", date(2026, 11, 2), null, -100],
    ["Total for Acme Catering Ltd", null, null, null, null, null, 1400.5],
    ["Bolt Hardware"],
    ["Invoice", date(2026, 11, 20), "1010", "Bolt Hardware", date(2026, 12, 20), null, 450.25],
    ["Total for Bolt Hardware", null, null, null, null, null, 450.25],
    [],
    ["TOTAL", null, null, null, null, null, 1850.75],
  ];
  rows.forEach((values, r) => {
    values.forEach((value, c) => {
      if (value === null) return;
      const cell = sheet.getCell(r + 1, c + 1);
      cell.value = value;
      if (value instanceof Date) cell.numFmt = "mm/dd/yyyy";
      if (typeof value === "number" && c === 6) cell.numFmt = "#,##0.00";
    });
  });

  it("reads the invoices and the credit memo, not the customer, subtotal or total rows, with the right dates", async () => {
    const ledger = await ledgerOf(workbook);
    expect(ledger.dateSystem).toBe("1904");
    expect(ledger.invoices.map((i) => [i.invoiceNo, i.customerName, i.kind, i.invoiceDate, i.dueDate, i.openCents])).toEqual([
      ["1001", "Acme Catering Ltd", "invoice", "2026-09-01", "2026-10-01", 120050],
      ["1007", "Acme Catering Ltd", "invoice", "2026-10-15", "2026-11-14", 30000],
      ["CM-3", "Acme Catering Ltd", "credit-memo", "2026-11-02", "2026-11-02", -10000],
      ["1010", "Bolt Hardware", "invoice", "2026-11-20", "2026-12-20", 45025],
    ]);
    const sheetReport = ledger.sheets.find((s) => s.name === "AR Aging Detail");
    expect(sheetReport?.headerRow).toBe(5);
    expect(sheetReport?.rows).toMatchObject({ used: 4, subtotal: 3 });
    expect(ledger.issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(summarizeLedger(ledger).openBalance).toEqual([expect.objectContaining({ openCents: 185075 })]);
  });

  it("reports a grand total that does not match the invoices", async () => {
    sheet.getCell("G15").value = 1900;
    const ledger = await ledgerOf(workbook);
    sheet.getCell("G15").value = 1850.75;
    expect(ledger.issues).toEqual(expect.arrayContaining([expect.objectContaining({ address: "'AR Aging Detail'!G15", severity: "warning" })]));
  });
});

describe("a hand-kept register with text dates in day/month order", () => {
  it("decides the order from the whole column (one date has a day above 12)", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Invoices");
    sheet.addRow(["Invoice No.", "Client", "Date", "Due", "Amount"]);
    sheet.addRow(["A-1", "Zed Ltd", "03/04/2026", "03/05/2026", "£1,000.00"]);
    sheet.addRow(["A-2", "Zed Ltd", "10/04/2026", "10/05/2026", "(250.00)"]);
    sheet.addRow(["A-3", "Why plc", "25/04/2026", "25/05/2026", "99.99"]);
    const ledger = await ledgerOf(workbook);
    expect(ledger.invoices.map((i) => [i.invoiceNo, i.invoiceDate, i.dueDate, i.amountCents])).toEqual([
      ["A-1", "2026-04-03", "2026-05-03", 100000],
      ["A-2", "2026-04-10", "2026-05-10", -25000],
      ["A-3", "2026-04-25", "2026-05-25", 9999],
    ]);
  });

  it("reports an order it cannot decide instead of guessing, and takes the order from Collect Settings", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Invoices");
    sheet.addRow(["Invoice No.", "Client", "Date", "Due", "Amount"]);
    sheet.addRow(["A-1", "Zed Ltd", "03/04/2026", "03/05/2026", 10]);
    sheet.addRow(["A-2", "Zed Ltd", "10/04/2026", "10/05/2026", 20]);
    const unsure = await ledgerOf(workbook);
    expect(unsure.invoices.map((i) => [i.invoiceDate, i.dueDate])).toEqual([[null, null], [null, null]]);
    expect(unsure.issues.map((i) => [i.address, i.severity])).toEqual([["Invoices!C1", "error"], ["Invoices!D1", "error"]]);
    expect(unsure.issues[0]?.message).toContain('"dateOrder | Invoices | | day-first"');

    const settings = workbook.addWorksheet("Collect Settings");
    settings.addRow(["Setting", "Sheet", "Field", "Value"]);
    settings.addRow(["dateOrder", "Invoices", null, "day-first"]);
    const settled = await ledgerOf(workbook);
    expect(settled.invoices.map((i) => [i.invoiceDate, i.dueDate])).toEqual([["2026-04-03", "2026-05-03"], ["2026-04-10", "2026-05-10"]]);
    expect(settled.issues.filter((i) => i.severity === "error")).toEqual([]);
  });
});
