import { decideDecimalMark, resolveAmountCell, scanAmountColumn, sheetDecimalMarkHint } from "./amount-column";
import type { CellValue, Grid } from "./grid";

function gridOf(columns: readonly (readonly CellValue[])[]): Grid {
  const rows = Math.max(...columns.map((column) => column.length));
  const values: CellValue[][] = [columns.map((_, index) => `Amount ${String(index)}`)];
  for (let row = 0; row < rows; row += 1) values.push(columns.map((column) => column[row] ?? null));
  return { sheetName: "Ledger", top: 1, left: 1, values, numberFormats: values.map((row) => row.map(() => "General")) };
}

function readColumn(values: readonly CellValue[], override: "." | "," | null = null) {
  const grid = gridOf([values]);
  const rows = values.map((_, index) => index + 1);
  const scan = scanAmountColumn(grid, rows, 0);
  const decision = decideDecimalMark(scan, override, null);
  return { decision, cells: rows.map((row) => resolveAmountCell(scan, decision, row)) };
}

describe("amount columns", () => {
  it.each([
    { name: "numbers", values: [55.94, -12, 0], status: "not-needed", cents: [5594, -1200, 0] },
    { name: "US text decided by decimals", values: ["1,234", "12.50"], status: "decided", cents: [123400, 1250] },
    { name: "European text decided by a comma decimal", values: ["1.234", "12,50"], status: "decided", cents: [123400, 1250] },
    { name: "European text with both separators", values: ["1.234,56", "(2.000,00)"], status: "decided", cents: [123456, -200000] },
    { name: "trailing minus", values: ["1,234.56-"], status: "decided", cents: [-123456] },
    { name: "whole numbers as text", values: ["1234", "12"], status: "not-needed", cents: [123400, 1200] },
    { name: "the accounting dash", values: ["-", "10.00"], status: "decided", cents: [0, 1000] },
  ])("reads $name", ({ values, status, cents }) => {
    const { decision, cells } = readColumn(values);
    expect(decision.status).toBe(status);
    expect(cells.map((cell) => (cell !== null && "cents" in cell ? cell.cents : cell))).toEqual(cents);
  });

  it("keeps the currency a cell names", () => {
    expect(readColumn(["€ 12,50"]).cells).toEqual([{ cents: 1250, currency: "EUR" }]);
  });

  it("uses the user's decimal mark for a column of ambiguous text", () => {
    expect(readColumn(["1.234", "5.000"], ",").cells).toEqual([{ cents: 123400, currency: null }, { cents: 500000, currency: null }]);
  });

  it.each([
    { name: "a column of thousands only", values: ["1,234", "5,000"], status: "ambiguous", problems: ["ambiguous-decimal-mark", "ambiguous-decimal-mark"] },
    { name: "a column mixing marks", values: ["1,234.50", "12,50", "1,234"], status: "conflict", problems: [null, null, "ambiguous-decimal-mark"] },
    { name: "a word", values: ["n/a"], status: "not-needed", problems: ["not-an-amount"] },
    { name: "an error value", values: [{ error: "#VALUE!" }], status: "not-needed", problems: ["error-value"] },
    { name: "a boolean", values: [true], status: "not-needed", problems: ["not-an-amount"] },
    { name: "an amount too large to count exactly", values: [1e20], status: "not-needed", problems: ["too-large"] },
  ])("never reads $name as 0", ({ values, status, problems }) => {
    const { decision, cells } = readColumn(values);
    expect(decision.status).toBe(status);
    expect(cells.map((cell) => (cell !== null && "problem" in cell ? cell.problem : null))).toEqual(problems);
  });

  it("reads a comma decimal as wrong in a column the user set to points", () => {
    expect(readColumn(["12,5"], ".").cells).toEqual([{ problem: "wrong-decimal-mark", text: "12,5" }]);
  });

  it("takes the decimal mark the sheet's decisive columns agree on", () => {
    const grid = gridOf([["1.234", "5.000"], ["12,50", "3,10"]]);
    const scans = [0, 1].map((column) => scanAmountColumn(grid, [1, 2], column));
    expect(sheetDecimalMarkHint(scans)).toBe(",");
  });
});
