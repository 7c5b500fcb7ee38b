import type { DayNumber } from "../dates/iso-date";
import { err, ok, type Result } from "../types/result";
import { rowDot, toDesignMatrix } from "./_lib/design-matrix";
import { quantileOfSorted, sortedAscending } from "./_lib/stats";
import { computeFeatures, type FeatureOptions } from "./features";
import { buildHistoryIndex, type HistoryIndex, historyAt } from "./history-index";
import { fitHuberRegression } from "./huber-regression";
import { fitLogisticRegression, type LinearModel } from "./logistic-regression";
import type { PaymentRecord } from "./payment-record";
import { computePriors, type Priors } from "./priors";
import { fitStandardizer, standardize, type Standardizer } from "./standardize";

/** How the model is trained. */
export interface ModelOptions extends FeatureOptions {
  /** L2 penalty of both fits, per standardised feature. @defaultvalue 1 */
  readonly l2?: number;
  /** Huber's δ for the days-late fit, in days. @defaultvalue 2 */
  readonly huberDeltaDays?: number;
  /**
   * At most this many paid invoices are fitted (`MAX_TRAINING_INVOICES`); a larger history is thinned evenly (see
   * `pickTrainingInvoices`). The customers' histories still use every invoice. @defaultvalue MAX_TRAINING_INVOICES
   */
  readonly maxTrainingInvoices?: number;
}

/**
 * How many paid invoices the fits take at most. Fifteen coefficients are pinned down long before this (the IBM
 * sample trains on about 1,850), while fitting all of a 100,000-invoice register took two seconds; beyond it the
 * coefficients barely move, so the history is thinned to this many instead.
 */
export const MAX_TRAINING_INVOICES = 10_000;

/**
 * An evenly spread, deterministic subset of at most `limit` of the paid invoices: every (n ÷ limit)-th in canonical
 * order (customer, invoice day …). Spread over the whole history and every customer rather than the latest ones,
 * because the latest invoices that are already paid are the quickly paid ones (the slow ones are still open), which
 * would teach the model that customers pay earlier than they do.
 *
 * @example pickTrainingInvoices([a, b, c, d], 2) //=> [a, c]
 */
export function pickTrainingInvoices<T>(paid: readonly T[], limit: number): readonly T[] {
  if (paid.length <= limit) return paid;
  return Array.from({ length: limit }, (_, i) => paid[Math.floor((i * paid.length) / limit)] as T);
}

/**
 * A trained late-payment model: two linear models on the same standardised features (`FEATURE_NAMES`).
 * - `lateModel`: L2-regularised logistic regression for P(paid after the due date), fitted by IRLS (Newton).
 *   The risk score is this probability × 100.
 * - `daysModel`: Huber-loss linear regression of days late (paid − due), fitted by IRLS with δ = 2 days. It sits
 *   close to the conditional median, which minimises the absolute error in days, and a few invoices paid months
 *   late (a dispute, a write-off) barely move it, where least squares would chase them.
 * Why these: a few hundred to a few thousand paid invoices per workbook is too little for trees or networks to beat
 * a well-featured linear model reliably, and a linear model explains itself: each input's push on the log-odds is
 * the reason shown to the bookkeeper. Both fits are closed-form steps (a small Cholesky solve per iteration) with
 * no random start, no learning rate and no sampling, so the same workbook gives the same numbers, bit for bit, in
 * Node and in Excel's browser runtime, and 10,000 invoices train in a fraction of a second.
 * The features carry the customer's own history (blended with everyone's when short, so a new customer gets
 * everyone's averages), so one global model serves every customer.
 * It carries the history it was trained on (as known on `knowledgeDay`) so that it can describe any invoice.
 */
export interface LatePaymentModel {
  /** Nothing paid or issued on or after this day was seen. */
  readonly knowledgeDay: DayNumber;
  readonly useDisputed: boolean;
  readonly useChannel: boolean;
  readonly history: HistoryIndex;
  readonly priors: Priors;
  readonly standardizer: Standardizer;
  readonly lateModel: LinearModel;
  readonly daysModel: LinearModel;
  /** Training residuals (actual − predicted days late) at `RESIDUAL_QUANTILES` evenly spaced levels, ascending. */
  readonly residualQuantiles: readonly number[];
  /** Paid invoices the model was trained on (at most `MAX_TRAINING_INVOICES`). */
  readonly trainingCount: number;
  /** Paid invoices known on the knowledge day (the histories use all of them). */
  readonly paidCount: number;
}

/** Why a model could not be trained. */
export type TrainError = "no-paid-history";

/** How many residual quantiles the model keeps (at levels (i + ½) / 20): enough for a smooth cash forecast. */
export const RESIDUAL_QUANTILES = 20;

/**
 * Trains the model on the invoices paid before `knowledgeDay` (at most `MAX_TRAINING_INVOICES` of them, evenly spread), each described by its features on its own
 * invoice date (the customer's history strictly before it), so the model learns from exactly what it will
 * be given later. Deterministic: records are in canonical order and both fits are IRLS without randomness.
 *
 * @param records - the ledger's invoices (`toPaymentRecords`); those issued or paid on/after `knowledgeDay` are unseen
 * @param knowledgeDay - the first day not known (an evaluation's split date; the day after the as-of date)
 * @example trainLatePaymentModel(records, toDayNumber("2013-07-01")) //=> { ok: true, value: { trainingCount: 1846, … } }
 * @example trainLatePaymentModel(openInvoicesOnly, day) //=> { ok: false, error: "no-paid-history" }
 */
export function trainLatePaymentModel(records: readonly PaymentRecord[], knowledgeDay: DayNumber, options?: ModelOptions): Result<LatePaymentModel, TrainError> {
  const allPaid = records.filter((record) => record.paidDay !== null && record.paidDay < knowledgeDay && record.invoiceDay < knowledgeDay);
  if (allPaid.length === 0) return err("no-paid-history");
  const history = buildHistoryIndex(records, knowledgeDay);
  const priors = computePriors(allPaid);
  const paid = pickTrainingInvoices(allPaid, options?.maxTrainingInvoices ?? MAX_TRAINING_INVOICES);
  const featureOptions = { useDisputed: options?.useDisputed ?? true, useChannel: options?.useChannel ?? true };
  const raw = paid.map((record) => computeFeatures(record, historyAt(history, record.customerKey, record.invoiceDay), priors, featureOptions));
  const standardizer = fitStandardizer(raw);
  const matrix = toDesignMatrix(raw.map((row) => standardize(standardizer, row)));
  const daysLate = Float64Array.from(paid, (record) => (record.paidDay as number) - record.dueDay);
  const l2 = options?.l2 ?? 1;
  const lateModel = fitLogisticRegression(matrix, Array.from(daysLate, (days) => days > 0), { l2 });
  const daysModel = fitHuberRegression(matrix, daysLate, { l2, delta: options?.huberDeltaDays ?? 2 });
  const beta = Float64Array.from(daysModel.coefficients);
  const residuals = sortedAscending(Array.from(daysLate, (days, r) => days - rowDot(matrix, r, beta)));
  const residualQuantiles = Array.from({ length: RESIDUAL_QUANTILES }, (_, i) => quantileOfSorted(residuals, (i + 0.5) / RESIDUAL_QUANTILES));
  return ok({ knowledgeDay, ...featureOptions, history, priors, standardizer, lateModel, daysModel, residualQuantiles, trainingCount: paid.length, paidCount: allPaid.length });
}
