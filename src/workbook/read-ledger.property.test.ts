import fc from "fast-check";
import type { CellValue, Grid, WorkbookGrids } from "./grid";
import { readLedger } from "./read-ledger";

const HEADER_WORDS = [
  "Invoice #", "Inv No.", "Num", "doc_id", "Customer", "Client", "cust_number", "Kunde", "Date", "Invoice Date", "Due", "Due Date",
  "Fällig", "Échéance", "Amount", "Open Balance", "Balance", "total_open_amount", "Open Advance (ILS)", "Currency", "Status",
  "Type", "Terms", "Disputed", "SettledDate", "Paid", "Email", "Phone", "Channel", "Notes", "Promise Date", "Payment Amount",
  "Current", "1-30", "31-60", "90+", "Total", "Days Past Due", "Payment_date_predict", "Zebra", "", "Collector", "On Hold",
];
const TEXT_VALUES = [
  "INV-1", "0000611365", "1930571429.0", "Acme", "WAL-MAR co", "Total", "TOTAL", "Total for Acme", "Grand Total", "Subtotal",
  "1/2/2013", "25/11/2026", "03/04/2026", "2026-02-30", "2020-02-27 00:00:00", "25 Nov 2026", "Nov 25, 2026", "1.234,56",
  "1,234.56", "(1,234.56)", "1,234", "12,5", "-", "€ 5", "$1", "USD", "EUR", "Dollars", "Yes", "No", "maybe", "Paid", "Credit Memo",
  "Payment", "Net 30", "NAA8", "Page 1 of 2", "A long footnote that goes on and on about nothing in particular for a while.", "   ", "",
];
const FORMATS = ["General", "yyyy-mm-dd", "m/d/yyyy", "#,##0.00", "#,##0;(#,##0);\"-\"", "[h]:mm", "@", "0"];
const SHEET_NAMES = ["Invoices", "Open Invoices", "Payments", "Customers", "Calls", "Aging Report", "Sheet1", "Collect Settings", "Collect Log", "Collect Worklist"];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: fc.constantFrom(...TEXT_VALUES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.integer({ min: -100000, max: 3000000 }) },
  { weight: 2, arbitrary: fc.double({ min: -1e7, max: 1e7, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Infinity, 1e300, 60, 0) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom({ error: "#N/A" }, { error: "#REF!" }) },
);

/** Values that fit a column's header, so that many random rows are real invoices, payments or contacts. */
const TYPED: ReadonlyArray<readonly [RegExp, fc.Arbitrary<CellValue>]> = [
  [/inv|num|doc/i, fc.oneof(fc.integer({ min: 1, max: 99999 }).map((n) => `INV-${String(n)}`), fc.constantFrom("0000611365", "1930571429.0", 1930571429))],
  [/customer|client|kunde|cust/i, fc.constantFrom("Acme", "WAL-MAR co", "WAL-MAR us", "0200706844", "Bolt GmbH", "Total SA")],
  [/date|due|fällig|échéance|settled/i, fc.oneof(fc.integer({ min: 40000, max: 48000 }), fc.constantFrom("1/2/2013", "25/11/2026", "03/04/2026", "2020-02-27", "25 Nov 2026"))],
  [/amount|balance|advance|paid|total|current|1-30|31-60|90\+/i, fc.oneof(fc.double({ min: -5000, max: 50000, noNaN: true }), fc.constantFrom("1,234.56", "(12.00)", "1.234,56", "-", "99.90"))],
  [/currency/i, fc.constantFrom("USD", "CAD", "EUR", "usd", "Dollars")],
  [/status|type/i, fc.constantFrom("Open", "Paid", "Overdue", "Credit Memo", "Payment", "Invoice")],
  [/disputed|hold/i, fc.constantFrom("Yes", "No", true, false, "maybe")],
  [/terms/i, fc.constantFrom("Net 30", "NAA8", "Due on receipt")],
];

function columnValue(header: string): fc.Arbitrary<CellValue> {
  const typed = TYPED.find(([pattern]) => pattern.test(header))?.[1];
  return typed === undefined ? cell : fc.oneof({ weight: 5, arbitrary: typed }, { weight: 1, arbitrary: cell });
}

function gridArbitrary(maxRows: number, minRows = 0): fc.Arbitrary<Grid> {
  return fc.array(fc.constantFrom(...HEADER_WORDS), { minLength: 1, maxLength: 12 }).chain((header) => {
    const width = header.length;
    const typedRow = fc.tuple(...header.map((word) => columnValue(word))).map((row): CellValue[] => row);
    const junkRow = fc.array(cell, { maxLength: width + 2 });
    return fc.record({
      sheetName: fc.constantFrom(...SHEET_NAMES),
      top: fc.integer({ min: 1, max: 5 }),
      left: fc.integer({ min: 1, max: 4 }),
      junk: fc.array(fc.array(cell, { maxLength: width }), { maxLength: 6 }),
      rows: fc.array(fc.oneof({ weight: 4, arbitrary: typedRow }, { weight: 1, arbitrary: junkRow }), { minLength: minRows, maxLength: maxRows }),
      formats: fc.array(fc.constantFrom(...FORMATS), { minLength: width + 2, maxLength: width + 2 }),
    }).map(({ sheetName, top, left, junk, rows, formats }) => {
      const values: CellValue[][] = [...junk, header, ...rows];
      // Ragged rows on purpose: hosts should send rectangles, but the reader must not depend on it.
      return { sheetName, top, left, values, numberFormats: values.map((row) => row.map((_, column) => formats[column] ?? "General")) };
    });
  });
}

function workbookArbitrary(maxRows: number, minRows = 0): fc.Arbitrary<WorkbookGrids> {
  return fc.record({
    dateSystem: fc.constantFrom("1900" as const, "1904" as const),
    sheets: fc.uniqueArray(gridArbitrary(maxRows, minRows), { minLength: 1, maxLength: 4, selector: (grid) => grid.sheetName }),
  });
}

/** Every row below a found header is used, classified, or under an issue: exactly once. */
function assertAccounted(book: WorkbookGrids): void {
  const ledger = readLedger(book);
  for (const report of ledger.sheets) {
    const grid = book.sheets.find((sheet) => sheet.sheetName === report.name);
    if (grid === undefined) throw new Error(`report for a sheet that does not exist: ${report.name}`);
    const { used, blank, title, subtotal, repeatedHeader, withIssue } = report.rows;
    const counted = used + blank + title + subtotal + repeatedHeader + withIssue;
    const below = report.headerRow === null ? 0 : grid.top + grid.values.length - 1 - report.headerRow;
    expect(counted).toBe(below);
    if (report.role !== "unknown" && withIssue > 0) {
      const rowsWithErrors = new Set(ledger.issues.filter((issue) => issue.severity === "error" && issue.address !== null && issue.address.startsWith(report.name.includes(" ") ? `'${report.name}'!` : `${report.name}!`)).map((issue) => issue.address?.replace(/^.*![A-Z]+/, "")));
      expect(rowsWithErrors.size).toBeGreaterThanOrEqual(withIssue);
    }
  }
  for (const invoice of ledger.invoices) {
    expect(Number.isSafeInteger(invoice.amountCents)).toBe(true);
    expect(Number.isSafeInteger(invoice.openCents)).toBe(true);
  }
  for (const issue of ledger.issues) expect(issue.message.length).toBeGreaterThan(0);
}

describe("readLedger on random grids", () => {
  it("never throws and accounts for every row (many small workbooks)", () => {
    fc.assert(fc.property(workbookArbitrary(60), (book) => assertAccounted(book)), { numRuns: 300 });
  });

  it("never throws and accounts for every row (workbooks of up to 5,000 rows)", () => {
    fc.assert(fc.property(workbookArbitrary(5000, 3000), (book) => assertAccounted(book)), { numRuns: 5 });
  });
});
