/**
 * Calendar helpers for the sample generator: business days, month windows and the short date and money
 * texts a bookkeeper writes in notes. Works on ISO dates and day numbers only (no JS `Date`).
 */
import {
  addDays, daysInMonth, isoDateFromParts, isoDateToDayNumber, type IsoDate,
} from "../../../core/dates/iso-date";

/** 1970-01-01 (day number 0) was a Thursday; with Sunday = 0 that is weekday 4. */
const WEEKDAY_OF_DAY_ZERO = 4;
const DAYS_PER_WEEK = 7;
const SATURDAY = 6;
const SUNDAY = 0;

/** Day of the week, Sunday = 0 … Saturday = 6. @example weekdayOf("2026-11-30") //=> 1 (Monday) */
export function weekdayOf(date: IsoDate): number {
  const n = isoDateToDayNumber(date) + WEEKDAY_OF_DAY_ZERO;
  return ((n % DAYS_PER_WEEK) + DAYS_PER_WEEK) % DAYS_PER_WEEK;
}

/** UK bank holidays that every year shares on a fixed date (Christmas, Boxing Day, New Year's Day). */
const FIXED_HOLIDAYS = new Set(["12-25", "12-26", "01-01"]);

/** True on a weekday that is not Christmas, Boxing Day or New Year's Day. */
export function isBusinessDay(date: IsoDate): boolean {
  const weekday = weekdayOf(date);
  return weekday !== SATURDAY && weekday !== SUNDAY && !FIXED_HOLIDAYS.has(date.slice(5));
}

/** The date itself when it is a business day, else the next one. @example nextBusinessDay("2026-11-28") //=> "2026-11-30" */
export function nextBusinessDay(date: IsoDate): IsoDate {
  let day = date;
  while (!isBusinessDay(day)) day = addDays(day, 1);
  return day;
}

/** The date itself when it is a business day, else the one before. @example previousBusinessDay("2026-11-29") //=> "2026-11-27" */
export function previousBusinessDay(date: IsoDate): IsoDate {
  let day = date;
  while (!isBusinessDay(day)) day = addDays(day, -1);
  return day;
}

/** A calendar month: year and month 1–12. */
export interface CalendarMonth {
  readonly year: number;
  readonly month: number;
}

/**
 * The `count` calendar months ending with the month of `last`, oldest first.
 *
 * @example monthsEndingAt("2026-11-30", 18)[0] //=> { year: 2025, month: 6 }
 */
export function monthsEndingAt(last: IsoDate, count: number): readonly CalendarMonth[] {
  const lastIndex = Number(last.slice(0, 4)) * 12 + Number(last.slice(5, 7)) - 1;
  return Array.from({ length: count }, (_, i) => {
    const index = lastIndex - (count - 1) + i;
    return { year: Math.floor(index / 12), month: (index % 12) + 1 };
  });
}

/** First and last day of a calendar month. */
export function monthBounds(month: CalendarMonth): { readonly first: IsoDate; readonly last: IsoDate } {
  return {
    first: isoDateFromParts(month.year, month.month, 1),
    last: isoDateFromParts(month.year, month.month, daysInMonth(month.year, month.month)),
  };
}

const MONTH_ABBREVIATIONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A date as a bookkeeper writes it in a note. @example formatNoteDate("2026-11-04") //=> "4 Nov 2026" */
export function formatNoteDate(date: IsoDate): string {
  const month = MONTH_ABBREVIATIONS[Number(date.slice(5, 7)) - 1] ?? date.slice(5, 7);
  return `${Number(date.slice(8, 10))} ${month} ${date.slice(0, 4)}`;
}

const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { GBP: "£", EUR: "€" };

/** An amount in cents as note text. @example formatNoteMoney(123456, "GBP") //=> "£1,234.56" */
export function formatNoteMoney(amountCents: number, currency: string): string {
  const symbol = CURRENCY_SYMBOLS[currency] ?? `${currency} `;
  const abs = Math.abs(amountCents);
  const whole = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const pence = String(abs % 100).padStart(2, "0");
  return `${amountCents < 0 ? "-" : ""}${symbol}${whole}.${pence}`;
}
