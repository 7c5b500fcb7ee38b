import type { IsoDate } from "./iso-date";

const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A date as people write it in a note: "3 Nov", with the year when it is not the as-of date's year.
 *
 * @example formatShortDate("2026-11-03" as IsoDate, "2026-11-25" as IsoDate) //=> "3 Nov"
 * @example formatShortDate("2025-12-30" as IsoDate, "2026-01-05" as IsoDate) //=> "30 Dec 2025"
 */
export function formatShortDate(date: IsoDate, asOf: IsoDate): string {
  const day = Number(date.slice(8, 10));
  const month = SHORT_MONTHS[Number(date.slice(5, 7)) - 1] ?? "";
  return date.slice(0, 4) === asOf.slice(0, 4) ? `${day} ${month}` : `${day} ${month} ${date.slice(0, 4)}`;
}
