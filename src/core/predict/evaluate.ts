import { type IsoDate, isoDateToDayNumber } from "../dates/iso-date";
import type { Ledger } from "../ledger/ledger";
import { err, ok, type Result } from "../types/result";
import { computeAuc } from "./auc";
import { classificationAccuracy } from "./classification-accuracy";
import { type LatePaymentModel, type ModelOptions, trainLatePaymentModel } from "./late-payment-model";
import { meanAbsoluteError } from "./mean-absolute-error";
import { type PaymentRecord, type PaymentRecordOptions, toPaymentRecords } from "./payment-record";
import { scoreInvoice } from "./score-invoice";

/** One held-out invoice: what the model and the baseline said, and what happened. */
export interface EvaluatedInvoice {
  readonly invoiceNo: string;
  readonly customerKey: string;
  readonly probabilityLate: number;
  readonly predictedDaysLate: number;
  readonly baselineDaysLate: number;
  readonly actualDaysLate: number;
}

/**
 * How well the model predicted invoices issued on or after the split date, against the baseline (each
 * customer's mean days late before the split; everyone's mean for a customer with none). Late means paid
 * after the due date (days late > 0).
 */
export interface Evaluation {
  /** Held-out invoices scored: issued on/after the split and since paid. */
  readonly n: number;
  /** Share classified right, late when P(late) ≥ ½. */
  readonly accuracy: number;
  /** Share classified right by the baseline, late when its mean days late > 0. */
  readonly baselineAccuracy: number;
  /** Mean |predicted − actual| days late. */
  readonly maeDays: number;
  readonly baselineMaeDays: number;
  /** Rank AUC of P(late) for late vs on time; null when the held-out invoices are all late or all on time. */
  readonly auc: number | null;
  readonly details: EvaluationDetails;
}

/** The figures behind the headline ones. */
export interface EvaluationDetails {
  readonly splitDate: IsoDate;
  /** Paid invoices the model (and the baseline) learnt from: settled, and issued, before the split. */
  readonly trainingCount: number;
  /** Held-out invoices whose customer had no paid invoice before the split (scored from the priors). */
  readonly newCustomerInvoices: number;
  /** Invoices issued on/after the split that are still open: nothing to compare with, so not scored. */
  readonly openAfterSplit: number;
  /** Share of held-out invoices paid late. */
  readonly lateShare: number;
  /** AUC of the baseline's mean days late as a score. */
  readonly baselineAuc: number | null;
  readonly usedDisputed: boolean;
  /** True when the channel was used and known for at least one training invoice. */
  readonly usedChannel: boolean;
  readonly predictions: readonly EvaluatedInvoice[];
}

/** Why a ledger cannot be evaluated. */
export type EvaluateError = "no-paid-history" | "nothing-to-test";

/** What `evaluate` takes besides the ledger and the split. */
export interface EvaluateOptions extends ModelOptions, PaymentRecordOptions {}

/**
 * Holds out time: trains on invoices settled before `splitDate` and predicts those issued on or after it,
 * each described only by what was known on the split date (history paid before it), exactly as a bookkeeper
 * running Collect that day would have seen it. The baseline knows the same.
 *
 * @returns the figures, or "no-paid-history" (nothing settled before the split) or "nothing-to-test" (no paid invoice issued on/after it)
 * @example evaluate(ibmLedger, "2013-07-01" as IsoDate) //=> { ok: true, value: { n: 536, accuracy: 0.87…, baselineAccuracy: 0.77…, … } }
 */
export function evaluate(ledger: Pick<Ledger, "invoices">, splitDate: IsoDate, options?: EvaluateOptions): Result<Evaluation, EvaluateError> {
  const { records } = toPaymentRecords(ledger, options);
  const splitDay = isoDateToDayNumber(splitDate);
  const trained = trainLatePaymentModel(records, splitDay, options);
  if (!trained.ok) return trained;
  const model = trained.value;
  const afterSplit = records.filter((record) => record.invoiceDay >= splitDay);
  const heldOut = afterSplit.filter((record) => record.paidDay !== null);
  if (heldOut.length === 0) return err("nothing-to-test");
  const baseline = baselineMeans(records, splitDay);
  const predictions = heldOut.map((record) => compareOne(model, baseline, record));
  const actual = predictions.map((p) => p.actualDaysLate);
  const late = actual.map((days) => days > 0);
  return ok({
    n: predictions.length,
    accuracy: classificationAccuracy(predictions.map((p) => p.probabilityLate >= 0.5), late),
    baselineAccuracy: classificationAccuracy(predictions.map((p) => p.baselineDaysLate > 0), late),
    maeDays: meanAbsoluteError(predictions.map((p) => p.predictedDaysLate), actual),
    baselineMaeDays: meanAbsoluteError(predictions.map((p) => p.baselineDaysLate), actual),
    auc: computeAuc(predictions.map((p) => p.probabilityLate), late),
    details: {
      splitDate,
      trainingCount: model.trainingCount,
      newCustomerInvoices: heldOut.filter((record) => !baseline.byCustomer.has(record.customerKey)).length,
      openAfterSplit: afterSplit.length - heldOut.length,
      lateShare: late.filter(Boolean).length / late.length,
      baselineAuc: computeAuc(predictions.map((p) => p.baselineDaysLate), late),
      usedDisputed: model.useDisputed,
      usedChannel: model.useChannel && model.priors.channelKnownCount > 0,
      predictions,
    },
  });
}

function compareOne(model: LatePaymentModel, baseline: Baseline, record: PaymentRecord): EvaluatedInvoice {
  const score = scoreInvoice(model, record);
  return {
    invoiceNo: record.invoiceNo,
    customerKey: record.customerKey,
    probabilityLate: score.probabilityLate,
    predictedDaysLate: score.daysLate,
    baselineDaysLate: baseline.byCustomer.get(record.customerKey) ?? baseline.overall,
    actualDaysLate: (record.paidDay as number) - record.dueDay,
  };
}

interface Baseline {
  readonly byCustomer: ReadonlyMap<string, number>;
  readonly overall: number;
}

/** The baseline: each customer's mean days late over invoices settled (and issued) before the split, and everyone's. */
function baselineMeans(records: readonly PaymentRecord[], splitDay: number): Baseline {
  const sums = new Map<string, { total: number; count: number }>();
  let total = 0;
  let count = 0;
  for (const record of records) {
    if (record.paidDay === null || record.paidDay >= splitDay || record.invoiceDay >= splitDay) continue;
    const days = record.paidDay - record.dueDay;
    const sum = sums.get(record.customerKey) ?? { total: 0, count: 0 };
    sums.set(record.customerKey, { total: sum.total + days, count: sum.count + 1 });
    total += days;
    count += 1;
  }
  return { byCustomer: new Map([...sums].map(([key, sum]) => [key, sum.total / sum.count])), overall: total / count };
}
