import { daysInMonth, isoDateFromParts, isoDateToDayNumber, type IsoDate } from "./iso-date";

/**
 * The calendar month of a date as "YYYY-MM", the key Collect groups monthly sales and the trend by.
 *
 * @example monthKey("2026-11-25" as IsoDate) //=> "2026-11"
 */
export function monthKey(date: IsoDate): string {
  return date.slice(0, 7);
}

/**
 * The last day of the month `monthsBack` months before the month of `date` (0: the date's own month).
 *
 * @example endOfMonthBefore("2026-11-15" as IsoDate, 0) //=> "2026-11-30"
 * @example endOfMonthBefore("2026-03-31" as IsoDate, 1) //=> "2026-02-28"
 * @example endOfMonthBefore("2026-01-10" as IsoDate, 3) //=> "2025-10-31"
 */
export function endOfMonthBefore(date: IsoDate, monthsBack: number): IsoDate {
  const index = Number(date.slice(0, 4)) * 12 + (Number(date.slice(5, 7)) - 1) - monthsBack;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return isoDateFromParts(year, month, daysInMonth(year, month));
}

/**
 * The first day of the month of a date.
 *
 * @example startOfMonth("2026-11-25" as IsoDate) //=> "2026-11-01"
 */
export function startOfMonth(date: IsoDate): IsoDate {
  return `${date.slice(0, 8)}01` as IsoDate;
}

/** 1970-01-01 (day number 0) was a Thursday; Monday is 0 in `(dayNumber + 3) mod 7`. */
const MONDAY_OFFSET = 3;
/** Saturday in `(dayNumber + 3) mod 7`: Monday 0 … Friday 4, Saturday 5, Sunday 6. */
const FIRST_WEEKEND_DAY = 5;

/**
 * True for Monday to Friday (collectors' working days; public holidays are not known to Collect).
 *
 * @example isWorkingDay("2026-11-27" as IsoDate) //=> true   (a Friday)
 * @example isWorkingDay("2026-11-28" as IsoDate) //=> false  (a Saturday)
 */
export function isWorkingDay(date: IsoDate): boolean {
  const weekday = (((isoDateToDayNumber(date) + MONDAY_OFFSET) % 7) + 7) % 7;
  return weekday < FIRST_WEEKEND_DAY;
}
