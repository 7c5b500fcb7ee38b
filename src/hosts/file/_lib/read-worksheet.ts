import type ExcelJS from "exceljs";
import type { DateSystem } from "../../../core/excel/serial";
import type { CellValue, Grid } from "../../../workbook/grid";
import { GENERAL_FORMAT } from "../../_lib/owned-layout";
import { cellValueOf, numberFormatOf } from "./cell-value";
import { mergesOf } from "./exceljs-internals";

/**
 * The used range of an ExcelJS worksheet as a `Grid`: the smallest block holding every cell with a value (as Excel's
 * `getUsedRange(true)`), its values and number formats, and its merged areas. Reads without creating cells, so
 * reading never changes what a later save writes.
 */
export function readWorksheetGrid(worksheet: ExcelJS.Worksheet, system: DateSystem): Grid {
  // Two passes over ExcelJS's cells, the first only measuring, so a 100k-row sheet is copied straight into its rows
  // without an object per cell on the way (that garbage cost more than the copy).
  let top = Infinity;
  let bottom = -Infinity;
  let left = Infinity;
  let right = -Infinity;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (cellValueOf(cell, system) === null) return;
      if (rowNumber < top) top = rowNumber;
      if (rowNumber > bottom) bottom = rowNumber;
      if (column < left) left = column;
      if (column > right) right = column;
    });
  });
  const merges = mergesOf(worksheet);
  if (top === Infinity) {
    return { sheetName: worksheet.name, top: 1, left: 1, values: [], numberFormats: [], merges };
  }
  const width = right - left + 1;
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  for (let rowNumber = top; rowNumber <= bottom; rowNumber += 1) {
    values.push(new Array<CellValue>(width).fill(null));
    numberFormats.push(new Array<string>(width).fill(GENERAL_FORMAT));
  }
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber < top || rowNumber > bottom) return;
    const valueRow = values[rowNumber - top] as CellValue[];
    const formatRow = numberFormats[rowNumber - top] as string[];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (column < left || column > right) return;
      valueRow[column - left] = cellValueOf(cell, system);
      formatRow[column - left] = numberFormatOf(cell);
    });
  });
  return { sheetName: worksheet.name, top, left, values, numberFormats, merges };
}
