import { type IsoDate, diffDays } from "../dates/iso-date";
import type { Cents } from "../money/cents";

/**
 * Days from invoice to payment: paid − invoice date (DOMAIN.md, "days to pay").
 *
 * @example computeDaysToPay("2026-01-10" as IsoDate, "2026-02-14" as IsoDate) //=> 35
 */
export function computeDaysToPay(invoiceDate: IsoDate, paidDate: IsoDate): number {
  return diffDays(invoiceDate, paidDate);
}

/**
 * Days a payment came after the due date: paid − due. Negative when paid early.
 *
 * @example computeDaysLate("2026-02-09" as IsoDate, "2026-02-14" as IsoDate) //=> 5
 */
export function computeDaysLate(dueDate: IsoDate, paidDate: IsoDate): number {
  return diffDays(dueDate, paidDate);
}

/** One paid invoice: the days it took (to pay, or late) and optionally its amount for weighting. */
export interface PaidItem {
  readonly days: number;
  readonly amountCents?: Cents;
}

export interface AverageDaysOptions {
  /** Weight each invoice by its amount (Σ amount × days / Σ amount). @defaultvalue false */
  readonly weighted?: boolean;
}

/**
 * Average days over paid invoices, simple or amount-weighted (DOMAIN.md metrics 6 and 7).
 * Returns null when there is nothing to average (no items, or weights that add up to zero).
 * Weighting uses the absolute amount so a credit memo cannot flip the sign of the average.
 *
 * @example averageDays([{ days: 10, amountCents: 10000 as Cents }, { days: 20, amountCents: 100000 as Cents }]) //=> 15
 * @example averageDays([{ days: 10, amountCents: 10000 as Cents }, { days: 20, amountCents: 100000 as Cents }], { weighted: true }) //=> 19.0909...
 */
export function averageDays(items: readonly PaidItem[], options?: AverageDaysOptions): number | null {
  if (items.length === 0) return null;
  if (options?.weighted !== true) {
    let total = 0;
    for (const item of items) total += item.days;
    return total / items.length;
  }
  let weightedTotal = 0;
  let weights = 0;
  for (const item of items) {
    const weight = Math.abs(item.amountCents ?? 0);
    weightedTotal += weight * item.days;
    weights += weight;
  }
  return weights === 0 ? null : weightedTotal / weights;
}
