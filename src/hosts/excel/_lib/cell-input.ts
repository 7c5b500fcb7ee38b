import type { CellValue } from "../../../workbook/grid";
import { InvalidOwnedSheetError } from "../../_lib/owned-layout";

/**
 * Excel's error values as `Range.values` reports them (as text). Office.js gives an error cell's value as its error
 * string, so a cell whose value is exactly one of these is read as an error; text that merely looks like one
 * ("#N/A" typed as text) is indistinguishable without loading `valueTypes`, which would add a third per-cell array.
 */
export const EXCEL_ERROR_VALUES: ReadonlySet<string> = new Set([
  "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!",
  "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#PYTHON!",
]);

/** A value from `Range.values` as a Collect cell value: "" is an empty cell, an error string is `{error}`. */
export function fromOfficeValue(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string") return EXCEL_ERROR_VALUES.has(value) ? { error: value } : value;
  if (typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/**
 * A Collect cell value as Office.js input: an empty cell is "" (null would mean "leave unchanged"), an error is its
 * error text (Excel turns it back into the error). Throws `InvalidOwnedSheetError` for a non-finite number.
 */
export function toOfficeValue(value: CellValue, where: string): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "number" && !Number.isFinite(value)) {
    throw new InvalidOwnedSheetError(`Cannot write ${value} to ${where}: Excel stores only finite numbers.`);
  }
  if (typeof value === "object") return value.error;
  return value;
}

/** Default pixel width of one character of Excel's default font (Calibri 11), and the cell padding in pixels. */
const PIXELS_PER_CHARACTER = 7;
const CELL_PADDING_PIXELS = 5;
/** Office.js sizes columns in points; Excel's screen maps 96 px to 72 pt. */
const POINTS_PER_PIXEL = 0.75;

/**
 * Column width in points (Office.js `format.columnWidth`) for a width in characters (Excel's own unit, used by
 * ExcelJS): Excel renders `n` characters as `n × 7 + 5` pixels with the default font.
 *
 * @example columnWidthPoints(10) //=> 56.25
 */
export function columnWidthPoints(characters: number): number {
  return (characters * PIXELS_PER_CHARACTER + CELL_PADDING_PIXELS) * POINTS_PER_PIXEL;
}
