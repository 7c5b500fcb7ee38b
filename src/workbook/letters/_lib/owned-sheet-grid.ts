import type { CellValue, Grid } from "../../grid";
import type { OwnedSheet } from "../../owned-sheet";

/**
 * The grid a host reads back after writing an owned sheet at A1: preamble rows, the header row, then the data rows
 * (the layout of hosts/_lib/owned-layout.ts). Lets the letters readers be tested on exactly what Collect writes.
 *
 * @example ownedSheetGrid(defaultLettersSheet()).values[0]?.[0] //=> "Collect Letters: your company details …"
 */
export function ownedSheetGrid(sheet: OwnedSheet): Grid {
  const rows: (readonly CellValue[])[] = [...(sheet.preamble ?? []), sheet.columns.map((column) => column.header), ...sheet.rows];
  const width = Math.max(...rows.map((row) => row.length));
  const values = rows.map((row) => Array.from({ length: width }, (_, index) => row[index] ?? null));
  return { sheetName: sheet.name, top: 1, left: 1, values, numberFormats: values.map((row) => row.map(() => "General")) };
}
