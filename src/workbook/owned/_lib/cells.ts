import { serialToIsoDate, isoDateToSerial, type DateSystem } from "../../../core/excel/serial";
import { toCellAddress } from "../../../core/excel/address";
import { parseDateText, resolveNumericDate } from "../../../core/dates/parse-date-text";
import type { IsoDate } from "../../../core/dates/iso-date";
import { parseAmountText, resolveAmountText } from "../../../core/money/parse-amount-text";
import { centsToAmount, toCents, type Cents } from "../../../core/money/cents";
import { err, ok, type Result } from "../../../core/types/result";
import type { CellAddress } from "../../../core/types/issue";
import type { CellValue, Grid } from "../../grid";

/** The value at a 0-based row and column of a grid, or null beyond its edges. @example cellAt(grid, 0, 0) //=> "Date" */
export function cellAt(grid: Grid, row: number, column: number): CellValue {
  return grid.values[row]?.[column] ?? null;
}

/** The address of a 0-based row and column of a grid. @example addressAt(policyGrid, 6, 2) //=> "'Collect Policy'!C7" */
export function addressAt(grid: Grid, row: number, column: number): CellAddress {
  return toCellAddress(grid.sheetName, grid.top + row, grid.left + column);
}

/** A cell as trimmed text, or null when empty (numbers and booleans plainly, an error as its code). @example cellText("  Acme ") //=> "Acme" */
export function cellText(value: CellValue): string | null {
  if (value === null) return null;
  if (typeof value === "object") return value.error;
  const text = String(value).trim();
  return text === "" ? null : text;
}

/** True when every cell of a row is empty. @example isBlankRow({ ...grid, values: [[null, " "]] }, 0) //=> true */
export function isBlankRow(grid: Grid, row: number): boolean {
  return (grid.values[row] ?? []).every((value) => cellText(value) === null);
}

/** How a cell shows in a message: its text in quotes, or "empty". @example showCell(null) //=> "empty" */
export function showCell(value: CellValue): string {
  const text = cellText(value);
  return text === null ? "empty" : `"${text}"`;
}

/** Why a cell is not a number. */
export type NumberCellError = "blank" | "not-a-number";

/** A number from a number cell or from text such as "15", "1,234.50", "$20". @example readNumber("1,234.50") //=> { ok: true, value: 1234.5 } */
export function readNumber(value: CellValue): Result<number, NumberCellError> {
  if (typeof value === "number") return Number.isFinite(value) ? ok(value) : err("not-a-number");
  const text = cellText(value);
  if (text === null) return err("blank");
  if (typeof value !== "string") return err("not-a-number");
  const parsed = parseAmountText(text);
  if (!parsed.ok) return err("not-a-number");
  const resolved = resolveAmountText(parsed.value, null);
  return resolved.ok ? ok(resolved.value) : err("not-a-number");
}

/** An amount in cents from a number cell or amount text. @example readCents("$20") //=> { ok: true, value: 2000 } */
export function readCents(value: CellValue): Result<Cents, NumberCellError> {
  const number = readNumber(value);
  if (!number.ok) return number;
  const cents = toCents(number.value);
  return cents.ok ? ok(cents.value) : err("not-a-number");
}

/** Cents as an amount for a cell (major units). @example amountCell(123456 as Cents) //=> 1234.56 */
export function amountCell(cents: Cents | null): number | null {
  return cents === null ? null : centsToAmount(cents);
}

const YES = new Set(["yes", "y", "true", "1", "on", "ja", "oui", "sí", "si"]);
const NO = new Set(["no", "n", "false", "0", "off", "nein", "non"]);

/** Yes/No from a boolean cell or text ("Yes", "no", "TRUE", "1"). @example readYesNo("Yes") //=> { ok: true, value: true } */
export function readYesNo(value: CellValue): Result<boolean, "blank" | "not-yes-no"> {
  if (typeof value === "boolean") return ok(value);
  const text = cellText(value);
  if (text === null) return err("blank");
  const lower = text.toLowerCase();
  if (YES.has(lower)) return ok(true);
  if (NO.has(lower)) return ok(false);
  return err("not-yes-no");
}

/** Why a cell is not a date. */
export type DateCellError = "blank" | "not-a-date" | "ambiguous-date";

/**
 * A date from a serial (in the workbook's date system; a time fraction is dropped) or from text: ISO, a
 * month name, or D/M/Y when only one day/month order makes a real date.
 *
 * @example readDate(46346, "1900")       //=> { ok: true, value: "2026-11-20" }
 * @example readDate("03/04/2026", "1900") //=> { ok: false, error: "ambiguous-date" }
 */
export function readDate(value: CellValue, dateSystem: DateSystem): Result<IsoDate, DateCellError> {
  if (typeof value === "number") {
    const date = serialToIsoDate(value, dateSystem);
    return date.ok ? ok(date.value) : err("not-a-date");
  }
  const text = cellText(value);
  if (text === null) return err("blank");
  if (typeof value !== "string") return err("not-a-date");
  const parsed = parseDateText(text);
  if (!parsed.ok) return err("not-a-date");
  if (parsed.value.kind === "exact") return ok(parsed.value.date);
  const dayFirst = resolveNumericDate(parsed.value, "day-first");
  const monthFirst = resolveNumericDate(parsed.value, "month-first");
  if (dayFirst.ok && monthFirst.ok) return err("ambiguous-date");
  if (dayFirst.ok) return ok(dayFirst.value);
  return monthFirst.ok ? ok(monthFirst.value) : err("not-a-date");
}

/** A date for a cell: its serial in the workbook's date system, or the ISO text for a date Excel cannot show. @example dateCell("2026-11-20" as IsoDate, "1904") //=> 44884 */
export function dateCell(date: IsoDate | null, dateSystem: DateSystem): number | string | null {
  if (date === null) return null;
  const serial = isoDateToSerial(date, dateSystem);
  return serial.ok ? serial.value : date;
}

/** Header text as compared: lower case, single spaces, no punctuation at the ends. @example normaliseHeader("  Promise_Amount: ") //=> "promise amount" */
export function normaliseHeader(text: string): string {
  return text.toLowerCase().replace(/[\s_]+/g, " ").replace(/^[^a-z0-9]+|[^a-z0-9%)]+$/g, "").trim();
}
