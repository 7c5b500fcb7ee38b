import type ExcelJS from "exceljs";
import type { DateSystem } from "../../../core/excel/serial";
import type { CellValue } from "../../../workbook/grid";
import { parseBlockAddress } from "../../_lib/a1";
import { DEFAULT_TABLE_STYLE } from "../../host";
import { GENERAL_FORMAT, type OwnedSheetLayout } from "../../_lib/owned-layout";
import { conditionalFormatCountOf, tableModelsOf } from "./exceljs-internals";
import type { OwnedSheetSource } from "./owned-sheet-xml";
import { readWorksheetGrid } from "./read-worksheet";

/**
 * An owned sheet rebuilt from its ExcelJS worksheet, for a sheet Collect appended rows to rather than wrote whole
 * (the log): its cells with their own number formats, its one table, column widths and frozen header. Returns null
 * for a shape this does not rebuild exactly (no table or several, a table not starting in column A, cells right of
 * the table, conditional formats); the caller then saves through ExcelJS.
 */
export function rebuildOwnedSheet(worksheet: ExcelJS.Worksheet, system: DateSystem): OwnedSheetSource | null {
  const tables = tableModelsOf(worksheet);
  const table = tables[0];
  if (table === undefined || tables.length > 1 || conditionalFormatCountOf(worksheet) > 0) return null;
  const block = parseBlockAddress(table.tableRef);
  const headers = (table.columns ?? []).map((column) => (typeof column.name === "string" ? column.name : ""));
  const width = block.right - block.left + 1;
  const grid = readWorksheetGrid(worksheet, system);
  const gridRight = grid.left + (grid.values[0]?.length ?? 0) - 1;
  if (block.left !== 1 || headers.length !== width || headers.includes("") || (grid.values.length > 0 && gridRight > block.right)) return null;
  const bottom = Math.max(block.bottom, grid.top + grid.values.length - 1);
  const valueAt = (row: number, column: number): CellValue => grid.values[row - grid.top]?.[column - grid.left] ?? null;
  const formatAt = (row: number, column: number): string => grid.numberFormats[row - grid.top]?.[column - grid.left] ?? GENERAL_FORMAT;
  const rowsOf = (from: number, to: number): CellValue[][] => {
    const rows: CellValue[][] = [];
    for (let row = from; row <= to; row += 1) rows.push(Array.from({ length: width }, (_, c) => valueAt(row, c + 1)));
    return rows;
  };
  const cellFormats: string[][] = [];
  for (let row = 1; row <= bottom; row += 1) cellFormats.push(Array.from({ length: width }, (_, c) => formatAt(row, c + 1)));
  const preamble = rowsOf(1, block.top - 1);
  const theme = table.style?.theme;
  const layout: OwnedSheetLayout = {
    name: worksheet.name,
    preamble,
    headerRow: block.top - 1,
    headers,
    rows: rowsOf(block.top + 1, bottom),
    columnFormats: headers.map(() => GENERAL_FORMAT),
    columnWidths: headers.map((_, c) => worksheet.columns?.[c]?.width ?? null),
    asTable: true,
    freezeHeader: worksheet.views[0]?.state === "frozen",
    tableStyle: typeof theme === "string" ? theme : DEFAULT_TABLE_STYLE,
    ageColumns: [],
    preambleFormats: preamble.map((row) => row.map(() => null)),
    charts: [],
  };
  return { layout, tableName: table.name, cellFormats };
}
