import { err, ok, type Result } from "../types/result";
import type { Cents } from "../money/cents";

export type DsoError = "no-sales" | "negative-sales" | "sales-history-too-short" | "bad-period";

/** Sales of one period (usually a calendar month) and its length in days. */
export interface SalesPeriod {
  readonly salesCents: Cents;
  readonly days: number;
}

/**
 * Days sales outstanding, simple method: AR_end / S × D (DOMAIN.md metric 1).
 *
 * @param arEndCents - open receivables at the end of the period
 * @param salesCents - credit sales invoiced in the period
 * @param periodDays - length of the period in days
 * @example computeDsoSimple(212000_00 as Cents, 250000_00 as Cents, 90) //=> { ok: true, value: 76.32 }
 */
export function computeDsoSimple(arEndCents: Cents, salesCents: Cents, periodDays: number): Result<number, DsoError> {
  if (!(periodDays > 0)) return err("bad-period");
  if (salesCents < 0) return err("negative-sales");
  if (salesCents === 0) return err("no-sales");
  return ok((arEndCents / salesCents) * periodDays);
}

/**
 * Days sales outstanding, countback method (DOMAIN.md metric 2): walk back month by month from the latest,
 * using up each month's sales against the open receivables, adding whole months while the receivables
 * exceed them and the fraction of the month that covers the remainder.
 *
 * @param arEndCents - open receivables at the end of the latest period
 * @param periods - sales per period, latest first
 * @example computeDsoCountback(212000_00 as Cents, [{ salesCents: 100000_00, days: 30 }, { salesCents: 80000_00, days: 30 }, { salesCents: 70000_00, days: 30 }]) //=> { ok: true, value: 73.714… }
 */
export function computeDsoCountback(arEndCents: Cents, periods: readonly SalesPeriod[]): Result<number, DsoError> {
  if (periods.length === 0) return err("no-sales");
  let remaining: number = arEndCents;
  let days = 0;
  for (const period of periods) {
    if (!(period.days > 0)) return err("bad-period");
    if (period.salesCents < 0) return err("negative-sales");
    if (remaining <= 0) return ok(days);
    if (remaining >= period.salesCents) {
      remaining -= period.salesCents;
      days += period.days;
    } else {
      return ok(days + (remaining / period.salesCents) * period.days);
    }
  }
  return remaining > 0 ? err("sales-history-too-short") : ok(days);
}

/**
 * Best possible DSO: the part of receivables not yet past due over sales, × days (DOMAIN.md metric 3).
 *
 * @example computeBestPossibleDso(50000_00 as Cents, 250000_00 as Cents, 90) //=> { ok: true, value: 18 }
 */
export function computeBestPossibleDso(arCurrentCents: Cents, salesCents: Cents, periodDays: number): Result<number, DsoError> {
  return computeDsoSimple(arCurrentCents, salesCents, periodDays);
}
