import { err, ok, type Result } from "../types/result";
import { type IsoDate, isoDateFromParts, isValidDateParts } from "./iso-date";
import { monthFromName } from "./month-names";

/** Which part of a numeric date like 03/04/2026 is the day. */
export type DateOrder = "day-first" | "month-first";

/**
 * What a piece of text says about a date. `exact` when the text fixes the date by itself (ISO, a month
 * name); `numeric` when it is `A/B/YYYY` and only the day/month order of the column can tell which of A and
 * B is the day.
 */
export type DateTextShape =
  | { readonly kind: "exact"; readonly date: IsoDate }
  | { readonly kind: "numeric"; readonly first: number; readonly second: number; readonly year: number };

/** Why text is not a date: no known form at all, or a form naming a day that does not exist. */
export type DateTextError = "not-a-date" | "no-such-day";

/**
 * Two-digit years follow Excel's own rule: 00–29 are 2000–2029 and 30–99 are 1930–1999
 * (https://learn.microsoft.com/office/troubleshoot/excel/two-digit-year-numbers).
 */
const TWO_DIGIT_YEAR_CUTOFF = 30;

/** An optional time of day after a date, with seconds, fractions, AM/PM and a zone; the time is dropped. */
const TIME = String.raw`(?:(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2}))?)?`;

const YEAR_FIRST = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}$`);
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const YEAR_LAST = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})${TIME}$`);
const DAY_NAME_YEAR = new RegExp(String.raw`^(\d{1,2})(?:\.|st|nd|rd|th)?[\s./-]*(?:de\s+)?([a-z]{3,10})\.?(?:\s+de)?[\s./,-]*(\d{4}|\d{2})${TIME}$`);
const NAME_DAY_YEAR = new RegExp(String.raw`^([a-z]{3,10})\.?[\s-]*(\d{1,2})(?:st|nd|rd|th)?,?[\s-]+(\d{4})${TIME}$`);
const LEADING_WEEKDAY = /^[a-z]+\.?,\s*/;
const DIACRITICS = /[\u0300-\u036f]/g;
/** Compact YYYYMMDD text is only read as a date in this span, so an 8-digit number is not taken for one. */
const COMPACT_MIN_YEAR = 1900;
const COMPACT_MAX_YEAR = 2199;

/**
 * Reads a date written as text, in the forms bookkeepers and exports use: ISO (`2026-11-25`, with or
 * without a time), `YYYYMMDD`, `M/D/YYYY`, `D/M/YYYY`, `D.M.YYYY`, `D-Mon-YYYY`, `25 Nov 2026`,
 * `Nov 25, 2026`, and month names in English, German, French, Spanish and Dutch. A time of day is dropped.
 * It never decides the order of a numeric date: that is the column's job (see `resolveNumericDate`).
 *
 * @example parseDateText("2026-11-25 10:30")  //=> { ok: true, value: { kind: "exact", date: "2026-11-25" } }
 * @example parseDateText("25-Nov-2026")       //=> { ok: true, value: { kind: "exact", date: "2026-11-25" } }
 * @example parseDateText("3/4/2026")          //=> { ok: true, value: { kind: "numeric", first: 3, second: 4, year: 2026 } }
 * @example parseDateText("soon")              //=> { ok: false, error: "not-a-date" }
 */
export function parseDateText(text: string): Result<DateTextShape, DateTextError> {
  const trimmed = text.trim();
  if (trimmed.length < 6 || trimmed.length > 48) return err("not-a-date");
  const first = trimmed.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    const iso = YEAR_FIRST.exec(trimmed);
    if (iso !== null) return exactFromParts(Number(iso[1]), Number(iso[3]), Number(iso[4]), false);
    const compact = COMPACT.exec(trimmed);
    if (compact !== null) return exactFromParts(Number(compact[1]), Number(compact[2]), Number(compact[3]), true);
    const numeric = YEAR_LAST.exec(trimmed);
    if (numeric !== null) return numericShape(Number(numeric[1]), Number(numeric[3]), fullYear(numeric[4] ?? ""));
  }
  return parseNamedMonth(trimmed);
}

/**
 * The date of a numeric shape under a day/month order.
 *
 * @example resolveNumericDate({ kind: "numeric", first: 3, second: 4, year: 2026 }, "day-first") //=> { ok: true, value: "2026-04-03" }
 * @example resolveNumericDate({ kind: "numeric", first: 13, second: 4, year: 2026 }, "month-first") //=> { ok: false, error: "no-such-day" }
 */
export function resolveNumericDate(
  shape: { readonly first: number; readonly second: number; readonly year: number },
  order: DateOrder,
): Result<IsoDate, "no-such-day"> {
  const day = order === "day-first" ? shape.first : shape.second;
  const month = order === "day-first" ? shape.second : shape.first;
  return isValidDateParts(shape.year, month, day) ? ok(isoDateFromParts(shape.year, month, day)) : err("no-such-day");
}

function parseNamedMonth(trimmed: string): Result<DateTextShape, DateTextError> {
  const lower = trimmed.toLowerCase().normalize("NFD").replace(DIACRITICS, "").replace(LEADING_WEEKDAY, "");
  const dayFirst = DAY_NAME_YEAR.exec(lower);
  if (dayFirst !== null) return namedShape(Number(dayFirst[1]), dayFirst[2] ?? "", fullYear(dayFirst[3] ?? ""));
  const monthFirst = NAME_DAY_YEAR.exec(lower);
  if (monthFirst !== null) return namedShape(Number(monthFirst[2]), monthFirst[1] ?? "", Number(monthFirst[3]));
  return err("not-a-date");
}

function namedShape(day: number, monthName: string, year: number): Result<DateTextShape, DateTextError> {
  const month = monthFromName(monthName);
  if (month === null) return err("not-a-date");
  return exactFromParts(year, month, day, false);
}

function exactFromParts(year: number, month: number, day: number, compact: boolean): Result<DateTextShape, DateTextError> {
  if (compact && (year < COMPACT_MIN_YEAR || year > COMPACT_MAX_YEAR)) return err("not-a-date");
  if (!isValidDateParts(year, month, day)) return err(compact ? "not-a-date" : "no-such-day");
  return ok({ kind: "exact", date: isoDateFromParts(year, month, day) });
}

function numericShape(first: number, second: number, year: number): Result<DateTextShape, DateTextError> {
  // A shape neither order can read (13/13/2026, 0/5/2026) is not a date at all.
  const asDayFirst = isValidDateParts(year, second, first);
  const asMonthFirst = isValidDateParts(year, first, second);
  if (!asDayFirst && !asMonthFirst) return err("no-such-day");
  if (first === second) return ok({ kind: "exact", date: isoDateFromParts(year, first, second) });
  return ok({ kind: "numeric", first, second, year });
}

function fullYear(text: string): number {
  const year = Number(text);
  if (text.length !== 2) return year;
  return year < TWO_DIGIT_YEAR_CUTOFF ? 2000 + year : 1900 + year;
}
