import type { Brand } from "../types/brand";
import { err, ok, type Result } from "../types/result";

/** A calendar date written `YYYY-MM-DD` (ISO 8601), years 1000–9999. */
export type IsoDate = Brand<string, "IsoDate">;

/** A calendar date as a whole number of days since 1970-01-01 (negative before). No time zone, no time. */
export type DayNumber = Brand<number, "DayNumber">;

export type IsoDateError = "not-an-iso-date" | "no-such-day";

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `year` is a Gregorian leap year. @example isLeapYear(2024) //=> true */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12) of a year. @example daysInMonth(2025, 2) //=> 28 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Day number of a civil date (proleptic Gregorian), after H. Hinnant's `days_from_civil`.
 * The caller guarantees a real date; use `toIsoDate` to check text first.
 *
 * @example dayNumberFromParts(2026, 11, 25) //=> 20782
 */
export function dayNumberFromParts(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthIndex = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthIndex + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return (era * 146097 + dayOfEra - 719468) as DayNumber;
}

/** Year, month (1–12) and day of a day number, after H. Hinnant's `civil_from_days`. */
export function partsFromDayNumber(dayNumber: DayNumber): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** True when year, month and day name a real calendar day in years 1000–9999. */
export function isValidDateParts(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/**
 * Checks `YYYY-MM-DD` text and brands it.
 *
 * @example toIsoDate("2026-02-28") //=> { ok: true, value: "2026-02-28" }
 * @example toIsoDate("2026-02-30") //=> { ok: false, error: "no-such-day" }
 */
export function toIsoDate(text: string): Result<IsoDate, IsoDateError> {
  const match = ISO_DATE_PATTERN.exec(text);
  if (match === null) return err("not-an-iso-date");
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (!isValidDateParts(year, month, day)) return err("no-such-day");
  return ok(text as IsoDate);
}

/** Day numbers of dates seen lately: a ledger has a few hundred distinct dates, compared millions of times. */
const DAY_NUMBERS = new Map<string, DayNumber>();
/** Dates remembered at most; beyond it the memo starts again (it only saves time, it never changes a result). */
const DAY_NUMBER_MEMO_SIZE = 20_000;

/** Day number of an ISO date. @example isoDateToDayNumber("1970-01-02" as IsoDate) //=> 1 */
export function isoDateToDayNumber(date: IsoDate): DayNumber {
  const known = DAY_NUMBERS.get(date);
  if (known !== undefined) return known;
  const day = dayNumberFromParts(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
  if (DAY_NUMBERS.size >= DAY_NUMBER_MEMO_SIZE) DAY_NUMBERS.clear();
  DAY_NUMBERS.set(date, day);
  return day;
}

/** The other way round: ISO dates of day numbers seen lately. */
const ISO_DATES = new Map<number, IsoDate>();

/** ISO date of a day number. @example dayNumberToIsoDate(0 as DayNumber) //=> "1970-01-01" */
export function dayNumberToIsoDate(dayNumber: DayNumber): IsoDate {
  const known = ISO_DATES.get(dayNumber);
  if (known !== undefined) return known;
  const { year, month, day } = partsFromDayNumber(dayNumber);
  const date = isoDateFromParts(year, month, day);
  if (ISO_DATES.size >= DAY_NUMBER_MEMO_SIZE) ISO_DATES.clear();
  ISO_DATES.set(dayNumber, date);
  return date;
}

/** Writes year, month and day as an ISO date without checking them (callers check first). */
export function isoDateFromParts(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` as IsoDate;
}

/** Whole days from `from` to `to` (positive when `to` is later). @example diffDays("2026-01-31" as IsoDate, "2026-03-01" as IsoDate) //=> 29 */
export function diffDays(from: IsoDate, to: IsoDate): number {
  return isoDateToDayNumber(to) - isoDateToDayNumber(from);
}

/** The date `days` days after `date` (before when negative). @example addDays("2026-12-31" as IsoDate, 1) //=> "2027-01-01" */
export function addDays(date: IsoDate, days: number): IsoDate {
  return dayNumberToIsoDate((isoDateToDayNumber(date) + days) as DayNumber);
}

/** The earlier of two dates. */
export function minIsoDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

/** The later of two dates. */
export function maxIsoDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
