import { Body1, Button, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { STANDARD_SCENARIO } from "../../../core/policy/scenario";
import { StageEditor } from "./StageEditor";
import type { PolicyEditor } from "./usePolicyDraft";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface StagesSectionProps {
  /** The policy being edited. */
  readonly editor: PolicyEditor;
}

/** The escalation stages of the Standard scenario or of one customer segment's scenario. */
export function StagesSection({ editor }: StagesSectionProps) {
  const styles = useStyles();
  const [scenario, setScenario] = useState(STANDARD_SCENARIO);
  const chosen = editor.draft.scenarios.find((s) => s.name === scenario);
  const stages = scenario === STANDARD_SCENARIO ? editor.draft.stages : (chosen?.stages ?? null);
  return (
    <div className={styles.root}>
      <Field label="Scenario" hint={chosen === undefined ? "Customers no scenario rule picks." : chosen.description}>
        <Select value={scenario} onChange={(_, d) => setScenario(d.value)}>
          <option value={STANDARD_SCENARIO}>{STANDARD_SCENARIO}</option>
          {editor.draft.scenarios.map((s) => <option key={s.name} value={s.name}>{s.name}</option>)}
        </Select>
      </Field>
      {stages === null ? (
        <>
          <Body1 className={styles.muted}>{scenario} uses the Standard stages{chosen?.graceDays ? ` with ${chosen.graceDays} grace days` : ""}.</Body1>
          <Button onClick={() => editor.ownStages(scenario)}>Give {scenario} its own stages</Button>
        </>
      ) : (
        stages.map((stage) => (
          <StageEditor key={stage.definition.level} stage={stage} scenario={scenario} errors={editor.errors} onChange={(change) => editor.setStage(scenario, stage.definition.level, change)} />
        ))
      )}
    </div>
  );
}
