import { endOfMonthBefore, monthKey } from "../dates/calendar-months";
import { diffDays, type IsoDate } from "../dates/iso-date";
import type { Cents } from "../money/cents";
import type { SalesPeriod } from "./dso";

/** A window of whole calendar months ending on a day: after `from` up to and including `to`. */
export interface MetricsPeriod {
  /** The day before the window (AR_begin is measured at its end). */
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** D in the DSO formulas: days from `from` (exclusive) to `to` (inclusive). */
  readonly days: number;
  /** Calendar months the window touches (the last one may be partial): N in CEI's monthly-sales variant. */
  readonly months: number;
}

/** The default window for DSO, best possible DSO, ADD and CEI: a quarter, the usual reporting period (CRF). */
export const DEFAULT_PERIOD_MONTHS = 3;

/**
 * The window of `months` calendar months ending on `to`: the month of `to` (up to `to`) and the months before it.
 *
 * @example periodEndingOn("2026-11-30" as IsoDate, 3) //=> { from: "2026-08-31", to: "2026-11-30", days: 91, months: 3 }
 * @example periodEndingOn("2026-11-15" as IsoDate, 1) //=> { from: "2026-10-31", to: "2026-11-15", days: 15, months: 1 }
 */
export function periodEndingOn(to: IsoDate, months: number = DEFAULT_PERIOD_MONTHS): MetricsPeriod {
  const from = endOfMonthBefore(to, months);
  return { from, to, days: diffDays(from, to), months };
}

/** Months of sales history countback DSO may walk back through before giving up. */
export const MAX_COUNTBACK_MONTHS = 36;

/**
 * The sales periods countback DSO walks through, latest first: the month of `to` up to `to` (its days so far),
 * then each earlier calendar month in full, back to the first month with any sales (before it the books have no
 * history, so running out of it is "sales history too short", not more days). Months without sales in between
 * are included with 0 sales.
 *
 * @example countbackPeriods("2026-11-30" as IsoDate, sales).slice(0, 2) //=> [{ salesCents: 8400000, days: 30 }, { salesCents: 9100000, days: 31 }]
 */
export function countbackPeriods(to: IsoDate, sales: ReadonlyMap<string, Cents>, maxMonths: number = MAX_COUNTBACK_MONTHS): SalesPeriod[] {
  let earliest: string | null = null;
  for (const [key, cents] of sales) if (cents > 0 && (earliest === null || key < earliest)) earliest = key;
  const periods: SalesPeriod[] = [];
  for (let back = 0; back < maxMonths; back += 1) {
    const end = back === 0 ? to : endOfMonthBefore(to, back);
    if (earliest === null || monthKey(end) < earliest) break;
    const days = back === 0 ? diffDays(endOfMonthBefore(to, 1), to) : Number(end.slice(8, 10));
    periods.push({ salesCents: sales.get(monthKey(end)) ?? (0 as Cents), days });
  }
  return periods;
}
