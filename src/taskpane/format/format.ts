/*
 * How the pane writes numbers and dates: the same formatters as the letters and the worklist reason, so an
 * amount reads the same in a letter, a sheet and the pane.
 */
import type { IsoDate } from "../../core/dates/iso-date";
import { formatMoney } from "../../core/desk/format-money";
import { formatShortDate } from "../../core/letters/format-letter-date";
import type { Cents } from "../../core/money/cents";

/** An amount in its currency. @example money(1692122, "GBP", "en-GB") //=> "£16,921.22" */
export function money(cents: number, currency: string | null, locale: string, wholeUnits = false): string {
  return formatMoney(cents as Cents, currency, { locale, wholeUnits });
}

/** A date for lists. @example shortDate("2026-11-30", "en-GB") //=> "30 Nov 2026" */
export function shortDate(date: IsoDate | null, locale: string): string {
  return date === null ? "–" : formatShortDate(date, locale);
}

/** Day and month without the year, for a narrow label ("30 Nov" in English, "30. Nov." in German). @example dayMonth("2026-11-30", "en-GB") //=> "30 Nov" */
export function dayMonth(date: IsoDate, locale: string): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", timeZone: "UTC" }).format(Date.UTC(year, month - 1, day));
}

/** Whole days. @example days(47.4) //=> "47 days" */
export function days(value: number | null): string {
  if (value === null) return "–";
  const rounded = Math.round(value);
  return `${rounded} ${Math.abs(rounded) === 1 ? "day" : "days"}`;
}

/** A percentage. @example percent(47.02) //=> "47%" */
export function percent(value: number | null, digits = 0): string {
  return value === null ? "–" : `${value.toFixed(digits)}%`;
}

/** A count with its noun. @example count(1, "letter") //=> "1 letter" ; count(3, "letter") //=> "3 letters" */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? noun : plural}`;
}
