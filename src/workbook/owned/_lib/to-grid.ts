import type { CellValue, Grid } from "../../grid";
import type { OwnedSheet } from "../../owned-sheet";

/**
 * The grid a host leaves behind after writing an owned sheet from A1: preamble rows, the header row, then the
 * data rows, each padded to the widest row. Lets readers be tested against exactly what the writers produce.
 *
 * @example ownedSheetToGrid({ name: "Collect Log", columns: [{ header: "Date" }], rows: [[46000]] }).values //=> [["Date"], [46000]]
 */
export function ownedSheetToGrid(sheet: OwnedSheet): Grid {
  const rows: (readonly CellValue[])[] = [...(sheet.preamble ?? []), sheet.columns.map((column) => column.header), ...sheet.rows];
  const width = Math.max(0, ...rows.map((row) => row.length));
  const values = rows.map((row) => [...row, ...new Array<CellValue>(width - row.length).fill(null)]);
  const preambleRows = sheet.preamble?.length ?? 0;
  const numberFormats = values.map((row, index) =>
    row.map((_, column) => (index > preambleRows ? (sheet.columns[column]?.numberFormat ?? "General") : "General")),
  );
  return { sheetName: sheet.name, top: 1, left: 1, values, numberFormats };
}
