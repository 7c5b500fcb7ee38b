import { existsSync } from "fs";
import { resolve } from "path";
import { performance } from "perf_hooks";
import { type DayNumber, type IsoDate, isoDateToDayNumber } from "../core/dates/iso-date";
import { trainLatePaymentModel } from "../core/predict/late-payment-model";
import { type PaymentRecord, toPaymentRecords } from "../core/predict/payment-record";
import { scoreInvoice } from "../core/predict/score-invoice";
import { err, ok, type Result } from "../core/types/result";
import { evaluateJson } from "./evaluate";
import { loadWorkbook } from "./load-workbook";

/** The IBM sample beside the repository (shared/data/README.md): never copied in. */
export const IBM_SAMPLE_PATH = resolve(__dirname, "../../../shared/data/WA_Fn-UseC_-Accounts-Receivable.csv");

/** The split the bench evaluates at: the last half-year of the IBM sample is held out. */
export const BENCH_SPLIT_DATE = "2013-07-01" as IsoDate;

/** `npm run bench` → `prediction`: the evaluation figures on the IBM sample and how long the model takes. */
export interface PredictionBench {
  readonly n: number;
  readonly accuracy: number;
  readonly baselineAccuracy: number;
  readonly maeDays: number;
  readonly baselineMaeDays: number;
  readonly auc: number | null;
  /** Training on the invoices settled before the split (1,846): median of `runs`, in ms. */
  readonly trainMs: number;
  readonly extra: {
    readonly file: string;
    readonly splitDate: IsoDate;
    readonly maeRatio: number;
    readonly withoutDisputed: { readonly accuracy: number; readonly maeDays: number; readonly auc: number | null; readonly maeRatio: number };
    /** The IBM invoices repeated under 4 sets of customer keys (9,864 paid invoices): train on all, then score all. */
    readonly scaled: { readonly invoices: number; readonly trainMs: number; readonly predictMs: number };
    readonly runs: number;
  };
}

/** Why the bench could not measure prediction. */
export type PredictionBenchError = "no-shared-data";

const RUNS = 5;
const SCALE_COPIES = 4;

/**
 * Measures the late-payment model for `npm run bench`: the `evaluate` figures on the IBM sample at
 * `BENCH_SPLIT_DATE`, the training time, and train + predict time on about 10,000 paid invoices. Timings are
 * the median of 5 runs after a warm-up; they are reported, never asserted.
 *
 * @example await benchPrediction() //=> { ok: true, value: { n: 536, accuracy: 0.8694, …, trainMs: 38.2, extra: { scaled: { invoices: 9864, trainMs: 260, predictMs: 30 }, … } } }
 */
export async function benchPrediction(file: string = IBM_SAMPLE_PATH): Promise<Result<PredictionBench, PredictionBenchError>> {
  if (!existsSync(file)) return err("no-shared-data");
  const { ledger } = await loadWorkbook(file);
  const figures = evaluateJson(file, ledger, BENCH_SPLIT_DATE);
  const { records } = toPaymentRecords(ledger);
  const splitDay = isoDateToDayNumber(BENCH_SPLIT_DATE);
  const trainMs = medianTime(() => trainLatePaymentModel(records, splitDay));
  const scaled = scaleUp(records, SCALE_COPIES);
  const afterAll = (Math.max(...scaled.map((r) => r.paidDay ?? r.invoiceDay)) + 1) as DayNumber;
  const scaledTrainMs = medianTime(() => trainLatePaymentModel(scaled, afterAll));
  const model = trainLatePaymentModel(scaled, afterAll);
  const predictMs = model.ok ? medianTime(() => scaled.map((record) => scoreInvoice(model.value, record))) : Number.NaN;
  const { extra, ...headline } = figures;
  return ok({
    ...headline,
    trainMs: roundMs(trainMs),
    extra: {
      file,
      splitDate: BENCH_SPLIT_DATE,
      maeRatio: extra.maeRatio,
      withoutDisputed: extra.withoutDisputed,
      scaled: { invoices: scaled.length, trainMs: roundMs(scaledTrainMs), predictMs: roundMs(predictMs) },
      runs: RUNS,
    },
  });
}

/** The records repeated under `copies` disjoint sets of customer keys: the same behaviour, more customers. */
function scaleUp(records: readonly PaymentRecord[], copies: number): PaymentRecord[] {
  return Array.from({ length: copies }, (_, copy) => records.map((record) => ({ ...record, customerKey: `${record.customerKey}#${String(copy)}` }))).flat();
}

function medianTime(run: () => unknown): number {
  run();
  const times = Array.from({ length: RUNS }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

function roundMs(ms: number): number {
  return Math.round(ms * 10) / 10;
}
