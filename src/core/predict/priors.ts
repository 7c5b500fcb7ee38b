import { mean, median, sampleStd } from "./_lib/stats";
import type { PaymentRecord } from "./payment-record";

/**
 * What all customers together did, for a customer with little or no history of their own: the model blends a
 * customer's statistics with these (see `PRIOR_WEIGHT_INVOICES`), and a new customer gets exactly these.
 */
export interface Priors {
  /** Paid invoices the priors were computed from. */
  readonly paidCount: number;
  readonly meanDaysLate: number;
  readonly medianDaysLate: number;
  /** Sample standard deviation of days late (0 with a single invoice). */
  readonly spreadDaysLate: number;
  /** Share of invoices paid after the due date. */
  readonly shareLate: number;
  readonly disputedShare: number;
  /** Paid invoices whose billing channel is known. */
  readonly channelKnownCount: number;
  /** Share billed electronically among invoices whose channel is known; 0 when no channel is known. */
  readonly electronicShare: number;
}

/**
 * How many invoices' worth of weight the priors get when blended with a customer's own statistics: a customer
 * with 3 paid invoices counts half their own average and half everyone's. Small, so a real history soon wins.
 */
export const PRIOR_WEIGHT_INVOICES = 3;

/**
 * Computes the priors from paid invoices. The caller passes at least one paid record (the model refuses to
 * train without paid history before it gets here).
 *
 * @example computePriors(trainingRecords).meanDaysLate //=> -3.1…
 */
export function computePriors(paid: readonly PaymentRecord[]): Priors {
  const daysLate = paid.map((record) => (record.paidDay as number) - record.dueDay);
  const withChannel = paid.filter((record) => record.channel !== null);
  const spread = sampleStd(daysLate);
  return {
    paidCount: paid.length,
    meanDaysLate: mean(daysLate),
    medianDaysLate: median(daysLate),
    spreadDaysLate: Number.isNaN(spread) ? 0 : spread,
    shareLate: daysLate.filter((days) => days > 0).length / paid.length,
    disputedShare: paid.filter((record) => record.disputed).length / paid.length,
    channelKnownCount: withChannel.length,
    electronicShare: withChannel.length === 0 ? 0 : withChannel.filter((record) => record.channel === "electronic").length / withChannel.length,
  };
}
