import { columnLetter } from "../../../core/excel/address";
import { isDateFormat } from "../../../core/excel/is-date-format";
import { serialToIsoDate, type DateSystem } from "../../../core/excel/serial";
import type { CellValue, Grid } from "../../../workbook/grid";

/** A column of a user's sheet as the header row names it. */
export interface SheetColumn {
  readonly letter: string;
  readonly header: string;
}

/**
 * The columns of a sheet's header row that have a title, left to right.
 *
 * @example sheetColumns(gridOf("Invoices", [["Invoice", "Due"]]), 1) //=> [{ letter: "A", header: "Invoice" }, { letter: "B", header: "Due" }]
 */
export function sheetColumns(grid: Grid, headerRow: number): readonly SheetColumn[] {
  const cells = grid.values[headerRow - grid.top] ?? [];
  const columns: SheetColumn[] = [];
  cells.forEach((cell, index) => {
    const header = cell === null || typeof cell === "object" ? "" : String(cell).trim();
    if (header !== "") columns.push({ letter: columnLetter(grid.left + index), header });
  });
  return columns;
}

function showCell(value: CellValue, format: string, dateSystem: DateSystem): string | null {
  if (value === null || value === "") return null;
  if (typeof value === "object") return value.error;
  if (typeof value === "number" && isDateFormat(format)) {
    const date = serialToIsoDate(Math.floor(value), dateSystem);
    if (date.ok) return date.value;
  }
  if (typeof value === "number") return value.toLocaleString("en-GB", { maximumFractionDigits: 2 });
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value;
}

/**
 * The first few non-empty values below the header in one column, as Excel shows them (dates as dates), so the
 * bookkeeper can see what a column holds before choosing it.
 *
 * @example sampleValues(grid, 1, "F", "1900") //=> ["2026-06-20", "2026-07-12", "2026-08-02"]
 */
export function sampleValues(grid: Grid, headerRow: number, letter: string, dateSystem: DateSystem, count = 3): readonly string[] {
  const samples: string[] = [];
  const width = grid.values[0]?.length ?? 0;
  let column = -1;
  for (let index = 0; index < width; index += 1) if (columnLetter(grid.left + index) === letter) column = index;
  if (column < 0) return samples;
  for (let row = headerRow - grid.top + 1; row < grid.values.length && samples.length < count; row += 1) {
    const shown = showCell(grid.values[row]?.[column] ?? null, grid.numberFormats[row]?.[column] ?? "General", dateSystem);
    if (shown !== null) samples.push(shown);
  }
  return samples;
}
