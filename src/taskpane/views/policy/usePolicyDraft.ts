import { useCallback, useState } from "react";
import type { PriorityFactor, PriorityWeights } from "../../../core/desk/priority-weights";
import type { CollectPolicy, PolicySettings } from "../../../core/policy/collect-policy";
import { STANDARD_SCENARIO } from "../../../core/policy/scenario";
import type { Issue } from "../../../core/types/issue";
import { fromDraft, toDraft, type DraftErrors, type PolicyDraft, type StageDraft } from "./policy-draft";

/** The Policy view's editing state. */
export interface PolicyEditor {
  readonly draft: PolicyDraft;
  readonly errors: DraftErrors;
  /** Issues the sheet's reader raised on save (the policy was not saved). */
  readonly refused: readonly Issue[];
  readonly dirty: boolean;
  readonly setSetting: (key: keyof PolicySettings, value: string | boolean) => void;
  readonly setStage: (scenario: string, level: number, change: Partial<StageDraft>) => void;
  readonly setScenarioGrace: (scenario: string, text: string) => void;
  /** Gives a scenario that uses the Standard stages its own copy to edit. */
  readonly ownStages: (scenario: string) => void;
  readonly setWeight: (factor: PriorityFactor, text: string) => void;
  readonly reset: () => void;
  /** Checks every field; saves when all are valid. Resolves to true when saved. */
  readonly save: () => Promise<boolean>;
  /** Checks every field (showing the messages under them) and builds the policy in the form, or null when a field needs a change. */
  readonly build: () => { readonly policy: CollectPolicy; readonly weights: PriorityWeights } | null;
}

function withoutKey(errors: DraftErrors, prefix: string): DraftErrors {
  return Object.fromEntries(Object.entries(errors).filter(([key]) => !key.startsWith(prefix)));
}

/** Edits a copy of the policy and weights; `save` hands them to `persist` (the desk) only when every field is valid. */
export function usePolicyDraft(policy: CollectPolicy, weights: PriorityWeights, persist: (policy: CollectPolicy, weights: PriorityWeights) => Promise<readonly Issue[]>): PolicyEditor {
  const [draft, setDraft] = useState<PolicyDraft>(() => toDraft(policy, weights));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [refused, setRefused] = useState<readonly Issue[]>([]);
  const [dirty, setDirty] = useState(false);

  const edit = useCallback((change: (d: PolicyDraft) => PolicyDraft, errorPrefix: string) => {
    setDraft(change);
    setErrors((current) => withoutKey(current, errorPrefix));
    setDirty(true);
  }, []);

  const mapStages = (stages: readonly StageDraft[], level: number, change: Partial<StageDraft>) => stages.map((s) => (s.definition.level === level ? { ...s, ...change } : s));

  return {
    draft,
    errors,
    refused,
    dirty,
    setSetting: (key, value) => edit((d) => ({ ...d, settings: { ...d.settings, [key]: value } }), `settings.${key}`),
    setStage: (scenario, level, change) =>
      edit(
        (d) =>
          scenario === STANDARD_SCENARIO
            ? { ...d, stages: mapStages(d.stages, level, change) }
            : { ...d, scenarios: d.scenarios.map((s) => (s.name === scenario && s.stages !== null ? { ...s, stages: mapStages(s.stages, level, change) } : s)) },
        `stages.${scenario}.${level}`,
      ),
    setScenarioGrace: (scenario, text) => edit((d) => ({ ...d, scenarios: d.scenarios.map((s) => (s.name === scenario ? { ...s, graceDays: text } : s)) }), `scenarios.${scenario}`),
    ownStages: (scenario) => edit((d) => ({ ...d, scenarios: d.scenarios.map((s) => (s.name === scenario ? { ...s, stages: d.stages } : s)) }), `stages.${scenario}`),
    setWeight: (factor, text) => edit((d) => ({ ...d, weights: { ...d.weights, [factor]: text } }), "weights."),
    reset: () => {
      setDraft(toDraft(policy, weights));
      setErrors({});
      setRefused([]);
      setDirty(false);
    },
    build: () => {
      const built = fromDraft(draft, policy);
      setErrors(built.errors);
      return built.policy === null || built.weights === null ? null : { policy: built.policy, weights: built.weights };
    },
    save: async () => {
      const built = fromDraft(draft, policy);
      setErrors(built.errors);
      if (built.policy === null || built.weights === null) return false;
      const issues = await persist(built.policy, built.weights);
      setRefused(issues);
      if (issues.length === 0) {
        // The form now shows what was saved, scenarios' followed Standard levels included, so the next edit starts there.
        setDraft(toDraft(built.policy, built.weights));
        setDirty(false);
      }
      return issues.length === 0;
    },
  };
}
