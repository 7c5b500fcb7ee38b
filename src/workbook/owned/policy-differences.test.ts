import { DEFAULT_PRIORITY_WEIGHTS } from "../../core/desk/priority-weights";
import type { Cents } from "../../core/money/cents";
import { DEFAULT_COLLECT_POLICY, type CollectPolicy } from "../../core/policy/collect-policy";
import { describePolicyDifferences, triggerText } from "./policy-differences";

const base = DEFAULT_COLLECT_POLICY;
const withStage = (level: number, change: object): CollectPolicy => ({ ...base, stages: base.stages.map((s) => (s.level === level ? { ...s, ...change } : s)) });

describe("describePolicyDifferences", () => {
  it.each([
    { name: "nothing for the same policy", draft: base, lines: [] },
    { name: "a setting, as the sheet writes it", draft: { ...base, graceDays: 5 }, lines: ["Grace days after due: 5 (was 0)."] },
    { name: "a money setting", draft: { ...base, minBalanceCents: 2500 as Cents }, lines: ["Minimum balance worth chasing: 25.00 (was 10.00)."] },
    { name: "a currency's own minimum", draft: { ...base, minBalanceByCurrency: { JPY: 100000 as Cents } }, lines: ["Minimum balance worth chasing in JPY: 1000.00 (was as the general minimum)."] },
    { name: "a stage's trigger and channel", draft: withStage(5, { triggerDaysFromDue: 8, channel: "letter" }), lines: ['Standard stage 5 "Firmer pressure": starts 8 days after due (was 15 days after due); by letter (was call).'] },
    { name: "a fee", draft: withStage(6, { feeCents: 4000 as Cents }), lines: ['Standard stage 6 "Final notice": fee 40.00 (was none).'] },
    {
      name: "a scenario's grace days and its stages",
      draft: { ...base, scenarios: base.scenarios.map((s) => (s.name === "Key account" ? { ...s, graceDays: 10, stages: (s.stages ?? []).map((t) => (t.level === 7 ? { ...t, triggerDaysFromDue: 150 } : t)) } : s)) },
      lines: ['Scenario "Key account": grace days 10 (was as Standard).', 'Key account stage 7 "Agency or legal": starts 150 days after due (was 120 days after due).'],
    },
    { name: "a scenario given its own stages", draft: { ...base, scenarios: base.scenarios.map((s) => (s.name === "Public sector" ? { ...s, stages: base.stages } : s)) }, lines: ['Scenario "Public sector" has its own stages (it used the Standard ones).'] },
    { name: "the scenario rules", draft: { ...base, scenarioRules: [] }, lines: ["The scenario rules differ (0 rules, was 5): customers may fall in other scenarios."] },
  ])("$name", ({ draft, lines }) => {
    expect(describePolicyDifferences(base, draft)).toEqual(lines);
  });

  it("says a change of priority weights changes nothing that is sent", () => {
    const lines = describePolicyDifferences(base, base, { current: DEFAULT_PRIORITY_WEIGHTS, draft: { ...DEFAULT_PRIORITY_WEIGHTS, stage: 0 } });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Priority weights: .* 0 \(was \d+\)\. They order the worklist and change nothing that is sent\.$/);
  });
});

describe("triggerText", () => {
  it.each([
    { name: "no trigger", days: null, text: "from the invoice date" },
    { name: "before due", days: -5, text: "5 days before due" },
    { name: "one day after", days: 1, text: "1 day after due" },
    { name: "the due date", days: 0, text: "on the due date" },
  ])("$name", ({ days, text }) => {
    expect(triggerText(days)).toBe(text);
  });
});
