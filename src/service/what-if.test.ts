import { sampleHost, SAMPLE_AS_OF } from "../../test/helpers/sample-book";
import { day, testCustomer, testInvoice, testLedger } from "../core/desk/_lib/test-ledger";
import { DEFAULT_COLLECT_POLICY, type CollectPolicy } from "../core/policy/collect-policy";
import { replayPolicy, replayWindowEndingAt } from "../core/replay/replay-policy";
import type { Grid } from "../workbook/grid";
import { draftPolicySheet, ownedSheetToGrid, POLICY_DRAFT_SHEET_NAME, WHAT_IF_SHEET_NAME } from "../workbook/owned";
import { analyseWhatIf, readWhatIfWorkbook } from "./what-if";

const current: CollectPolicy = { ...DEFAULT_COLLECT_POLICY, scenarioRules: [] };
const draft: CollectPolicy = { ...current, stages: current.stages.map((s) => (s.level === 5 ? { ...s, triggerDaysFromDue: 8 } : s)) };
const ledger = testLedger({
  invoices: [testInvoice({ no: "LATE", customer: "C1", invoiceDate: "2026-05-02", dueDate: "2026-06-01", amount: 1000 })],
  customers: [testCustomer({ key: "C1", name: "Acme Ltd" })],
});
const asOf = day("2026-11-30");

/** The draft sheet as the bookkeeper left it, with one cell changed. */
function draftGrid(policy: CollectPolicy, edit?: { readonly label: string; readonly value: string }): Grid {
  const grid = ownedSheetToGrid(draftPolicySheet(policy));
  if (edit === undefined) return grid;
  return { ...grid, values: grid.values.map((row) => (row[0] === edit.label ? row.map((cell, c) => (c === 1 ? edit.value : cell)) : row)) };
}

describe("analyseWhatIf", () => {
  it("writes nothing and says nothing when the workbook has no Collect Policy Draft", () => {
    expect(analyseWhatIf(ledger, current, undefined, asOf)).toEqual({ sheet: null, issues: [], comparison: null, draft: null });
  });

  it("replays the 12 months to the as-of date through the draft sheet's policy beside the current one (no paid history: nobody rated)", () => {
    const result = analyseWhatIf(ledger, current, draftGrid(draft), asOf);
    expect(result.issues).toEqual([]);
    expect(result.comparison?.window).toEqual({ from: "2025-12-01", to: "2026-11-30" });
    expect(result.comparison).toEqual(replayPolicy(ledger, draft, current, replayWindowEndingAt(asOf), { risks: new Map() }));
    expect(result.sheet?.name).toBe(WHAT_IF_SHEET_NAME);
    expect(result.sheet?.rows[0]?.[0]).toBe("Acme Ltd");
  });

  it("reports a draft cell it cannot read at its address in the draft sheet, and replays with that cell's default", () => {
    const grid = draftGrid({ ...draft, graceDays: 3 }, { label: "Grace days after due", value: "soon" });
    const row = grid.values.findIndex((r) => r[0] === "Grace days after due") + 1;
    const result = analyseWhatIf(ledger, current, grid, asOf);
    expect(result.issues).toEqual([expect.objectContaining({ address: `'${POLICY_DRAFT_SHEET_NAME}'!B${row}` })]);
    expect(result.issues[0]?.message).toMatch(new RegExp(`^'${POLICY_DRAFT_SHEET_NAME}'!B${row}: `));
    expect(result.draft?.graceDays).toBe(DEFAULT_COLLECT_POLICY.graceDays);
    expect(result.sheet).not.toBeNull();
  });
});

describe("readWhatIfWorkbook", () => {
  it("finds the sample's ledger and no draft; then the draft once it is written", async () => {
    const host = await sampleHost();
    const before = await readWhatIfWorkbook(host);
    expect(before.draftGrid).toBeUndefined();
    expect(before.ledger.invoices).toHaveLength(510);
    await host.writeOwnedSheets([draftPolicySheet(draft)]);
    const after = await readWhatIfWorkbook(host);
    expect(after.draftGrid?.sheetName).toBe(POLICY_DRAFT_SHEET_NAME);
    const result = analyseWhatIf(after.ledger, after.policy, after.draftGrid, SAMPLE_AS_OF, { plans: after.plans, weights: after.weights });
    expect(result.comparison?.draft.byStage.find((s) => s.level === 5)?.count).toBeGreaterThan(result.comparison?.current.byStage.find((s) => s.level === 5)?.count ?? 0);
  });
});
