import type ExcelJS from "exceljs";
import type { CellValue } from "../../../workbook/grid";
import { columnLetters } from "../../_lib/a1";
import { AGE_BANDS, GENERAL_FORMAT, InvalidOwnedSheetError, type OwnedSheetLayout } from "../../_lib/owned-layout";

/** The ExcelJS value for a Collect cell value. Strings stay strings: ExcelJS never turns a string into a formula. */
export type ExcelJsScalar = string | number | boolean | null | ExcelJS.CellErrorValue;

/**
 * Converts a cell value for ExcelJS. Throws `InvalidOwnedSheetError` for a number Excel cannot store (NaN, ±Infinity),
 * which would otherwise make a file Excel has to repair.
 */
export function toExcelJsValue(value: CellValue, where: string): ExcelJsScalar {
  if (typeof value === "number" && !Number.isFinite(value)) {
    throw new InvalidOwnedSheetError(`Cannot write ${value} to ${where}: Excel stores only finite numbers.`);
  }
  if (value !== null && typeof value === "object") return { error: value.error } as ExcelJS.CellErrorValue;
  return value;
}

/**
 * Throws `InvalidOwnedSheetError` when a cell of the layout holds a number Excel cannot store (NaN, ±Infinity), so a
 * write is refused before it changes anything.
 */
export function assertStorableNumbers(layout: OwnedSheetLayout): void {
  const check = (rows: readonly (readonly CellValue[])[], firstRow: number): void => {
    rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (typeof value === "number" && !Number.isFinite(value)) toExcelJsValue(value, `'${layout.name}'!${columnLetters(c + 1)}${firstRow + r + 1}`);
      });
    });
  };
  check(layout.preamble, 0);
  check(layout.rows, layout.headerRow + 1);
}

/** Character width Excel gives a column of the default font when the sheet says nothing (8.43). */
const DEFAULT_COLUMN_WIDTH_CHARS = 8.43;

/**
 * Writes an owned sheet into a fresh ExcelJS worksheet: preamble rows, then a header row and data as an Excel Table
 * (unique `tableName`, header row, filter buttons, banded style) or as plain cells, per-column number formats on the
 * data cells, column widths, and a frozen header.
 */
export function writeOwnedWorksheet(worksheet: ExcelJS.Worksheet, layout: OwnedSheetLayout, tableName: string): void {
  const where = (row: number, column: number): string => `'${layout.name}'!${columnLetters(column + 1)}${row + 1}`;
  layout.preamble.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null) return;
      const cell = worksheet.getCell(r + 1, c + 1);
      cell.value = toExcelJsValue(value, where(r, c));
      const format = layout.preambleFormats[r]?.[c] ?? null;
      // Strings stay strings in ExcelJS whatever the format, so only number formats are worth writing.
      if (format !== null && typeof value !== "string") cell.numFmt = format;
    });
  });
  // layout.charts are not written: ExcelJS 4.4 cannot write charts (they survive neither its writer nor a round
  // trip), so a file written by Collect has none. Sheets that carry charts say so in a note row of their own.
  const firstDataRow = layout.headerRow + 1;
  const rows = layout.rows.map((row, r) => row.map((value, c) => toExcelJsValue(value, where(firstDataRow + r, c))));
  if (layout.asTable) {
    // An Excel table always has at least one data row; an empty one stands in when there is no data.
    const tableRows = rows.length > 0 ? rows : [layout.headers.map(() => null)];
    worksheet.addTable({
      name: tableName,
      displayName: tableName,
      ref: `A${layout.headerRow + 1}`,
      headerRow: true,
      totalsRow: false,
      style: { theme: layout.tableStyle as NonNullable<ExcelJS.TableStyleProperties["theme"]>, showRowStripes: true },
      columns: layout.headers.map((name) => ({ name, filterButton: true })),
      rows: tableRows,
    });
  } else {
    const header = worksheet.getRow(layout.headerRow + 1);
    layout.headers.forEach((name, c) => {
      const cell = header.getCell(c + 1);
      cell.value = name;
      cell.font = { bold: true };
    });
    rows.forEach((row, r) => {
      const sheetRow = worksheet.getRow(firstDataRow + r + 1);
      row.forEach((value, c) => {
        if (value !== null) sheetRow.getCell(c + 1).value = value;
      });
    });
  }
  layout.columnFormats.forEach((format, c) => {
    if (format === GENERAL_FORMAT) return;
    // One style object per column, shared by its cells: ExcelJS recognises a style it has seen by identity when it
    // writes the file, instead of serialising each cell's own copy (a third of the save time of a large sheet).
    // Nothing below changes a data cell's style, so sharing is safe.
    const style: Partial<ExcelJS.Style> = { numFmt: format };
    for (let r = 0; r < layout.rows.length; r += 1) {
      // An empty cell needs no format: a styled empty cell is still written out, and a regenerated sheet is not typed in.
      if ((layout.rows[r]?.[c] ?? null) === null) continue;
      worksheet.getCell(firstDataRow + r + 1, c + 1).style = style;
    }
  });
  if (layout.rows.length > 0) {
    for (const c of layout.ageColumns) {
      const letter = columnLetters(c + 1);
      worksheet.addConditionalFormatting({
        ref: `${letter}${firstDataRow + 1}:${letter}${firstDataRow + layout.rows.length}`,
        rules: AGE_BANDS.map((band, priority) => ({
          type: "cellIs" as const,
          operator: band.max === null ? ("greaterThan" as const) : ("between" as const),
          formulae: band.max === null ? [band.min - 1] : [band.min, band.max],
          priority: priority + 1,
          style: { fill: { type: "pattern" as const, pattern: "solid" as const, bgColor: { argb: `FF${band.fill}` } } },
        })),
      });
    }
  }
  layout.columnWidths.forEach((width, c) => {
    worksheet.getColumn(c + 1).width = width ?? DEFAULT_COLUMN_WIDTH_CHARS;
  });
  if (layout.freezeHeader) {
    worksheet.views = [
      { state: "frozen", xSplit: 0, ySplit: layout.headerRow + 1, topLeftCell: `A${layout.headerRow + 2}`, activeCell: "A1" },
    ];
  }
}
