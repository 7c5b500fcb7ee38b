import ExcelJS from "exceljs";
import { EXCEL_1900_UNIX_EPOCH_SERIAL, EXCEL_1904_OFFSET_DAYS } from "../../../core/excel/constants";
import type { DateSystem } from "../../../core/excel/serial";
import type { CellValue } from "../../../workbook/grid";
import { GENERAL_FORMAT } from "../../_lib/owned-layout";

/** Milliseconds in a day: ExcelJS turns serials into UTC `Date`s at this rate. */
const MS_PER_DAY = 86_400_000;

/**
 * The serial of a `Date` ExcelJS made from a date-formatted number. ExcelJS builds it in UTC as
 * `(serial - 25569 [+ 1462 in 1904 workbooks]) days` after the Unix epoch and rounds to the millisecond, so this
 * inverse gives back the stored serial exactly for whole days (and to the millisecond for times).
 *
 * @example serialOfExcelJsDate(new Date(Date.UTC(2026, 6, 16)), "1900") //=> 46219
 */
export function serialOfExcelJsDate(date: Date, system: DateSystem): number {
  const days = date.getTime() / MS_PER_DAY + EXCEL_1900_UNIX_EPOCH_SERIAL;
  return system === "1904" ? days - EXCEL_1904_OFFSET_DAYS : days;
}

/** Plain text of a string, rich text (`{richText:[{text}]}`) or anything ExcelJS puts where text belongs. */
export function plainText(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "object" && value !== null && "richText" in value) {
    const runs = (value as { richText: unknown }).richText;
    if (Array.isArray(runs)) {
      return runs.map((run: unknown) => plainText((run as { text?: unknown } | null)?.text ?? "")).join("");
    }
  }
  return "";
}

function fromScalar(value: unknown, system: DateSystem): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return serialOfExcelJsDate(value, system);
  if (typeof value === "object" && "error" in value) return { error: String((value as { error: unknown }).error) };
  if (typeof value === "object" && "richText" in value) return plainText(value);
  return null;
}

/**
 * The value of one ExcelJS cell as Collect's hosts hand it over: formulas give their cached result (read from the
 * cell model: `cell.value` drops a cached 0, false or ""), rich text and hyperlinks give their text, errors give
 * `{error}`, date-formatted numbers give their serial, and the non-master cells of a merged area are empty.
 */
export function cellValueOf(cell: ExcelJS.Cell, system: DateSystem): CellValue {
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      return null;
    case ExcelJS.ValueType.Formula:
      return fromScalar((cell.model as { result?: unknown }).result, system);
    case ExcelJS.ValueType.Hyperlink: {
      const text = (cell.model as { text?: unknown }).text;
      return text === undefined || text === null ? null : plainText(text);
    }
    case ExcelJS.ValueType.RichText:
      return plainText(cell.value);
    default:
      return fromScalar(cell.value, system);
  }
}

/** The number format of a cell, "General" when it has none. */
export function numberFormatOf(cell: ExcelJS.Cell): string {
  const format = cell.numFmt;
  return typeof format === "string" && format !== "" ? format : GENERAL_FORMAT;
}
