import type { IsoDate } from "../dates/iso-date";
import type { Ledger } from "../ledger/ledger";
import type { ScenarioRisk } from "../policy/select-scenario";
import { assessCustomerRisk, type CustomerRisk } from "../predict/customer-risk";
import type { TrainError } from "../predict/late-payment-model";
import { preparePrediction, type PredictionContext, type PredictionOptions } from "../predict/prediction-context";
import { PRIOR_WEIGHT_INVOICES } from "../predict/priors";
import type { RiskBand } from "../predict/risk-band";

/**
 * Paid invoices a customer needs before the desk rates them. With fewer, the model describes them mostly by
 * everyone's averages (their own history carries less than half the weight), so in a book where most invoices are
 * paid late a brand-new customer would come out "high" for no fault of their own.
 */
export const MIN_PAID_INVOICES_TO_RATE = PRIOR_WEIGHT_INVOICES;

/** A customer's late-payment risk as the desk, the sheets and the pane show it. */
export interface CustomerRiskRating {
  readonly customerKey: string;
  /** 0–100: P(paying the next invoice late) × 100; null when not rated. */
  readonly score: number | null;
  /** Null when not rated (fewer than `MIN_PAID_INVOICES_TO_RATE` paid invoices). */
  readonly band: RiskBand | null;
  readonly paidInvoices: number;
  /** What the rating rests on ("pays 21 days late on average over 14 invoices, 12 of them late"), or why there is none. */
  readonly why: string;
}

/** Every customer's rating, and the prediction context they came from (null when there was no paid history). */
export interface CustomerRiskRatings {
  readonly ratings: ReadonlyMap<string, CustomerRiskRating>;
  readonly context: PredictionContext | null;
  /** Why nobody could be rated, or null. */
  readonly unavailable: TrainError | null;
}

/**
 * A model risk as the desk's rating: rated when the customer has at least `MIN_PAID_INVOICES_TO_RATE` paid invoices.
 *
 * @example toRiskRating({ customerKey: "C1", riskScore: 78, riskBand: "high", paidInvoices: 14, historyText: "pays 21 days late on average over 14 invoices, 12 of them late", … }).band //=> "high"
 * @example toRiskRating({ customerKey: "C2", riskScore: 71, riskBand: "high", paidInvoices: 1, … }).band //=> null
 */
export function toRiskRating(risk: CustomerRisk): CustomerRiskRating {
  const n = risk.paidInvoices;
  if (n < MIN_PAID_INVOICES_TO_RATE) {
    return { customerKey: risk.customerKey, score: null, band: null, paidInvoices: n, why: `not rated: ${String(n)} paid ${n === 1 ? "invoice" : "invoices"}, ${String(MIN_PAID_INVOICES_TO_RATE)} needed` };
  }
  return { customerKey: risk.customerKey, score: risk.riskScore, band: risk.riskBand, paidInvoices: n, why: risk.historyText };
}

/**
 * A rating as the scenario rules see it, or null when not rated.
 *
 * @example toScenarioRisk({ score: 78, band: "high", why: "pays 21 days late …", … }) //=> { score: 78, band: "high", why: "pays 21 days late …" }
 */
export function toScenarioRisk(rating: CustomerRiskRating | undefined): ScenarioRisk | null {
  if (rating === undefined || rating.band === null || rating.score === null) return null;
  return { score: rating.score, band: rating.band, why: rating.why };
}

/**
 * Rates every customer's late-payment risk on the as-of date: trains the prediction once on what was known then
 * (`preparePrediction`) and rates each customer's typical next invoice (`assessCustomerRisk`). Pass the ledger as it
 * stood on the as-of date (`ledgerAsOf`), so a past date rates exactly as a workbook truncated to it would. With no
 * paid history nobody is rated, and `unavailable` says why.
 *
 * @example rateCustomerRisks(ledgerAsOf(ledger, asOf), asOf).ratings.get("C004")?.band //=> "high"
 */
export function rateCustomerRisks(ledger: Pick<Ledger, "invoices">, asOf: IsoDate, options?: PredictionOptions): CustomerRiskRatings {
  const prepared = preparePrediction(ledger, asOf, options);
  if (!prepared.ok) return { ratings: new Map(), context: null, unavailable: prepared.error };
  const ratings = new Map(assessCustomerRisk(prepared.value).map((risk) => [risk.customerKey, toRiskRating(risk)]));
  return { ratings, context: prepared.value, unavailable: null };
}
