import { diffDays, type IsoDate } from "../dates/iso-date";
import type { Cents } from "../money/cents";
import { DAYS_PER_YEAR, type InterestTerms } from "./interest-terms";

/** A payment on the invoice: its date and amount. */
export interface InterestPayment {
  readonly date: IsoDate;
  readonly amountCents: Cents;
}

/** What interest is computed on: one invoice, its payments, and the day to stop at. */
export interface InterestInput {
  readonly amountCents: Cents;
  readonly dueDate: IsoDate;
  /** Payments applied to the invoice, any order; those after `asOf` are ignored. */
  readonly payments: readonly InterestPayment[];
  readonly asOf: IsoDate;
}

/** One stretch of days at one overdue balance. */
export interface InterestSegment {
  /** Interest runs from the end of this day… */
  readonly from: IsoDate;
  /** …to the end of this day (a payment made on `to` stops the balance on `to`). */
  readonly to: IsoDate;
  readonly days: number;
  readonly balanceCents: Cents;
}

/**
 * The overdue balance of an invoice day by day, as stretches: from the due date, a new stretch at each payment
 * after it, ending at the payment that settles the invoice or at the as-of date. Payments on or before the due date
 * reduce the balance before interest starts. Empty when nothing was ever overdue.
 *
 * @example overdueSegments({ amountCents: 100000, dueDate: "2026-01-31", payments: [{ date: "2026-03-02", amountCents: 40000 }], asOf: "2026-04-01" })
 * //=> [{ from: "2026-01-31", to: "2026-03-02", days: 30, balanceCents: 100000 }, { from: "2026-03-02", to: "2026-04-01", days: 30, balanceCents: 60000 }]
 */
export function overdueSegments(input: InterestInput): readonly InterestSegment[] {
  const payments = input.payments.filter((p) => p.date <= input.asOf).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let balance: number = input.amountCents;
  let from = input.dueDate;
  const segments: InterestSegment[] = [];
  for (const payment of payments) {
    if (balance <= 0) break;
    if (payment.date <= input.dueDate) {
      balance -= payment.amountCents;
      continue;
    }
    const days = diffDays(from, payment.date);
    if (days > 0) segments.push({ from, to: payment.date, days, balanceCents: balance as Cents });
    balance -= payment.amountCents;
    from = payment.date;
  }
  if (balance > 0 && input.asOf > from) segments.push({ from, to: input.asOf, days: diffDays(from, input.asOf), balanceCents: balance as Cents });
  return segments;
}

/** Rounds a fractional amount of cents half away from zero. */
function roundCents(cents: number): Cents {
  return (Math.sign(cents) * Math.round(Math.abs(cents))) as Cents;
}

/**
 * Simple daily interest as ERPNext's dunning computes it: outstanding × rate%/365 × overdue days, where
 * "outstanding" is the balance after the last partial payment and the days run from the later of the due date and
 * that payment (erpnext#49621), stopping at the payment that settles the invoice or at the as-of date. Interest on
 * the larger balance before a partial payment is not part of this figure (ERPNext assumes an earlier dunning
 * charged it); use "average-daily-balance" to charge every day.
 *
 * @example
 * // 1,000.00 due 31 Jan, 400.00 paid 2 Mar, 8% a year, as of 1 Apr: 600.00 × 8%/365 × 30 days = 3.95
 * simpleDailyInterest({ amountCents: 100000, dueDate: "2026-01-31", payments: [{ date: "2026-03-02", amountCents: 40000 }], asOf: "2026-04-01" }, 8) //=> 395
 */
export function simpleDailyInterest(input: InterestInput, annualRatePercent: number): Cents {
  const segments = overdueSegments(input);
  const last = segments[segments.length - 1];
  if (last === undefined) return 0 as Cents;
  return roundCents((last.balanceCents * annualRatePercent * last.days) / 100 / DAYS_PER_YEAR);
}

/**
 * Interest by Business Central's Average Daily Balance method: average daily overdue balance × (overdue days ÷
 * interest period days) × rate%, over every day from the due date to the settling payment or the as-of date. As
 * Σ(balance × days) ÷ days × days, it is Σ(balance × days) × rate% ÷ interest period days.
 *
 * @example
 * // the same invoice: (1,000.00 × 30 + 600.00 × 30) ÷ 60 = 800.00 average over 60 days; × 60/365 × 8% = 10.52
 * averageDailyBalanceInterest({ amountCents: 100000, dueDate: "2026-01-31", payments: [{ date: "2026-03-02", amountCents: 40000 }], asOf: "2026-04-01" }, 8) //=> 1052
 */
export function averageDailyBalanceInterest(input: InterestInput, annualRatePercent: number, interestPeriodDays: number = DAYS_PER_YEAR): Cents {
  let balanceDays = 0;
  for (const segment of overdueSegments(input)) balanceDays += segment.balanceCents * segment.days;
  return roundCents((balanceDays * annualRatePercent) / 100 / interestPeriodDays);
}

/**
 * Interest on one invoice by the policy's terms (0 for "none", a zero rate, or an invoice never overdue).
 *
 * @example computeInterest(input, { method: "simple-daily", annualRatePercent: 8 }) //=> 395
 */
export function computeInterest(input: InterestInput, terms: InterestTerms): Cents {
  if (terms.method === "none" || !(terms.annualRatePercent > 0)) return 0 as Cents;
  return terms.method === "simple-daily" ? simpleDailyInterest(input, terms.annualRatePercent) : averageDailyBalanceInterest(input, terms.annualRatePercent, terms.interestPeriodDays);
}

