import { addDays, type IsoDate } from "../dates/iso-date";
import { openCentsAsOf } from "../desk/open-balance";
import type { Cents } from "../money/cents";
import type { Receivables } from "./receivables";
import { writtenOffCents } from "./write-offs";

/** Days past due at which an invoice counts as at risk (Upflow's 90+ days, a leading indicator of write-offs). */
export const AT_RISK_DAYS = 90;

/** How far back the cohort of invoices reaches, in days of due dates (a year). */
export const AT_RISK_COHORT_DAYS = 365;

/** The at-risk rate of one currency (DOMAIN.md metric 11). */
export interface AtRiskRate {
  /** Due dates of the cohort: after `from`, up to `to` (= as-of − 90 days, so each had the chance to reach 90). */
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly invoices: number;
  /** Invoices of the cohort still open 90 days after their due date. */
  readonly reached: number;
  readonly amountCents: Cents;
  /** What was still open of them 90 days after the due date. */
  readonly reachedCents: Cents;
  /** reached / invoices, or null for an empty cohort. */
  readonly countRate: number | null;
  /** reachedCents / amountCents, or null for an empty cohort. */
  readonly amountRate: number | null;
}

/**
 * The share of invoices (by count and by amount) that reached 90 days past due: among invoices whose due date is
 * in the year ending 90 days before the as-of date, those still open on their due date + 90 days. Every figure is
 * measured on or before the as-of date, so a past as-of date gives the figure as it was then. Written-off
 * invoices are included (reaching 90+ days is what the rate warns about) and count as open until paid, as the
 * sheet does not say when they were written off.
 *
 * @example computeAtRiskRate(receivables, "GBP") //=> { invoices: 410, reached: 12, countRate: 0.029, amountRate: 0.034, … }
 */
export function computeAtRiskRate(receivables: Receivables, currency: string | null): AtRiskRate {
  const to = addDays(receivables.asOf, -AT_RISK_DAYS);
  const from = addDays(to, -AT_RISK_COHORT_DAYS);
  let invoices = 0;
  let reached = 0;
  let amount = 0;
  let reachedCents = 0;
  for (const { invoice, applied, writtenOff } of receivables.byCurrency.get(currency) ?? []) {
    if (invoice.kind !== "invoice" || invoice.amountCents <= 0 || invoice.dueDate === null) continue;
    if (invoice.dueDate <= from || invoice.dueDate > to) continue;
    invoices += 1;
    amount += invoice.amountCents;
    const day90 = addDays(invoice.dueDate, AT_RISK_DAYS);
    // The sheet closes a written-off invoice without saying when: it counts as open until paid, as a bad debt was.
    const open = writtenOff ? writtenOffCents(invoice, applied.filter((payment) => payment.date <= day90)) : openCentsAsOf(invoice, applied, day90);
    if (open > 0) {
      reached += 1;
      reachedCents += open;
    }
  }
  return {
    from,
    to,
    invoices,
    reached,
    amountCents: amount as Cents,
    reachedCents: reachedCents as Cents,
    countRate: invoices === 0 ? null : reached / invoices,
    amountRate: amount === 0 ? null : reachedCents / amount,
  };
}
