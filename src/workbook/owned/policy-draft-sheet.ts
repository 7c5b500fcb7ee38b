import { DEFAULT_PRIORITY_WEIGHTS, type PriorityWeights } from "../../core/desk/priority-weights";
import type { CollectPolicy } from "../../core/policy/collect-policy";
import type { OwnedSheet } from "../owned-sheet";
import { defaultPolicySheet, POLICY_SHEET_NAME } from "./policy-sheet";

/** The sheet holding a draft policy to try out: the layout of `Collect Policy`, read by the same reader. */
export const POLICY_DRAFT_SHEET_NAME = "Collect Policy Draft";

/** The sheet the what-if comparison of the draft and the current policy is written to. */
export const WHAT_IF_SHEET_NAME = "Collect What-if";

/**
 * The `Collect Policy Draft` sheet for a policy (usually a copy of the current one to start from): exactly the
 * `Collect Policy` layout, so the bookkeeper edits it the same way and the same reader reads it (its issues name
 * this sheet's cells), with a title and note saying what a draft is for. Collect writes it only when asked
 * (the pane's "Try as draft", `collect what-if --create-draft`); a run only reads it.
 *
 * @example draftPolicySheet(DEFAULT_COLLECT_POLICY).name //=> "Collect Policy Draft"
 */
export function draftPolicySheet(policy: CollectPolicy, weights: PriorityWeights = DEFAULT_PRIORITY_WEIGHTS): OwnedSheet {
  const sheet = defaultPolicySheet(policy, weights);
  const [, , ...rest] = sheet.preamble ?? [];
  return {
    ...sheet,
    name: POLICY_DRAFT_SHEET_NAME,
    preamble: [
      [POLICY_DRAFT_SHEET_NAME],
      [
        `A policy to try out: nothing is chased by it. Edit it like "${POLICY_SHEET_NAME}"; each run replays the last 12 months through this draft and through "${POLICY_SHEET_NAME}" and writes what each would have sent, charged and collected to "${WHAT_IF_SHEET_NAME}". To adopt it, copy its values into "${POLICY_SHEET_NAME}"; delete this sheet to stop the comparison.`,
      ],
      ...rest,
    ],
  };
}
