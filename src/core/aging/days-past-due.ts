import { type IsoDate, diffDays } from "../dates/iso-date";

/**
 * Days an invoice is past its due date on the as-of date: as-of − due. Negative means days until due;
 * 0 means it falls due that day (not yet late).
 *
 * @param dueDate - the invoice's due date
 * @param asOf - the day the analysis is for
 * @returns whole days, positive when late
 * @example computeDaysPastDue("2026-10-09" as IsoDate, "2026-11-25" as IsoDate) //=> 47
 * @example computeDaysPastDue("2026-11-30" as IsoDate, "2026-11-25" as IsoDate) //=> -5
 */
export function computeDaysPastDue(dueDate: IsoDate, asOf: IsoDate): number {
  return diffDays(dueDate, asOf);
}
