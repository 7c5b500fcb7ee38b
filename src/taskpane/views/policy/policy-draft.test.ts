import { DEFAULT_PRIORITY_WEIGHTS } from "../../../core/desk/priority-weights";
import { DEFAULT_COLLECT_POLICY } from "../../../core/policy/collect-policy";
import { checkPolicy } from "../../../service/save-policy";
import { fromDraft, toDraft, type PolicyDraft } from "./policy-draft";

const draft = toDraft(DEFAULT_COLLECT_POLICY, DEFAULT_PRIORITY_WEIGHTS);

function withStage(level: number, change: Partial<PolicyDraft["stages"][number]>): PolicyDraft {
  return { ...draft, stages: draft.stages.map((s) => (s.definition.level === level ? { ...s, ...change } : s)) };
}

describe("policy draft", () => {
  it("round-trips the default policy and weights", () => {
    const built = fromDraft(draft, DEFAULT_COLLECT_POLICY);
    expect(built.errors).toEqual({});
    expect(built.policy).toEqual(DEFAULT_COLLECT_POLICY);
    expect(built.weights).toEqual(DEFAULT_PRIORITY_WEIGHTS);
  });

  it.each([
    { name: "grace days", edit: { ...draft, settings: { ...draft.settings, graceDays: "10" } }, check: (p: typeof DEFAULT_COLLECT_POLICY) => p.graceDays === 10 },
    { name: "a money setting (major units to cents)", edit: { ...draft, settings: { ...draft.settings, minBalanceCents: "25.50" } }, check: (p: typeof DEFAULT_COLLECT_POLICY) => p.minBalanceCents === 2550 },
    { name: "a percentage (to a share)", edit: { ...draft, settings: { ...draft.settings, chronicLateShare: "40" } }, check: (p: typeof DEFAULT_COLLECT_POLICY) => p.chronicLateShare === 0.4 },
    { name: "a yes/no", edit: { ...draft, settings: { ...draft.settings, finalNoticeBeforeAgency: false } }, check: (p: typeof DEFAULT_COLLECT_POLICY) => !p.finalNoticeBeforeAgency },
    { name: "a stage's day and channel", edit: withStage(5, { trigger: "20", channel: "letter" }), check: (p: typeof DEFAULT_COLLECT_POLICY) => p.stages[4]?.triggerDaysFromDue === 20 && p.stages[4]?.channel === "letter" },
  ])("takes an edit of $name, and the sheet reads it back without issues", ({ edit, check }) => {
    const built = fromDraft(edit, DEFAULT_COLLECT_POLICY);
    expect(built.errors).toEqual({});
    expect(built.policy !== null && check(built.policy)).toBe(true);
    expect(checkPolicy(built.policy ?? DEFAULT_COLLECT_POLICY, built.weights ?? DEFAULT_PRIORITY_WEIGHTS).issues).toEqual([]);
  });

  it.each([
    { name: "negative grace days", edit: { ...draft, settings: { ...draft.settings, graceDays: "-1" } }, path: "settings.graceDays" },
    { name: "grace days as words", edit: { ...draft, settings: { ...draft.settings, graceDays: "ten" } }, path: "settings.graceDays" },
    { name: "a percentage over 100", edit: { ...draft, settings: { ...draft.settings, chronicLateShare: "140" } }, path: "settings.chronicLateShare" },
    { name: "a stage before the one below it", edit: withStage(5, { trigger: "0" }), path: "stages.Standard.5.trigger" },
    { name: "a stage without days", edit: withStage(4, { trigger: "" }), path: "stages.Standard.4.trigger" },
    { name: "a stage without a name", edit: withStage(6, { name: " " }), path: "stages.Standard.6.name" },
    { name: "a fractional contact gap", edit: withStage(6, { minDays: "2.5" }), path: "stages.Standard.6.minDays" },
    { name: "a scenario's grace as words", edit: { ...draft, scenarios: draft.scenarios.map((s, i) => (i === 0 ? { ...s, graceDays: "lots" } : s)) }, path: "scenarios.Public sector.graceDays" },
    { name: "a negative weight", edit: { ...draft, weights: { ...draft.weights, stage: "-2" } }, path: "weights.stage" },
    { name: "all weights zero", edit: { ...draft, weights: Object.fromEntries(Object.keys(draft.weights).map((k) => [k, "0"])) as PolicyDraft["weights"] }, path: "weights.amount-at-risk" },
  ])("refuses $name at its field", ({ edit, path }) => {
    const built = fromDraft(edit, DEFAULT_COLLECT_POLICY);
    expect(built.policy).toBeNull();
    expect(Object.keys(built.errors)).toEqual([path]);
  });
});
