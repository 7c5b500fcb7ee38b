import { NO_SETTINGS, readSettings, SETTINGS_SHEET_NAME, settingsToRows } from "./collect-settings";
import type { CellValue, Grid } from "./grid";
import { type CollectSettings, EMPTY_SETTINGS } from "./sheet-settings";

function settingsGrid(rows: readonly (readonly CellValue[])[]): Grid {
  return { sheetName: SETTINGS_SHEET_NAME, top: 1, left: 1, values: rows, numberFormats: rows.map((row) => row.map(() => "General")) };
}

const HEADER = ["Setting", "Sheet", "Field", "Value"];

describe("readSettings", () => {
  it.each<{ name: string; row: CellValue[]; expected: Partial<CollectSettings> }>([
    { name: "a column mapping", row: ["mapping", "Invoices", "dueDate", "F"], expected: { mapping: { Invoices: { dueDate: "F" } } } },
    { name: "a mapping by field label", row: ["mapping", "Invoices", "Due date", "$g"], expected: { mapping: { Invoices: { dueDate: "G" } } } },
    { name: "a field left unmapped", row: ["mapping", "Invoices", "amount", "none"], expected: { mapping: { Invoices: { amount: "none" } } } },
    { name: "a sheet left out", row: ["role", "Old data", null, "ignore"], expected: { sheets: { "Old data": "ignore" } } },
    { name: "a sheet role", row: ["role", "Aging", null, "aging-summary"], expected: { sheets: { Aging: "aging-summary" } } },
    { name: "a header row as a number", row: ["headerRow", "Aging", null, 5], expected: { headerRows: { Aging: 5 } } },
    { name: "a date order for every sheet", row: ["dateOrder", "", null, "DMY"], expected: { dateOrders: { "*": "day-first" } } },
    { name: "a decimal mark", row: ["decimal mark", "Ledger", null, ","], expected: { decimalMarks: { Ledger: "," } } },
    { name: "a currency", row: ["currency", "Open Invoices", null, "ils"], expected: { currencies: { "Open Invoices": "ILS" } } },
  ])("reads $name", ({ row, expected }) => {
    const parsed = readSettings(settingsGrid([["Collect settings"], HEADER, row]));
    expect(parsed.issues).toEqual([]);
    expect(parsed.value).toEqual({ ...EMPTY_SETTINGS, ...expected });
  });

  it.each<{ name: string; row: CellValue[]; cell: string }>([
    { name: "an unknown setting", row: ["colour", "Invoices", null, "red"], cell: "'Collect Settings'!A3" },
    { name: "an unknown field", row: ["mapping", "Invoices", "shoeSize", "F"], cell: "'Collect Settings'!C3" },
    { name: "a cell address instead of a column", row: ["mapping", "Invoices", "dueDate", "F7"], cell: "'Collect Settings'!D3" },
    { name: "an unknown role", row: ["role", "Invoices", null, "sales"], cell: "'Collect Settings'!D3" },
    { name: "a header row that is not a number", row: ["headerRow", "Invoices", null, "three"], cell: "'Collect Settings'!D3" },
    { name: "an unknown date order", row: ["dateOrder", "Invoices", null, "sideways"], cell: "'Collect Settings'!D3" },
    { name: "an unknown decimal mark", row: ["decimalMark", "Invoices", null, ";"], cell: "'Collect Settings'!D3" },
    { name: "an unknown currency", row: ["currency", "Invoices", null, "Dollars"], cell: "'Collect Settings'!D3" },
  ])("reports $name with its address and keeps the rest", ({ row, cell }) => {
    const parsed = readSettings(settingsGrid([HEADER, ["currency", "*", null, "EUR"], row]));
    expect(parsed.value.currencies).toEqual({ "*": "EUR" });
    expect(parsed.issues).toHaveLength(1);
    expect(parsed.issues[0]?.address).toBe(cell);
    expect(parsed.issues[0]?.message).toContain('Sheet "Collect Settings", row 3');
  });

  it("round-trips settings through the rows a host writes", () => {
    const settings: CollectSettings = {
      mapping: { Invoices: { dueDate: "F", amount: "none" }, "Open Items": { invoiceNo: "B" } },
      sheets: { Old: "ignore", Summary: "aging-summary" },
      headerRows: { Summary: 5 },
      dateOrders: { "*": "day-first" },
      decimalMarks: { Ledger: "," },
      currencies: { Invoices: "ILS" },
    };
    expect(readSettings(settingsGrid(settingsToRows(settings)))).toEqual({ value: settings, issues: [] });
  });

  it("reads an empty settings sheet as no settings", () => {
    expect(readSettings(settingsGrid([]))).toEqual(NO_SETTINGS);
  });
});
