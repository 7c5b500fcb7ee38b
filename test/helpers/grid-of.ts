import type { CellValue, Grid, WorkbookGrids } from "../../src/workbook/grid";

/**
 * A grid for tests, from rows of cell values. `formats` gives number formats by column letter index
 * (0 = A) for every row below `formatFromRow` (0-based), e.g. `{ 3: "yyyy-mm-dd" }`.
 */
export function gridOf(
  sheetName: string,
  rows: readonly (readonly CellValue[])[],
  options: { formats?: Readonly<Record<number, string>>; top?: number; left?: number; formatFromRow?: number } = {},
): Grid {
  const width = Math.max(0, ...rows.map((row) => row.length));
  const values = rows.map((row) => Array.from({ length: width }, (_, column) => row[column] ?? null));
  const numberFormats = values.map((row, index) =>
    row.map((_, column) => (index >= (options.formatFromRow ?? 1) ? options.formats?.[column] : undefined) ?? "General"),
  );
  return { sheetName, top: options.top ?? 1, left: options.left ?? 1, values, numberFormats };
}

/** A workbook of grids in the 1900 date system (or the one given). */
export function bookOf(sheets: readonly Grid[], dateSystem: "1900" | "1904" = "1900"): WorkbookGrids {
  return { dateSystem, sheets };
}
