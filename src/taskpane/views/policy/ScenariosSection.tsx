import { Body1Strong, Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { ScenarioRule } from "../../../core/policy/scenario";
import { fieldError } from "../../components/field-error";
import type { PolicyEditor } from "./usePolicyDraft";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  scenario: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) 96px", columnGap: tokens.spacingHorizontalS, alignItems: "start" },
  text: { display: "flex", flexDirection: "column", minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** A rule in words. @example ruleText({ scenario: "Key account", field: "sales-12m", atLeast: 100000, below: null }) //=> "sales in the last 12 months at least 100,000" */
export function ruleText(rule: ScenarioRule): string {
  if (rule.field === "risk-band") return `late-payment risk is ${rule.anyOf.join(" or ")}`;
  if ("anyOf" in rule) return `${rule.field === "segment" ? "segment is" : "industry code starts with"} ${rule.anyOf.join(" or ")}`;
  const what = rule.field === "sales-12m" ? "sales in the last 12 months" : "days since the first invoice";
  const parts = [rule.atLeast === null ? null : `at least ${rule.atLeast.toLocaleString("en-GB")}`, rule.below === null ? null : `below ${rule.below.toLocaleString("en-GB")}`].filter((p) => p !== null);
  return `${what} ${parts.join(" and ")}`;
}

export interface ScenariosSectionProps {
  /** The policy being edited. */
  readonly editor: PolicyEditor;
  /** The rules that pick each scenario (edited in the sheet). */
  readonly rules: readonly ScenarioRule[];
}

/** Each customer segment's scenario: what it is for, the rules that pick it, and its grace days. */
export function ScenariosSection({ editor, rules }: ScenariosSectionProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      {editor.draft.scenarios.map((scenario) => {
        const error = editor.errors[`scenarios.${scenario.name}.graceDays`];
        const picks = rules.filter((r) => r.scenario === scenario.name).map(ruleText);
        return (
          <div key={scenario.name} className={styles.scenario}>
            <div className={styles.text}>
              <Body1Strong>{scenario.name}</Body1Strong>
              <Caption1 className={styles.muted}>{scenario.description}</Caption1>
              <Caption1>{picks.length === 0 ? "No rule picks it yet." : `When ${picks.join("; or ")}.`}</Caption1>
            </div>
            <Field label="Grace days" size="small" {...fieldError(error)}>
              <Input size="small" inputMode="numeric" placeholder="As Standard" value={scenario.graceDays} onChange={(_, d) => editor.setScenarioGrace(scenario.name, d.value)} />
            </Field>
          </div>
        );
      })}
      <Caption1 className={styles.muted}>Change the rules in the &quot;Scenario rules&quot; block of the &quot;Collect Policy&quot; sheet.</Caption1>
    </div>
  );
}
