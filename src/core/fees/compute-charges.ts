import type { IsoDate } from "../dates/iso-date";
import type { Invoice, Payment } from "../ledger/ledger";
import type { Cents } from "../money/cents";
import type { StageDefinition } from "../policy/policy";
import { computeInterest } from "./compute-interest";
import type { FeeCharge, InterestTerms } from "./interest-terms";

/** An open invoice the charges are worked out on, with the payments applied to it. */
export interface ChargeableInvoice {
  readonly invoice: Pick<Invoice, "amountCents" | "dueDate" | "kind">;
  readonly applied: readonly Pick<Payment, "date" | "amountCents">[];
}

/**
 * The fee and interest a letter at a stage carries (DOMAIN.md need #5): the stage's fixed fee once per letter,
 * and, when the stage charges interest, the interest accrued on each invoice behind the letter to the as-of date
 * by the policy's method. Null when the stage charges neither, so letters without charges stay as they were.
 *
 * @example
 * // level 6 with a 40.00 fee and interest on; one 1,000.00 invoice 30 days late at 8% simple daily
 * computeCharges({ ...finalNotice, feeCents: 4000, chargeInterest: true }, [{ invoice, applied: [] }], { method: "simple-daily", annualRatePercent: 8 }, asOf)
 * //=> { feeCents: 4000, interestCents: 658 }
 */
export function computeCharges(stage: Pick<StageDefinition, "feeCents" | "chargeInterest">, invoices: readonly ChargeableInvoice[], terms: InterestTerms, asOf: IsoDate): FeeCharge | null {
  const feeCents = stage.feeCents ?? (0 as Cents);
  const interestOn = stage.chargeInterest === true && terms.method !== "none" && terms.annualRatePercent > 0;
  if (feeCents === 0 && !interestOn) return null;
  let interest = 0;
  if (interestOn) {
    for (const { invoice, applied } of invoices) {
      if (invoice.kind !== "invoice" || invoice.dueDate === null || invoice.amountCents <= 0) continue;
      interest += computeInterest({ amountCents: invoice.amountCents, dueDate: invoice.dueDate, payments: applied, asOf }, terms);
    }
  }
  return { feeCents, interestCents: interest as Cents };
}

/**
 * How a letter's interest was worked out, short enough for the `{{fees}}` sentence of any language ("8% p.a.").
 * Null when the stage charges no interest (a fixed fee needs no explanation).
 *
 * @example describeCharges({ feeCents: 4000, chargeInterest: true }, { method: "simple-daily", annualRatePercent: 8 }) //=> "8% p.a."
 * @example describeCharges({ chargeInterest: true }, { method: "average-daily-balance", annualRatePercent: 1.5, interestPeriodDays: 30 }) //=> "1.5% per 30 days"
 */
export function describeCharges(stage: Pick<StageDefinition, "chargeInterest">, terms: InterestTerms): string | null {
  if (stage.chargeInterest !== true || terms.method === "none" || !(terms.annualRatePercent > 0)) return null;
  const period = terms.interestPeriodDays ?? 365;
  return terms.method === "average-daily-balance" && period !== 365 ? `${terms.annualRatePercent}% per ${period} days` : `${terms.annualRatePercent}% p.a.`;
}
