import { type Cents, toCents } from "../core/money/cents";
import { type AmountText, type DecimalMark, decimalMarkOf, parseAmountText, resolveAmountText } from "../core/money/parse-amount-text";
import { cellText, isBlankCell, isCellError } from "./cell-text";
import type { Grid } from "./grid";

/** Why one amount cell could not be read. It is never read as 0 instead. */
export type AmountProblem =
  | "not-an-amount" // text that is no amount, or a TRUE/FALSE
  | "error-value" // #N/A, #REF!
  | "ambiguous-decimal-mark" // "1,234" in a column whose decimal mark is unknown
  | "wrong-decimal-mark" // "12,5" in a column that uses "."
  | "too-large";

/** One amount cell: cents with the currency its text names, null when blank, or the problem. */
export type AmountCell =
  | { readonly cents: Cents; readonly currency: string | null }
  | null
  | { readonly problem: AmountProblem; readonly text: string };

interface TextAmount {
  readonly amount: AmountText;
  readonly text: string;
}

/** An amount column read once, with what its text cells say about the decimal mark. */
export interface AmountColumnScan {
  readonly column: number;
  /** Per grid row index: a number for numeric cells (major units), parsed text, null, or a problem. */
  readonly cells: readonly (number | TextAmount | null | { readonly problem: AmountProblem; readonly text: string } | undefined)[];
  readonly pointRows: readonly number[];
  readonly commaRows: readonly number[];
  readonly ambiguousRows: readonly number[];
}

/** How a column's decimal mark was settled (like `DateOrderDecision` for dates). */
export type DecimalMarkDecision =
  | { readonly status: "not-needed" | "decided" | "overridden" | "from-sheet"; readonly mark: DecimalMark | null }
  | { readonly status: "ambiguous" | "conflict"; readonly mark: null };

/**
 * Reads every cell of an amount column once. Numbers are taken as they are (a number format never changes a
 * value); text is parsed both ways where "1,234" could be 1234 or 1.234, for the column to decide.
 *
 * @example scanAmountColumn(grid, [1, 2], 3).pointRows //=> [2] when D3 holds "12.50"
 */
export function scanAmountColumn(grid: Grid, rows: readonly number[], column: number): AmountColumnScan {
  const cells: AmountColumnScan["cells"][number][] = new Array<AmountColumnScan["cells"][number]>(grid.values.length);
  const pointRows: number[] = [];
  const commaRows: number[] = [];
  const ambiguousRows: number[] = [];
  for (const row of rows) {
    const value = grid.values[row]?.[column];
    if (isBlankCell(value)) cells[row] = null;
    else if (typeof value === "number") cells[row] = Number.isFinite(value) ? value : { problem: "not-an-amount", text: String(value) };
    else if (typeof value === "string") {
      const parsed = parseAmountText(value);
      if (!parsed.ok) {
        cells[row] = { problem: parsed.error, text: value.trim() };
        continue;
      }
      cells[row] = { amount: parsed.value, text: value.trim() };
      const mark = decimalMarkOf(parsed.value);
      if (mark === ".") pointRows.push(row);
      else if (mark === ",") commaRows.push(row);
      else if (mark === "ambiguous") ambiguousRows.push(row);
    } else {
      cells[row] = { problem: isCellError(value) ? "error-value" : "not-an-amount", text: cellText(value) };
    }
  }
  return { column, cells, pointRows, commaRows, ambiguousRows };
}

/**
 * Settles a column's decimal mark from the whole column: "12.50" anywhere means ".", "12,50" or "1.234,56"
 * means ",", both is a conflict, and neither with cells like "1,234" is ambiguous unless the user's setting
 * or the sheet's other amount columns say.
 *
 * @example decideDecimalMark(scanOf(["1.234,56", "1.234"]), null, null) //=> { status: "decided", mark: "," }
 */
export function decideDecimalMark(scan: AmountColumnScan, override: DecimalMark | null, sheetHint: DecimalMark | null): DecimalMarkDecision {
  if (override !== null) return { status: "overridden", mark: override };
  const point = scan.pointRows.length > 0;
  const comma = scan.commaRows.length > 0;
  if (point && comma) return { status: "conflict", mark: null };
  if (point) return { status: "decided", mark: "." };
  if (comma) return { status: "decided", mark: "," };
  if (scan.ambiguousRows.length === 0) return { status: "not-needed", mark: null };
  if (sheetHint !== null) return { status: "from-sheet", mark: sheetHint };
  return { status: "ambiguous", mark: null };
}

/**
 * The decimal mark a sheet's decisive amount columns agree on, or null.
 *
 * @example sheetDecimalMarkHint([amounts, balances]) //=> "," when a balance reads "12,50"
 */
export function sheetDecimalMarkHint(scans: readonly AmountColumnScan[]): DecimalMark | null {
  const marks = new Set<DecimalMark>();
  for (const scan of scans) {
    const decision = decideDecimalMark(scan, null, null);
    if (decision.status === "conflict") return null;
    if (decision.status === "decided" && decision.mark !== null) marks.add(decision.mark);
  }
  return marks.size === 1 ? ([...marks][0] ?? null) : null;
}

/**
 * The amount of one scanned cell under the column's decision, in cents. In a conflicting column a text cell
 * is read only when its own text allows one mark.
 *
 * @example resolveAmountCell(scan, { status: "decided", mark: "," }, 1) //=> { cents: 123456, currency: "EUR" } for "1.234,56 €"
 */
export function resolveAmountCell(scan: AmountColumnScan, decision: DecimalMarkDecision, row: number): AmountCell {
  const cell = scan.cells[row];
  if (cell === undefined || cell === null) return null;
  if (typeof cell === "number") return centsOf(cell, null, String(cell));
  if ("problem" in cell) return cell;
  const value = resolveAmountText(cell.amount, decision.mark);
  if (!value.ok) return { problem: value.error, text: cell.text };
  return centsOf(value.value, cell.amount.currency, cell.text);
}

function centsOf(amount: number, currency: string | null, text: string): AmountCell {
  const cents = toCents(amount);
  return cents.ok ? { cents: cents.value, currency } : { problem: cents.error === "too-large" ? "too-large" : "not-an-amount", text };
}
