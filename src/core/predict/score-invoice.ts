import { type HistorySnapshot, historyAt } from "./history-index";
import { computeFeatures } from "./features";
import type { LatePaymentModel } from "./late-payment-model";
import { sigmoid } from "./logistic-regression";
import type { PaymentRecord } from "./payment-record";
import { standardize } from "./standardize";

/** What the model says about one invoice. */
export interface InvoiceScore {
  /** P(paid after the due date), 0–1. */
  readonly probabilityLate: number;
  /** Predicted days late (paid − due; negative: early), unrounded. */
  readonly daysLate: number;
  /** The raw inputs, one per `FEATURE_NAMES` entry. */
  readonly features: readonly number[];
  /**
   * Each input's push on the log-odds of paying late, against an average training invoice (coefficient ×
   * standardised value): positive raises the risk. The reasons are read from these.
   */
  readonly contributions: readonly number[];
  /** The customer's history the inputs came from. */
  readonly history: HistorySnapshot;
}

/**
 * Scores one invoice with what was known before its invoice date, and never anything the model had not seen
 * (the history is cut at the earlier of the invoice date and the model's knowledge day). The invoice's own
 * paid date, if any, is not read.
 *
 * @example scoreInvoice(model, record) //=> { probabilityLate: 0.83, daysLate: 9.4, … }
 */
export function scoreInvoice(model: LatePaymentModel, record: PaymentRecord): InvoiceScore {
  const history = historyAt(model.history, record.customerKey, record.invoiceDay);
  const features = computeFeatures(record, history, model.priors, model);
  const z = standardize(model.standardizer, features);
  const late = model.lateModel.coefficients;
  const days = model.daysModel.coefficients;
  let logOdds = late[0] as number;
  let daysLate = days[0] as number;
  const contributions = z.map((value, j) => {
    const push = (late[j + 1] as number) * value;
    logOdds += push;
    daysLate += (days[j + 1] as number) * value;
    return push;
  });
  return { probabilityLate: sigmoid(logOdds), daysLate, features, contributions, history };
}
