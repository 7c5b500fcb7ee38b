import { DEFAULT_PRIORITY_WEIGHTS } from "../../core/desk/priority-weights";
import { DEFAULT_COLLECT_POLICY } from "../../core/policy/collect-policy";
import { ownedSheetToGrid } from "./_lib/to-grid";
import { draftPolicySheet, POLICY_DRAFT_SHEET_NAME } from "./policy-draft-sheet";
import { defaultPolicySheet } from "./policy-sheet";
import { readPolicySheet } from "./read-policy-sheet";

describe("draftPolicySheet", () => {
  const policy = { ...DEFAULT_COLLECT_POLICY, graceDays: 4 };
  const sheet = draftPolicySheet(policy, { ...DEFAULT_PRIORITY_WEIGHTS, stage: 3 });

  it("has the Collect Policy layout under its own name and title", () => {
    const original = defaultPolicySheet(policy, { ...DEFAULT_PRIORITY_WEIGHTS, stage: 3 });
    expect(sheet.name).toBe(POLICY_DRAFT_SHEET_NAME);
    expect(sheet.preamble?.[0]).toEqual([POLICY_DRAFT_SHEET_NAME]);
    expect(String(sheet.preamble?.[1]?.[0])).toContain("Collect What-if");
    expect(sheet.preamble?.slice(2)).toEqual(original.preamble?.slice(2));
    expect(sheet.rows).toEqual(original.rows);
  });

  it("reads back with the policy reader as the policy it was made from", () => {
    const read = readPolicySheet(ownedSheetToGrid(sheet));
    expect(read.issues).toEqual([]);
    expect(read.value).toEqual({ ...policy, weights: { ...DEFAULT_PRIORITY_WEIGHTS, stage: 3 } });
  });
});
