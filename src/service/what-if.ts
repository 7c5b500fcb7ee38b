/*
 * Policy what-if: the draft the bookkeeper keeps in `Collect Policy Draft` replayed beside the current policy over
 * the 12 months to the as-of date, as the `Collect What-if` sheet. The run writes it whenever a draft sheet exists;
 * the CLI's `collect what-if` prints it; the pane builds the same comparison from the policy form.
 */
import type { IsoDate } from "../core/dates/iso-date";
import { DEFAULT_PRIORITY_WEIGHTS, type PriorityWeights } from "../core/desk/priority-weights";
import type { Plan } from "../core/desk/payment-plan";
import type { Ledger } from "../core/ledger/ledger";
import { DEFAULT_COLLECT_POLICY, type CollectPolicy } from "../core/policy/collect-policy";
import { replayPolicy, replayWindowEndingAt, type PolicyReplayComparison } from "../core/replay/replay-policy";
import type { SimulateOptions } from "../core/replay/simulate-policy";
import type { Issue } from "../core/types/issue";
import type { WorkbookHost } from "../hosts/host";
import { readLedger } from "../workbook";
import type { Grid } from "../workbook/grid";
import { PLANS_SHEET_NAME, POLICY_DRAFT_SHEET_NAME, POLICY_SHEET_NAME, readPlansSheet, readPolicySheet, whatIfSheet, type PolicySheetContent } from "../workbook/owned";
import type { OwnedSheet } from "../workbook/owned-sheet";
import { ratedRisks } from "./rated-risks";

export { ratedRisks } from "./rated-risks";

/** Options for `analyseWhatIf`. */
export interface WhatIfOptions {
  /** Payment plans, as the run reads them from `Collect Plans`. @defaultvalue [] */
  readonly plans?: readonly Plan[];
  /** The current policy's priority weights, to list a change of them among the draft's differences. */
  readonly weights?: PriorityWeights;
  /**
   * Customers' late-payment risk on the as-of date, for "risk-band" scenario rules (see `SimulateOptions`); the run
   * has them already. @defaultvalue rated here as the run rates them (`ratedRisks`)
   */
  readonly risks?: SimulateOptions["risks"];
}

/** The what-if of a workbook: nothing when it has no draft sheet. */
export interface WhatIfAnalysis {
  /** The `Collect What-if` sheet, or null without a `Collect Policy Draft` sheet. */
  readonly sheet: OwnedSheet | null;
  /** What the policy reader said about the draft sheet, each naming its cell (`'Collect Policy Draft'!B7`). */
  readonly issues: readonly Issue[];
  readonly comparison: PolicyReplayComparison | null;
  /** The draft as read (cells it could not read replaced by their defaults, each with an issue). */
  readonly draft: PolicySheetContent | null;
}

/**
 * Replays the 12 months to the as-of date (`replayWindowEndingAt`) through the draft read from the
 * `Collect Policy Draft` grid and through the current policy, and builds the `Collect What-if` sheet. The window ends
 * on the run's as-of date, so the What-if's actual DSO and CEI are measured on the same day as `Collect Metrics`, and
 * covers a whole year: every season, and the full escalation (hand-over at 90 days and more) of invoices from its
 * first months. Without a draft grid it returns no sheet and no issues.
 *
 * @example analyseWhatIf(ledger, policy, draftGrid, "2026-11-30" as IsoDate).comparison?.window //=> { from: "2025-12-01", to: "2026-11-30" }
 */
export function analyseWhatIf(ledger: Ledger, current: CollectPolicy, draftGrid: Grid | undefined, asOf: IsoDate, options?: WhatIfOptions): WhatIfAnalysis {
  if (draftGrid === undefined) return { sheet: null, issues: [], comparison: null, draft: null };
  const read = readPolicySheet(draftGrid);
  const { sheet, comparison } = compareWithDraft(ledger, current, read.value, asOf, options);
  return { sheet, issues: read.issues, comparison, draft: read.value };
}

/**
 * The replay and the `Collect What-if` sheet of a draft already read (`readPolicySheet` of the draft grid): the part
 * of `analyseWhatIf` that takes time (about 1 s for the 40-customer sample, some 30 ms a customer).
 *
 * @example compareWithDraft(ledger, policy, readPolicySheet(draftGrid).value, "2026-11-30" as IsoDate).sheet.name //=> "Collect What-if"
 */
export function compareWithDraft(ledger: Ledger, current: CollectPolicy, draft: PolicySheetContent, asOf: IsoDate, options?: WhatIfOptions): { readonly sheet: OwnedSheet; readonly comparison: PolicyReplayComparison } {
  const simulate: SimulateOptions = { ...(options?.plans === undefined ? {} : { plans: options.plans }), risks: options?.risks ?? ratedRisks(ledger, asOf) };
  const comparison = replayPolicy(ledger, draft, current, replayWindowEndingAt(asOf), simulate);
  const sheet = whatIfSheet(comparison, current, draft, {
    asOf,
    customerNames: new Map(ledger.customers.map((customer) => [customer.key, customer.name])),
    weights: { current: options?.weights ?? DEFAULT_PRIORITY_WEIGHTS, draft: draft.weights },
  });
  return { sheet, comparison };
}

/** A workbook read for a what-if: the ledger, the current policy and plans, and the draft grid if there is one. */
export interface WhatIfWorkbook {
  readonly ledger: Ledger;
  readonly policy: CollectPolicy;
  readonly weights: PriorityWeights;
  readonly plans: readonly Plan[];
  readonly draftGrid: Grid | undefined;
  /** Issues of reading the ledger, the policy and the plans (the draft's come with `analyseWhatIf`). */
  readonly issues: readonly Issue[];
}

/** Finds a sheet by name as Excel does, without regard to case. */
function byName(grids: readonly Grid[], name: string): Grid | undefined {
  return grids.find((grid) => grid.sheetName.toLowerCase() === name.toLowerCase());
}

/**
 * Reads what a what-if needs from a workbook, the way a run does: the ledger, `Collect Policy` (the default policy
 * when the sheet is missing), `Collect Plans`, and the `Collect Policy Draft` grid.
 *
 * @example (await readWhatIfWorkbook(host)).draftGrid?.sheetName //=> "Collect Policy Draft"
 */
export async function readWhatIfWorkbook(host: WorkbookHost): Promise<WhatIfWorkbook> {
  const names = await host.listSheets();
  const [grids, dateSystem] = await Promise.all([host.readSheets(names), host.dateSystem()]);
  const ledger = readLedger({ dateSystem, sheets: grids });
  const issues: Issue[] = [...ledger.issues];
  let policy: CollectPolicy = DEFAULT_COLLECT_POLICY;
  let weights: PriorityWeights = DEFAULT_PRIORITY_WEIGHTS;
  const policyGrid = byName(grids, POLICY_SHEET_NAME);
  if (policyGrid !== undefined) {
    const read = readPolicySheet(policyGrid);
    policy = read.value;
    ({ weights } = read.value);
    issues.push(...read.issues);
  }
  let plans: readonly Plan[] = [];
  const plansGrid = byName(grids, PLANS_SHEET_NAME);
  if (plansGrid !== undefined) {
    const read = readPlansSheet(plansGrid, dateSystem, { customers: ledger.customers });
    plans = read.value;
    issues.push(...read.issues);
  }
  return { ledger, policy, weights, plans, draftGrid: byName(grids, POLICY_DRAFT_SHEET_NAME), issues };
}
