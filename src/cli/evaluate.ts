import { type IsoDate, toIsoDate } from "../core/dates/iso-date";
import type { Ledger } from "../core/ledger/ledger";
import { type Evaluation, type EvaluateError, evaluate, type EvaluateOptions } from "../core/predict/evaluate";
import type { ParsedArgs } from "./args";
import { loadWorkbook, UnusableInputError } from "./load-workbook";
import type { Output } from "./main";

/** The goal of issue 7: the model's mean absolute error at most this share of the baseline's. */
export const MAE_GOAL_RATIO = 0.85;

/** The model's figures without the Disputed flag (in the IBM sample it is only known after the fact). */
export interface WithoutDisputedJson {
  readonly accuracy: number;
  readonly maeDays: number;
  readonly auc: number | null;
  readonly maeRatio: number;
}

/** `collect evaluate --json`: the six contract figures (DESIGN.md), everything else under `extra`. */
export interface EvaluateJson {
  readonly n: number;
  readonly accuracy: number;
  readonly baselineAccuracy: number;
  readonly maeDays: number;
  readonly baselineMaeDays: number;
  readonly auc: number | null;
  readonly extra: {
    readonly file: string;
    readonly splitDate: IsoDate;
    readonly trainingInvoices: number;
    readonly newCustomerInvoices: number;
    readonly openAfterSplit: number;
    readonly lateShare: number;
    readonly baselineAuc: number | null;
    /** maeDays ÷ baselineMaeDays. */
    readonly maeRatio: number;
    readonly goals: { readonly accuracyAboveBaseline: boolean; readonly maeWithinRatio: boolean; readonly maeGoalRatio: number };
    readonly features: { readonly disputed: boolean; readonly billingChannel: boolean };
    readonly withoutDisputed: WithoutDisputedJson;
  };
}

/**
 * The --split-date flag as a date.
 *
 * @throws UnusableInputError (exit 2) when it is missing or not a YYYY-MM-DD date
 * @example readSplitDate("2013-07-01") //=> "2013-07-01"
 */
export function readSplitDate(flag: string | true | undefined): IsoDate {
  const example = "e.g. --split-date 2013-07-01: the model learns from invoices settled before that day and is tested on invoices issued on or after it";
  if (flag === undefined) throw new UnusableInputError(`collect evaluate: --split-date is required (${example}).`);
  const checked = typeof flag === "string" ? toIsoDate(flag.trim()) : null;
  if (checked === null || !checked.ok) {
    throw new UnusableInputError(`collect evaluate: --split-date needs a date written YYYY-MM-DD (${example}); got ${flag === true ? "nothing" : `"${flag}"`}.`);
  }
  return checked.value;
}

/**
 * `collect evaluate <file> --split-date YYYY-MM-DD [--json]`: how well the late-payment model predicts, on a time
 * split. Resolves to the exit code; unusable input throws `UnusableInputError`, which `main` turns into exit 2.
 *
 * @example await evaluateCommand("ar.csv", parseArgs(["evaluate", "ar.csv", "--split-date", "2013-07-01", "--json"]), io) //=> 0
 */
export async function evaluateCommand(file: string, args: ParsedArgs, io: Output): Promise<number> {
  const splitDate = readSplitDate(args.flags.get("split-date"));
  const { ledger } = await loadWorkbook(file);
  const json = evaluateJson(file, ledger, splitDate);
  io.out(args.flags.has("json") ? JSON.stringify(json, null, 2) : formatEvaluate(json));
  return 0;
}

/**
 * Evaluates a ledger with and without the Disputed flag and shapes the result for `--json`.
 *
 * @throws UnusableInputError (exit 2) when the ledger has no paid history before the split, or nothing paid after it
 * @example evaluateJson("ar.csv", ledger, "2013-07-01" as IsoDate).n //=> 536
 */
export function evaluateJson(file: string, ledger: Pick<Ledger, "invoices">, splitDate: IsoDate, options?: EvaluateOptions): EvaluateJson {
  const full = evaluate(ledger, splitDate, options);
  if (!full.ok) throw new UnusableInputError(evaluateErrorMessage(full.error, file, ledger, splitDate));
  const without = evaluate(ledger, splitDate, { ...options, useDisputed: false });
  if (!without.ok) throw new UnusableInputError(evaluateErrorMessage(without.error, file, ledger, splitDate));
  const e = full.value;
  const d = e.details;
  return {
    n: e.n,
    accuracy: round(e.accuracy),
    baselineAccuracy: round(e.baselineAccuracy),
    maeDays: round(e.maeDays),
    baselineMaeDays: round(e.baselineMaeDays),
    auc: e.auc === null ? null : round(e.auc),
    extra: {
      file,
      splitDate,
      trainingInvoices: d.trainingCount,
      newCustomerInvoices: d.newCustomerInvoices,
      openAfterSplit: d.openAfterSplit,
      lateShare: round(d.lateShare),
      baselineAuc: d.baselineAuc === null ? null : round(d.baselineAuc),
      maeRatio: round(maeRatio(e)),
      goals: { accuracyAboveBaseline: e.accuracy > e.baselineAccuracy, maeWithinRatio: maeRatio(e) <= MAE_GOAL_RATIO, maeGoalRatio: MAE_GOAL_RATIO },
      features: { disputed: d.usedDisputed, billingChannel: d.usedChannel },
      withoutDisputed: {
        accuracy: round(without.value.accuracy),
        maeDays: round(without.value.maeDays),
        auc: without.value.auc === null ? null : round(without.value.auc),
        maeRatio: round(maeRatio(without.value)),
      },
    },
  };
}

/**
 * The bookkeeper's words for an evaluation that cannot run, naming the file and the split date.
 *
 * @example evaluateErrorMessage("no-paid-history", "open.csv", ledger, "2020-06-01" as IsoDate) //=> "open.csv: no invoice in it has a paid date, …"
 */
export function evaluateErrorMessage(error: EvaluateError, file: string, ledger: Pick<Ledger, "invoices">, splitDate: IsoDate): string {
  const paid = ledger.invoices.filter((invoice) => invoice.paidDate !== null);
  const total = ledger.invoices.length;
  if (error === "no-paid-history" && paid.length === 0) {
    return `${file}: no invoice in it has a paid date (${String(total)} ${total === 1 ? "invoice, open" : "invoices, all open"}), so there is no payment history to learn from or to test against. ` +
      "Evaluation needs invoices that were paid, with the day each was settled (a Paid date / Settled date column).";
  }
  const span = (dates: readonly (IsoDate | null)[]): string => {
    const sorted = dates.filter((date): date is IsoDate => date !== null).sort();
    return `from ${sorted[0] ?? "?"} to ${sorted[sorted.length - 1] ?? "?"}`;
  };
  if (error === "no-paid-history") {
    return `${file}: no invoice was settled before ${splitDate}, so there is nothing to learn from (invoices were settled ${span(paid.map((i) => i.paidDate))}). Choose a later --split-date.`;
  }
  return `${file}: no paid invoice was issued on or after ${splitDate}, so there is nothing to test against (paid invoices were issued ${span(paid.map((i) => i.invoiceDate))}). Choose an earlier --split-date.`;
}

/**
 * The readable form of `evaluate`: what was learnt from and tested on, model against baseline, the figures
 * without the Disputed flag, and whether the goals are met.
 *
 * @example formatEvaluate(json).split("\n")[0] //=> "Late-payment model on ar.csv, split 2013-07-01"
 */
export function formatEvaluate(json: EvaluateJson): string {
  const x = json.extra;
  const pct = (value: number): string => `${(value * 100).toFixed(1)}%`;
  const auc = (value: number | null): string => (value === null ? "—" : value.toFixed(3));
  const tick = (ok: boolean): string => (ok ? "met" : "NOT met");
  return [
    `Late-payment model on ${x.file}, split ${x.splitDate}`,
    `  learnt from ${String(x.trainingInvoices)} invoices settled before the split; tested on ${String(json.n)} paid invoices issued on or after it` +
      ` (${pct(x.lateShare)} of them paid late; ${String(x.newCustomerInvoices)} from customers with no paid history before the split)`,
    `  inputs: customer history, amount, terms, month${x.features.disputed ? ", Disputed flag" : ""}${x.features.billingChannel ? ", billing channel" : ""}`,
    "",
    `                      model   baseline (customer's mean days late)`,
    `  accuracy         ${pct(json.accuracy).padStart(8)}   ${pct(json.baselineAccuracy).padStart(8)}`,
    `  MAE (days)       ${json.maeDays.toFixed(2).padStart(8)}   ${json.baselineMaeDays.toFixed(2).padStart(8)}   (${x.maeRatio.toFixed(2)} × baseline)`,
    `  AUC              ${auc(json.auc).padStart(8)}   ${auc(x.baselineAuc).padStart(8)}`,
    "",
    `  without the Disputed flag: accuracy ${pct(x.withoutDisputed.accuracy)}, MAE ${x.withoutDisputed.maeDays.toFixed(2)} days (${x.withoutDisputed.maeRatio.toFixed(2)} × baseline), AUC ${auc(x.withoutDisputed.auc)}`,
    `  goals: accuracy above the baseline ${tick(x.goals.accuracyAboveBaseline)}; MAE ≤ ${String(x.goals.maeGoalRatio)} × baseline ${tick(x.goals.maeWithinRatio)}`,
  ].join("\n");
}

function maeRatio(evaluation: Pick<Evaluation, "maeDays" | "baselineMaeDays">): number {
  return evaluation.baselineMaeDays === 0 ? (evaluation.maeDays === 0 ? 1 : Number.POSITIVE_INFINITY) : evaluation.maeDays / evaluation.baselineMaeDays;
}

/** Four decimals: figures to compare, not noise. */
function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
