import { type DateOrder, parseDateText, resolveNumericDate } from "../core/dates/parse-date-text";
import type { IsoDate } from "../core/dates/iso-date";
import { type DateSystem, serialToIsoDate } from "../core/excel/serial";
import { cellText, isBlankCell, isCellError } from "./cell-text";
import type { Grid } from "./grid";

/** Why one date cell could not be read. */
export type DateProblem =
  | "not-a-date" // text that is no date in any form Collect knows
  | "no-such-day" // 31/04/2026, 2026-02-30
  | "number-not-date" // a number in a cell whose format is not a date format
  | "out-of-range" // a serial outside Excel's calendar, or 29 Feb 1900
  | "error-value" // #N/A, #REF!
  | "ambiguous-order" // 03/04/2026 in a column whose day/month order is unknown
  | "wrong-order"; // 13/04/2026 in a column read month first

/** One date cell: the date, null when blank, or what went wrong with the text shown. */
export type DateCell = IsoDate | null | { readonly problem: DateProblem; readonly text: string };

interface NumericCell {
  readonly numeric: { readonly first: number; readonly second: number; readonly year: number };
  readonly text: string;
}

/** A date column read once: each cell's shape, and what the column says about its day/month order. */
export interface DateColumnScan {
  readonly column: number;
  /** Per grid row index (undefined for rows not scanned). */
  readonly cells: readonly (DateCell | NumericCell | undefined)[];
  /** Rows whose text can only be day-first (25/11/2026), and only month-first (11/25/2026). */
  readonly dayFirstRows: readonly number[];
  readonly monthFirstRows: readonly number[];
  /** Rows like 03/04/2026 whose date depends on the order. */
  readonly ambiguousRows: readonly number[];
}

/** How a column's day/month order was settled. */
export type DateOrderDecision =
  | { readonly status: "not-needed" | "decided" | "overridden" | "from-sheet"; readonly order: DateOrder | null }
  | { readonly status: "ambiguous" | "conflict"; readonly order: null };

/** What reading a date column needs from the workbook: its date system and a (memoised) format test. */
export interface DateColumnContext {
  readonly dateSystem: DateSystem;
  /** Memoised `isDateFormat`. */
  readonly isDateFormat: (code: string) => boolean;
}

/**
 * Reads every cell of a date column once: serials in date-formatted cells become dates through the
 * workbook's date system; text is parsed; numeric text like 03/04/2026 is kept for the column's order.
 *
 * @param rows grid row indexes of the data rows (evidence comes from these only)
 * @example scanDateColumn(grid, [1, 2], 3, context).dayFirstRows //=> [2] when D3 holds "25/11/2026"
 */
export function scanDateColumn(grid: Grid, rows: readonly number[], column: number, context: DateColumnContext): DateColumnScan {
  const cells: (DateCell | NumericCell | undefined)[] = new Array<DateCell | NumericCell | undefined>(grid.values.length);
  const dayFirstRows: number[] = [];
  const monthFirstRows: number[] = [];
  const ambiguousRows: number[] = [];
  // Serials repeat (many invoices per day): each distinct serial and format is converted once.
  const serials = new Map<number, DateCell>();
  for (const row of rows) {
    const value = grid.values[row]?.[column];
    if (isBlankCell(value)) {
      cells[row] = null;
    } else if (typeof value === "number") {
      const format = grid.numberFormats[row]?.[column] ?? "General";
      const known = context.isDateFormat(format) ? serials.get(value) : undefined;
      const cell = known ?? readSerial(value, format, context);
      if (known === undefined && typeof cell === "string") serials.set(value, cell);
      cells[row] = cell;
    } else if (typeof value === "string") {
      const shape = parseDateText(value);
      if (!shape.ok) cells[row] = { problem: shape.error, text: value.trim() };
      else if (shape.value.kind === "exact") cells[row] = shape.value.date;
      else {
        const { first, second } = shape.value;
        cells[row] = { numeric: shape.value, text: value.trim() };
        if (first > 12) dayFirstRows.push(row);
        else if (second > 12) monthFirstRows.push(row);
        else ambiguousRows.push(row);
      }
    } else {
      cells[row] = { problem: isCellError(value) ? "error-value" : "not-a-date", text: cellText(value) };
    }
  }
  return { column, cells, dayFirstRows, monthFirstRows, ambiguousRows };
}

/**
 * Settles a column's day/month order from the whole column, never from one row: a first part over 12
 * anywhere means day first, a second part over 12 means month first, both is a conflict, and neither (with
 * cells that depend on it) is ambiguous unless the user's setting or the sheet's other date columns say.
 *
 * @param override the order the user set for the sheet, if any
 * @param sheetHint the order the sheet's other date columns agree on, if any
 * @example decideDateOrder(scan, null, null) //=> { status: "decided", order: "month-first" } for 1/25/2026
 */
export function decideDateOrder(scan: DateColumnScan, override: DateOrder | null, sheetHint: DateOrder | null): DateOrderDecision {
  if (override !== null) return { status: "overridden", order: override };
  const dayFirst = scan.dayFirstRows.length > 0;
  const monthFirst = scan.monthFirstRows.length > 0;
  if (dayFirst && monthFirst) return { status: "conflict", order: null };
  if (dayFirst) return { status: "decided", order: "day-first" };
  if (monthFirst) return { status: "decided", order: "month-first" };
  if (scan.ambiguousRows.length === 0) return { status: "not-needed", order: null };
  if (sheetHint !== null) return { status: "from-sheet", order: sheetHint };
  return { status: "ambiguous", order: null };
}

/**
 * The order that the decisive date columns of one sheet agree on, or null when none is decisive or they
 * disagree. An export writes all its dates one way, so this may settle a column of only early days.
 *
 * @example sheetDateOrderHint([invoiceDates, dueDates]) //=> "day-first" when a due date reads 25/05/2026
 */
export function sheetDateOrderHint(scans: readonly DateColumnScan[]): DateOrder | null {
  const orders = new Set<DateOrder>();
  for (const scan of scans) {
    const decision = decideDateOrder(scan, null, null);
    if (decision.status === "conflict") return null;
    if (decision.status === "decided" && decision.order !== null) orders.add(decision.order);
  }
  return orders.size === 1 ? ([...orders][0] ?? null) : null;
}

/**
 * The date of one scanned cell under the column's decision. In a conflicting column a cell is read only
 * when its own parts allow one order (25/11/2026); cells like 03/04/2026 stay unread.
 *
 * @example resolveDateCell(scan, { status: "decided", order: "day-first" }, 1) //=> "2026-04-03" for "03/04/2026"
 */
export function resolveDateCell(scan: DateColumnScan, decision: DateOrderDecision, row: number): DateCell {
  const cell = scan.cells[row];
  if (cell === undefined) return null;
  if (cell === null || typeof cell === "string" || "problem" in cell) return cell;
  const order = decision.order ?? ownOrder(cell.numeric);
  if (order === null) return { problem: "ambiguous-order", text: cell.text };
  const date = resolveNumericDate(cell.numeric, order);
  return date.ok ? date.value : { problem: "wrong-order", text: cell.text };
}

function ownOrder(numeric: NumericCell["numeric"]): DateOrder | null {
  if (numeric.first > 12) return "day-first";
  if (numeric.second > 12) return "month-first";
  return null;
}

function readSerial(value: number, format: string, context: DateColumnContext): DateCell {
  if (!context.isDateFormat(format)) return { problem: "number-not-date", text: String(value) };
  const date = serialToIsoDate(value, context.dateSystem);
  return date.ok ? date.value : { problem: "out-of-range", text: String(value) };
}
