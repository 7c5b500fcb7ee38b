import { compareText } from "./_lib/compare-text";
import { addDays, dayNumberToIsoDate, type IsoDate } from "../dates/iso-date";
import type { CurrencyCode } from "../ledger/ledger";
import type { Cents } from "../money/cents";
import { conditionalDaysLate } from "./conditional-days-late";
import { explainScore, type RiskReason } from "./explain-risk";
import { type OpenRecord, openRecordsAt, type PredictionContext } from "./prediction-context";
import { type RiskBand, toRiskBand, toRiskScore } from "./risk-band";
import { scoreInvoice } from "./score-invoice";

/** What Collect predicts for one open invoice. */
export interface OpenInvoicePrediction {
  readonly invoiceNo: string;
  readonly customerKey: string;
  readonly currency: CurrencyCode | null;
  /** Open balance at the end of the as-of date. */
  readonly openCents: Cents;
  readonly dueDate: IsoDate;
  /** Whole days after the due date the payment is expected (negative: before it). */
  readonly predictedDaysLate: number;
  /** Due date + predicted days late, never before the as-of date (see `predictOpenInvoices`). */
  readonly predictedPayDate: IsoDate;
  /** P(paid after the due date), 0–1, as judged on the invoice date. */
  readonly probabilityLate: number;
  /** `probabilityLate` × 100, rounded: 0–100. */
  readonly riskScore: number;
  readonly riskBand: RiskBand;
  /** Up to three reasons, strongest first. */
  readonly reasons: readonly RiskReason[];
}

/**
 * Predicts every invoice open at the end of the as-of date.
 * - **Risk score** = P(late) × 100 from the logistic model, judged with what was known on the invoice date. It
 *   is deliberately not raised just because time passes: days past due already drive the stage and priority,
 *   and the score says how likely this customer and invoice were to be late at all.
 * - **Predicted pay date** = due date + the median of the outcomes still possible (the Huber prediction plus
 *   the model's residual spread, keeping those on or after the as-of date: an open invoice was not paid in the
 *   past). So it is never before the as-of date; for an invoice already later than the model ever saw, it is
 *   the as-of date itself ("expected any day now", to be read with its days past due).
 * Sorted by risk score (highest first), then due date, invoice number and customer.
 *
 * @example predictOpenInvoices(context)[0] //=> { invoiceNo: "1930571429", riskScore: 91, predictedPayDate: "2026-12-14", reasons: [{ text: "pays 21 days late on average over 14 invoices, 12 of them late", … }], … }
 */
export function predictOpenInvoices(context: PredictionContext): OpenInvoicePrediction[] {
  const predictions = openRecordsAt(context.records, context.asOfDay).map((open) => predictOne(context, open));
  return predictions.sort((a, b) => b.riskScore - a.riskScore || compareText(a.dueDate, b.dueDate) || compareText(a.invoiceNo, b.invoiceNo) || compareText(a.customerKey, b.customerKey));
}

function predictOne(context: PredictionContext, { record, openCents }: OpenRecord): OpenInvoicePrediction {
  const score = scoreInvoice(context.model, record);
    const daysLate = conditionalDaysLate(score.daysLate, context.model.residualQuantiles, context.asOfDay - record.dueDay);
    const dueDate = dayNumberToIsoDate(record.dueDay);
    const riskScore = toRiskScore(score.probabilityLate);
    return {
      invoiceNo: record.invoiceNo,
      customerKey: record.customerKey,
      currency: record.currency,
      openCents,
      dueDate,
      predictedDaysLate: daysLate,
      predictedPayDate: addDays(dueDate, daysLate),
      probabilityLate: score.probabilityLate,
      riskScore,
      riskBand: toRiskBand(riskScore),
      reasons: explainScore(score, record),
    };
}
