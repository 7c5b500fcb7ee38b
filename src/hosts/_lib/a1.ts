/**
 * A1-notation helpers shared by the hosts. Rows and columns here are 1-based, as Excel numbers them.
 */

import { MAX_EXCEL_COLUMN, MAX_EXCEL_ROW, columnLetter, columnNumber as checkedColumnNumber } from "../../core/excel/address";

export { MAX_EXCEL_COLUMN, MAX_EXCEL_ROW, quoteSheetName } from "../../core/excel/address";

/** Column letters of a 1-based column number; throws for a column Excel does not have. @example columnLetters(28) //=> "AB" */
export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 1 || column > MAX_EXCEL_COLUMN) {
    throw new RangeError(`Column number out of range: ${column}`);
  }
  return columnLetter(column);
}

/** 1-based column number of column letters; throws for text that is not a column. @example columnNumber("AB") //=> 28 */
export function columnNumber(letters: string): number {
  const column = checkedColumnNumber(letters);
  if (!column.ok) throw new RangeError(`Not column letters: "${letters}"`);
  return column.value;
}

export interface CellBlock {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A1 address of a block ("B2:D9", or "B2" for one cell). @example blockAddress({top:1,left:1,bottom:2,right:3}) //=> "A1:C2" */
export function blockAddress(block: CellBlock): string {
  const start = `${columnLetters(block.left)}${block.top}`;
  if (block.top === block.bottom && block.left === block.right) return start;
  return `${start}:${columnLetters(block.right)}${block.bottom}`;
}

const CELL_PATTERN = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/**
 * Parses an A1 address ("B2", "$B$2:D9", "'My Sheet'!A1:C3") into a block; the sheet part, when present, is dropped.
 * Throws `RangeError` for text that is not an A1 address.
 *
 * @example parseBlockAddress("'Open Invoices'!B2:D9") //=> { top: 2, left: 2, bottom: 9, right: 4 }
 */
export function parseBlockAddress(address: string): CellBlock {
  const bang = address.lastIndexOf("!");
  const local = bang >= 0 ? address.slice(bang + 1) : address;
  const [first, second, ...extra] = local.split(":");
  if (first === undefined || extra.length > 0) throw new RangeError(`Not an A1 address: "${address}"`);
  const a = CELL_PATTERN.exec(first);
  const b = CELL_PATTERN.exec(second ?? first);
  if (a === null || b === null) throw new RangeError(`Not an A1 address: "${address}"`);
  const rowA = Number(a[2]);
  const rowB = Number(b[2]);
  const colA = columnNumber(a[1] ?? "");
  const colB = columnNumber(b[1] ?? "");
  if (rowA < 1 || rowB < 1 || rowA > MAX_EXCEL_ROW || rowB > MAX_EXCEL_ROW) {
    throw new RangeError(`Row out of range in "${address}"`);
  }
  return { top: Math.min(rowA, rowB), left: Math.min(colA, colB), bottom: Math.max(rowA, rowB), right: Math.max(colA, colB) };
}
