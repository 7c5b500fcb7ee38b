import { sampleHost, SAMPLE_AS_OF } from "../../test/helpers/sample-book";
import { DEFAULT_PRIORITY_WEIGHTS } from "../core/desk/priority-weights";
import { DEFAULT_COLLECT_POLICY } from "../core/policy/collect-policy";
import { POLICY_SHEET_NAME } from "../workbook/owned";
import { analyseWorkbook } from "./run-collect";
import { checkPolicy, savePolicy } from "./save-policy";

describe("checkPolicy", () => {
  it("passes the default policy", () => {
    expect(checkPolicy(DEFAULT_COLLECT_POLICY, DEFAULT_PRIORITY_WEIGHTS).issues).toEqual([]);
  });

  it.each([
    { name: "a negative grace period", policy: { ...DEFAULT_COLLECT_POLICY, graceDays: -3 }, weights: DEFAULT_PRIORITY_WEIGHTS },
    { name: "a fractional contact gap", policy: { ...DEFAULT_COLLECT_POLICY, minDaysBetweenContacts: 2.5 }, weights: DEFAULT_PRIORITY_WEIGHTS },
    { name: "all weights zero", policy: DEFAULT_COLLECT_POLICY, weights: { "amount-at-risk": 0, "days-past-due": 0, "broken-promises": 0, "days-to-pay-trend": 0, "credit-limit-use": 0, stage: 0 } },
  ])("refuses $name with an issue naming the policy sheet's cell", ({ policy, weights }) => {
    const { issues } = checkPolicy(policy, weights);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]?.message).toContain(POLICY_SHEET_NAME);
  });
});

describe("savePolicy", () => {
  it("writes the edited policy to Collect Policy, and the next analysis uses it", async () => {
    const host = await sampleHost();
    const result = await savePolicy(host, { ...DEFAULT_COLLECT_POLICY, graceDays: 9 }, { ...DEFAULT_PRIORITY_WEIGHTS, stage: 0 });
    expect(result).toEqual({ ok: true, value: undefined });
    expect(host.log.written).toEqual([POLICY_SHEET_NAME]);
    const run = await analyseWorkbook(host, { asOf: SAMPLE_AS_OF });
    expect(run.policy.graceDays).toBe(9);
    expect(run.weights.stage).toBe(0);
  });

  it("writes nothing when the policy would not read back as given", async () => {
    const host = await sampleHost();
    const result = await savePolicy(host, { ...DEFAULT_COLLECT_POLICY, graceDays: -1 }, DEFAULT_PRIORITY_WEIGHTS);
    expect(result.ok).toBe(false);
    expect(host.log.written).toEqual([]);
  });
});
