import type { Cents } from "../money/cents";

/**
 * How late-payment interest is worked out.
 * - "none": no interest.
 * - "simple-daily": ERPNext's dunning formula, outstanding × rate%/365 × overdue days, where the days run from the
 *   due date or, after a partial payment, from the last payment date (erpnext#49621), and stop at the payment that
 *   settles the invoice.
 * - "average-daily-balance": Business Central's finance-charge method, average daily overdue balance × (overdue
 *   days ÷ interest period days) × rate%, over every day from the due date to the settling payment (or the as-of
 *   date).
 */
export type InterestMethod = "none" | "simple-daily" | "average-daily-balance";

/** Every interest method, in the order the policy sheet lists them. */
export const INTEREST_METHODS: readonly InterestMethod[] = ["none", "simple-daily", "average-daily-balance"];

/** Days in the year of a simple-daily rate (ERPNext divides by 365, leap year or not). */
export const DAYS_PER_YEAR = 365;

/** The interest terms of a policy. */
export interface InterestTerms {
  readonly method: InterestMethod;
  /** Annual rate in percent (8 means 8% a year). */
  readonly annualRatePercent: number;
  /** Business Central's "interest period (days)": the rate applies per this many days. @defaultvalue 365 */
  readonly interestPeriodDays?: number;
}

/** Fees and interest for one letter or one account. */
export interface FeeCharge {
  /** The fixed fee of the stage's level. */
  readonly feeCents: Cents;
  /** Interest accrued to the as-of date (or to the payment that settled the invoice), rounded to the cent. */
  readonly interestCents: Cents;
}
