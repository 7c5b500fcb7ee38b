import type { CellAddress } from "../types/issue";
import { err, ok, type Result } from "../types/result";

/** Excel's last column, XFD (https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3). */
export const MAX_EXCEL_COLUMN = 16384;

/** Excel's last row. */
export const MAX_EXCEL_ROW = 1048576;

/** Letters in the A1 column alphabet. */
const COLUMN_RADIX = 26;

/** Char code of "A"; column letters are base-26 digits A=1 … Z=26 (bijective numeration, no zero). */
const CODE_A = 65;

/** Why text is not a column letter. */
export type ColumnLetterError = "not-a-column";

/** Thrown when code asks for a cell before A1: a broken invariant, never a problem in the user's data. */
export class CellPositionError extends RangeError {
  constructor(row: number, column: number) {
    super(`Cell position must be whole numbers from 1: row ${String(row)}, column ${String(column)}`);
    this.name = "CellPositionError";
  }
}

/**
 * The A1 letters of a 1-based column number. Numbers past XFD still get letters (a CSV can be wider than a
 * sheet), so every cell of any grid has an address.
 *
 * @example columnLetter(1)   //=> "A"
 * @example columnLetter(28)  //=> "AB"
 * @example columnLetter(16384) //=> "XFD"
 */
export function columnLetter(column: number): string {
  let rest = column;
  let letters = "";
  while (rest > 0) {
    const digit = (rest - 1) % COLUMN_RADIX;
    letters = String.fromCharCode(CODE_A + digit) + letters;
    rest = Math.floor((rest - 1) / COLUMN_RADIX);
  }
  return letters;
}

const COLUMN_LETTERS_PATTERN = /^\s*\$?([A-Za-z]{1,3})\s*$/;

/**
 * The 1-based column number of A1 letters, as a bookkeeper types them ("f", "AB", "$C").
 *
 * @example columnNumber("AB") //=> { ok: true, value: 28 }
 * @example columnNumber("F1") //=> { ok: false, error: "not-a-column" }
 */
export function columnNumber(letters: string): Result<number, ColumnLetterError> {
  const match = COLUMN_LETTERS_PATTERN.exec(letters);
  const text = match?.[1];
  if (text === undefined) return err("not-a-column");
  let column = 0;
  for (const char of text.toUpperCase()) column = column * COLUMN_RADIX + (char.charCodeAt(0) - CODE_A + 1);
  return column > MAX_EXCEL_COLUMN ? err("not-a-column") : ok(column);
}

const PLAIN_SHEET_NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;
const LOOKS_LIKE_CELL = /^[A-Za-z]{1,3}\d+$/;

/**
 * A sheet name as Excel writes it in a reference: quoted when it holds spaces, punctuation or non-ASCII
 * letters, or could be read as a cell ("A1"); a quote inside is doubled.
 *
 * @example quoteSheetName("Ledger")        //=> "Ledger"
 * @example quoteSheetName("Open Invoices") //=> "'Open Invoices'"
 * @example quoteSheetName("Bob's")         //=> "'Bob''s'"
 */
export function quoteSheetName(sheetName: string): string {
  if (PLAIN_SHEET_NAME.test(sheetName) && !LOOKS_LIKE_CELL.test(sheetName)) return sheetName;
  return `'${sheetName.replace(/'/g, "''")}'`;
}

/**
 * The address of one cell with its sheet, as Excel writes it.
 *
 * @param row    1-based row number
 * @param column 1-based column number
 * @example toCellAddress("Open Invoices", 7, 5) //=> "'Open Invoices'!E7"
 * @example toCellAddress("Ledger", 1, 1)        //=> "Ledger!A1"
 */
export function toCellAddress(sheetName: string, row: number, column: number): CellAddress {
  if (!Number.isInteger(row) || !Number.isInteger(column) || row < 1 || column < 1) throw new CellPositionError(row, column);
  return `${quoteSheetName(sheetName)}!${columnLetter(column)}${String(row)}` as CellAddress;
}

/**
 * The sheet name and the cell of an address, undoing `toCellAddress`'s quoting.
 *
 * @example splitCellAddress("'Open Invoices'!E7" as CellAddress) //=> { sheet: "Open Invoices", cell: "E7" }
 * @example splitCellAddress("'Bob''s'!A1" as CellAddress)        //=> { sheet: "Bob's", cell: "A1" }
 */
export function splitCellAddress(address: CellAddress): { readonly sheet: string; readonly cell: string } {
  const bang = address.lastIndexOf("!");
  const rawSheet = address.slice(0, bang);
  const sheet = rawSheet.startsWith("'") && rawSheet.endsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  return { sheet, cell: address.slice(bang + 1) };
}
