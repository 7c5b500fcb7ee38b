import type ExcelJS from "exceljs";
import type { DateSystem } from "../../../core/excel/serial";
import type { CellValue, Grid } from "../../../workbook/grid";
import { GENERAL_FORMAT } from "../../_lib/owned-layout";
import { cellValueOf, numberFormatOf } from "./cell-value";
import { mergesOf } from "./exceljs-internals";

interface ReadCell {
  readonly column: number;
  readonly value: CellValue;
  readonly numberFormat: string;
}

/**
 * The used range of an ExcelJS worksheet as a `Grid`: the smallest block holding every cell with a value (as Excel's
 * `getUsedRange(true)`), its values and number formats, and its merged areas. Reads without creating cells, so
 * reading never changes what a later save writes.
 */
export function readWorksheetGrid(worksheet: ExcelJS.Worksheet, system: DateSystem): Grid {
  const rows = new Map<number, ReadCell[]>();
  let top = Infinity;
  let bottom = -Infinity;
  let left = Infinity;
  let right = -Infinity;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: ReadCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const value = cellValueOf(cell, system);
      cells.push({ column, value, numberFormat: numberFormatOf(cell) });
      if (value !== null) {
        top = Math.min(top, rowNumber);
        bottom = Math.max(bottom, rowNumber);
        left = Math.min(left, column);
        right = Math.max(right, column);
      }
    });
    rows.set(rowNumber, cells);
  });
  const merges = mergesOf(worksheet);
  if (top === Infinity) {
    return { sheetName: worksheet.name, top: 1, left: 1, values: [], numberFormats: [], merges };
  }
  const width = right - left + 1;
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  for (let rowNumber = top; rowNumber <= bottom; rowNumber += 1) {
    const valueRow: CellValue[] = new Array<CellValue>(width).fill(null);
    const formatRow: string[] = new Array<string>(width).fill(GENERAL_FORMAT);
    for (const cell of rows.get(rowNumber) ?? []) {
      if (cell.column < left || cell.column > right) continue;
      valueRow[cell.column - left] = cell.value;
      formatRow[cell.column - left] = cell.numberFormat;
    }
    values.push(valueRow);
    numberFormats.push(formatRow);
  }
  return { sheetName: worksheet.name, top, left, values, numberFormats, merges };
}
