import { sampleHost, SAMPLE_AS_OF } from "../../test/helpers/sample-book";
import { testCustomer, testInvoice, testLedger } from "../core/desk/_lib/test-ledger";
import { DEFAULT_PRIORITY_WEIGHTS } from "../core/desk/priority-weights";
import { DEFAULT_COLLECT_POLICY, type CollectPolicy } from "../core/policy/collect-policy";
import { replayPolicy, replayWindowEndingAt } from "../core/replay/replay-policy";
import { POLICY_DRAFT_SHEET_NAME, WHAT_IF_SHEET_NAME } from "../workbook/owned";
import { saveDraftPolicy, type DraftToSave } from "./save-draft-policy";
import { analyseWhatIf, readWhatIfWorkbook } from "./what-if";

const current: CollectPolicy = DEFAULT_COLLECT_POLICY;
const draft: CollectPolicy = { ...current, stages: current.stages.map((s) => (s.level === 6 ? { ...s, triggerDaysFromDue: 30 } : s)) };
const ledger = testLedger({
  invoices: [testInvoice({ no: "LATE", customer: "C1", invoiceDate: "2026-05-02", dueDate: "2026-06-01", amount: 1000 })],
  customers: [testCustomer({ key: "C1" })],
});

function toSave(policy: CollectPolicy): DraftToSave {
  return { draft: policy, draftWeights: DEFAULT_PRIORITY_WEIGHTS, current, currentWeights: DEFAULT_PRIORITY_WEIGHTS, comparison: replayPolicy(ledger, policy, current, replayWindowEndingAt(SAMPLE_AS_OF)), asOf: SAMPLE_AS_OF, ledger };
}

describe("saveDraftPolicy", () => {
  it("writes Collect Policy Draft and Collect What-if, and the draft reads back as the policy saved", async () => {
    const host = await sampleHost();
    const saved = await saveDraftPolicy(host, toSave(draft));
    expect(saved).toEqual({ ok: true, value: [POLICY_DRAFT_SHEET_NAME, WHAT_IF_SHEET_NAME] });
    expect(host.log.written).toEqual([POLICY_DRAFT_SHEET_NAME, WHAT_IF_SHEET_NAME]);
    const book = await readWhatIfWorkbook(host);
    const again = analyseWhatIf(ledger, current, book.draftGrid, SAMPLE_AS_OF);
    expect(again.issues).toEqual([]);
    expect(again.draft?.stages).toEqual(draft.stages);
  });

  it("writes nothing when the draft would not read back as given", async () => {
    const host = await sampleHost();
    const saved = await saveDraftPolicy(host, toSave({ ...draft, graceDays: -2 }));
    expect(saved.ok).toBe(false);
    expect(saved.ok ? [] : saved.error[0]?.message).toContain(POLICY_DRAFT_SHEET_NAME);
    expect(host.log.written).toEqual([]);
  });
});
