/*
 * The policy edited in the task pane, written to the `Collect Policy` sheet the bookkeeper can also edit by
 * hand. Before anything is written, the sheet is read back with the same reader every run uses: a policy the
 * reader would not take exactly as given (a cell it would replace by a default) is refused with those issues.
 */
import type { PriorityWeights } from "../core/desk/priority-weights";
import type { CollectPolicy } from "../core/policy/collect-policy";
import type { Issue } from "../core/types/issue";
import { err, ok, type Result } from "../core/types/result";
import type { WorkbookHost } from "../hosts/host";
import { defaultPolicySheet, ownedSheetToGrid, readPolicySheet } from "../workbook/owned";
import type { OwnedSheet } from "../workbook/owned-sheet";

/**
 * The `Collect Policy` sheet for a policy, and what the run's reader makes of it: issues when a value would not
 * survive the round trip (the reader would use a default instead).
 *
 * @example checkPolicy(DEFAULT_COLLECT_POLICY, DEFAULT_PRIORITY_WEIGHTS).issues //=> []
 */
export function checkPolicy(policy: CollectPolicy, weights: PriorityWeights): { readonly sheet: OwnedSheet; readonly issues: readonly Issue[] } {
  const sheet = defaultPolicySheet(policy, weights);
  const read = readPolicySheet(ownedSheetToGrid(sheet));
  return { sheet, issues: read.issues };
}

/**
 * Writes the policy to `Collect Policy` (replacing the sheet's content) when it reads back cleanly; otherwise
 * writes nothing and returns the issues.
 *
 * @example await savePolicy(host, { ...policy, graceDays: 5 }, weights) //=> { ok: true, value: undefined }
 */
export async function savePolicy(host: WorkbookHost, policy: CollectPolicy, weights: PriorityWeights): Promise<Result<void, readonly Issue[]>> {
  const { sheet, issues } = checkPolicy(policy, weights);
  if (issues.length > 0) return err(issues);
  await host.writeOwnedSheets([sheet]);
  return ok(undefined);
}
