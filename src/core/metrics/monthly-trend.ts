import { endOfMonthBefore, monthKey } from "../dates/calendar-months";
import { minIsoDate, type IsoDate } from "../dates/iso-date";
import type { Cents } from "../money/cents";
import { computeCei } from "./cei";
import { computeDsoCountback } from "./dso";
import { figureOf, type Figure } from "./figure";
import { countbackPeriods } from "./metrics-period";
import { monthlySales, receivablesSeries, type Receivables, type ReceivablesSnapshot } from "./receivables";

/** Months the trend table shows: the last year. */
export const DEFAULT_TREND_MONTHS = 12;

/** One calendar month of the trend, measured at its end (the as-of date for the as-of month). */
export interface TrendMonth {
  /** "YYYY-MM". */
  readonly month: string;
  /** The day the month's figures are measured on: its last day, or the as-of date in the as-of month. */
  readonly to: IsoDate;
  readonly salesCents: Cents;
  /**
   * What left receivables in the month: AR at the start + sales − AR at the end (payments received, and credit
   * memos applied). It is CEI's numerator, so the two agree.
   */
  readonly collectedCents: Cents;
  readonly arEndCents: Cents;
  readonly arCurrentEndCents: Cents;
  /** Countback DSO at the month's end. */
  readonly dso: Figure;
  /** CEI of the month in percent (one month: the full-sales and monthly-sales variants agree). */
  readonly cei: Figure;
}

/**
 * The monthly trend of one currency: for each of the last `months` calendar months up to the as-of date, credit
 * sales, what was collected, AR at the end, countback DSO and CEI. Every figure uses only what was known at the
 * month's end.
 *
 * @example monthlyTrend(receivables, "GBP").at(-1) //=> { month: "2026-11", to: "2026-11-30", salesCents: …, dso: { value: 52.1, reason: null }, … }
 */
export function monthlyTrend(receivables: Receivables, currency: string | null, months: number = DEFAULT_TREND_MONTHS): readonly TrendMonth[] {
  const sales = monthlySales(receivables, currency);
  const trend: TrendMonth[] = [];
  const ends: IsoDate[] = [];
  for (let back = months; back >= 0; back -= 1) ends.push(minIsoDate(endOfMonthBefore(receivables.asOf, back), receivables.asOf));
  const snapshots = receivablesSeries(receivables, currency, ends);
  let begin = snapshots[0] as ReceivablesSnapshot;
  for (let m = 1; m <= months; m += 1) {
    const to = ends[m] as IsoDate;
    const end = snapshots[m] as ReceivablesSnapshot;
    const salesCents = sales.get(monthKey(to)) ?? (0 as Cents);
    const collected = begin.arCents + salesCents - end.arCents;
    trend.push({
      month: monthKey(to),
      to,
      salesCents,
      collectedCents: collected as Cents,
      arEndCents: end.arCents,
      arCurrentEndCents: end.currentCents,
      dso: figureOf(computeDsoCountback(end.arCents, countbackPeriods(to, sales))),
      cei: figureOf(computeCei({ arBeginCents: begin.arCents, salesCents, arEndCents: end.arCents, arCurrentEndCents: end.currentCents })),
    });
    begin = end;
  }
  return trend;
}
