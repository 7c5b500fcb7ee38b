import type { DateSystem } from "../core/excel/serial";

/** An Excel error value such as `#N/A` or `#REF!`, as a cell holds it. */
export interface CellError {
  readonly error: string;
}

/**
 * One cell's value as a host hands it over: numbers (dates are serials; only the number format says a
 * number is a date), text, booleans, null for an empty cell, or an Excel error. For formula cells this is
 * the cached result.
 */
export type CellValue = string | number | boolean | null | CellError;

/**
 * The used range of one sheet: values and number formats, same shape, row by row.
 * `top`/`left` are the 1-based row and column of `values[0][0]` (the used range need not start at A1).
 */
export interface Grid {
  readonly sheetName: string;
  readonly top: number;
  readonly left: number;
  readonly values: readonly (readonly CellValue[])[];
  /** Number format codes, same shape as `values` ("General", "yyyy-mm-dd", "#,##0.00"). */
  readonly numberFormats: readonly (readonly string[])[];
  /** Merged areas in A1 notation ("A3:F3"), when the host knows them. */
  readonly merges?: readonly string[];
}

/** Everything Collect reads from a workbook before it understands it. */
export interface WorkbookGrids {
  readonly dateSystem: DateSystem;
  readonly sheets: readonly Grid[];
}
