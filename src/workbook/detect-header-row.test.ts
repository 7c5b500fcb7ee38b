import { gridOf } from "../../test/helpers/grid-of";
import { detectHeaderRow, HEADER_SEARCH_ROWS } from "./detect-header-row";
import type { CellValue } from "./grid";

const HEADER: CellValue[] = ["Invoice #", "Customer", "Invoice Date", "Due Date", "Open Balance"];
const INVOICE: CellValue[] = ["INV-1", "Acme", 46000, 46030, 120];

describe("detectHeaderRow", () => {
  it.each<{ name: string; above: CellValue[][]; row: number }>([
    { name: "a header on the first row", above: [], row: 0 },
    { name: "a title, an As-of line and a blank row above", above: [["A/R Aging Detail"], ["As of:", 46219], []], row: 3 },
    { name: "two prose notes above", above: [["Aging report is a point-in-time cut: the demo ledger regenerates its dates relative to 'today'."], ["Blue = snapshot inputs · Black = live formulas"]], row: 2 },
    { name: "a company name and a period", above: [["Acme Trading Ltd"], ["Open Invoices"], ["January 1 - November 25, 2026"], [], []], row: 5 },
  ])("finds the header below $name", ({ above, row }) => {
    const found = detectHeaderRow(gridOf("S", [...above, HEADER, INVOICE, INVOICE]));
    expect(found.ok && found.value.row).toBe(row);
  });

  it("finds an aging summary's header (one field and bucket columns)", () => {
    const grid = gridOf("Aging", [["AR Aging Report"], ["As of:", 46219], [], [], ["Customer", "Current", "1-30", "31-60", "61-90", "90+", "Total"], ["Acme", 1, 2, 3, 4, 5, 15]]);
    const found = detectHeaderRow(grid);
    expect(found.ok && found.value.row).toBe(4);
  });

  it("prefers the row with more known columns to an earlier, weaker one", () => {
    const grid = gridOf("S", [["Customer", "Notes"], [], HEADER, INVOICE]);
    const found = detectHeaderRow(grid);
    expect(found.ok && found.value.row).toBe(2);
  });

  it.each<{ name: string; rows: CellValue[][] }>([
    { name: "an empty sheet", rows: [] },
    { name: "numbers only", rows: [[1, 2, 3], [4, 5, 6]] },
    { name: "prose only", rows: [["Notes about the month"], ["Call Bob on Monday"]] },
    { name: "a single known word", rows: [["Customer"], ["Acme"]] },
    { name: "a header below the search window", rows: [...Array.from({ length: HEADER_SEARCH_ROWS }, () => ["x"]), HEADER, INVOICE] },
  ])("finds no header in $name", ({ rows }) => {
    expect(detectHeaderRow(gridOf("S", rows))).toEqual({ ok: false, error: "no-header" });
  });
});
