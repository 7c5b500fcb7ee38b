/*
 * The pane's "What if…" written to the workbook: the edited policy as `Collect Policy Draft` (the bookkeeper can go on
 * editing it by hand; every run then compares it again) and its comparison as `Collect What-if`. As with saving the
 * policy, the draft sheet is read back with the run's own reader first, and nothing is written when a value would
 * not survive the round trip.
 */
import type { IsoDate } from "../core/dates/iso-date";
import type { PriorityWeights } from "../core/desk/priority-weights";
import type { Ledger } from "../core/ledger/ledger";
import type { CollectPolicy } from "../core/policy/collect-policy";
import type { PolicyReplayComparison } from "../core/replay/replay-policy";
import type { Issue } from "../core/types/issue";
import { err, ok, type Result } from "../core/types/result";
import type { WorkbookHost } from "../hosts/host";
import { draftPolicySheet, ownedSheetToGrid, readPolicySheet, whatIfSheet } from "../workbook/owned";
import type { OwnedSheet } from "../workbook/owned-sheet";

/** A draft policy and the comparison the pane made of it. */
export interface DraftToSave {
  readonly draft: CollectPolicy;
  readonly draftWeights: PriorityWeights;
  readonly current: CollectPolicy;
  readonly currentWeights: PriorityWeights;
  /** The replay of `draft` beside `current` (from `replayPolicy` or `replayPolicyInSteps`). */
  readonly comparison: PolicyReplayComparison;
  readonly asOf: IsoDate;
  /** For customer names in the What-if's table. */
  readonly ledger: Ledger;
}

/**
 * The two sheets for a draft: `Collect Policy Draft` and `Collect What-if`, and what the policy reader makes of the
 * draft sheet (issues when a value would not read back as given).
 *
 * @example draftSheets(toSave).sheets.map((s) => s.name) //=> ["Collect Policy Draft", "Collect What-if"]
 */
export function draftSheets(toSave: DraftToSave): { readonly sheets: readonly OwnedSheet[]; readonly issues: readonly Issue[] } {
  const draftSheet = draftPolicySheet(toSave.draft, toSave.draftWeights);
  const read = readPolicySheet(ownedSheetToGrid(draftSheet));
  const sheet = whatIfSheet(toSave.comparison, toSave.current, toSave.draft, {
    asOf: toSave.asOf,
    customerNames: new Map(toSave.ledger.customers.map((customer) => [customer.key, customer.name])),
    weights: { current: toSave.currentWeights, draft: toSave.draftWeights },
  });
  return { sheets: [draftSheet, sheet], issues: read.issues };
}

/**
 * Writes `Collect Policy Draft` (replacing a draft that is there: the user asked for this one) and `Collect What-if`
 * when the draft reads back cleanly; otherwise writes nothing and returns the issues.
 *
 * @example await saveDraftPolicy(host, toSave) //=> { ok: true, value: ["Collect Policy Draft", "Collect What-if"] }
 */
export async function saveDraftPolicy(host: WorkbookHost, toSave: DraftToSave): Promise<Result<readonly string[], readonly Issue[]>> {
  const { sheets, issues } = draftSheets(toSave);
  if (issues.length > 0) return err(issues);
  await host.writeOwnedSheets(sheets);
  return ok(sheets.map((sheet) => sheet.name));
}
