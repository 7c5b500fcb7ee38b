import type { CellAddress, Issue } from "../../../core/types/issue";

/** The issue codes the policy sheet reader reports. */
export type PolicyIssueCode =
  | "policy-invalid-cell"
  | "policy-missing-section"
  | "policy-missing-setting"
  | "policy-unknown-setting"
  | "policy-duplicate"
  | "policy-row-ignored"
  | "policy-stage-order";

/**
 * A policy-sheet issue whose message starts with the cell, as every Collect message does.
 *
 * @example policyIssue("policy-invalid-cell", "warning", "'Collect Policy'!B6" as CellAddress, "…").message //=> "'Collect Policy'!B6: …"
 */
export function policyIssue(code: PolicyIssueCode, severity: Issue["severity"], address: CellAddress, message: string): Issue {
  return { code, severity, address, message: `${address}: ${message}` };
}

