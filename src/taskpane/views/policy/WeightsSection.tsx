import { Caption1, Field, InfoLabel, Input, makeStyles, tokens } from "@fluentui/react-components";
import { PRIORITY_FACTORS, PRIORITY_FACTOR_INFO } from "../../../core/desk/priority-weights";
import { fieldError } from "../../components/field-error";
import type { PolicyEditor } from "./usePolicyDraft";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  grid: { display: "grid", gridTemplateColumns: "repeat(2, minmax(0, 1fr))", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface WeightsSectionProps {
  /** The policy being edited. */
  readonly editor: PolicyEditor;
}

/** The priority weights that order the worklist: one number per factor; 0 ignores a factor. */
export function WeightsSection({ editor }: WeightsSectionProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Caption1 className={styles.muted}>Each factor scores 0–1 and is weighted; the worklist is sorted by the total. Set 0 to ignore one.</Caption1>
      <div className={styles.grid}>
        {PRIORITY_FACTORS.map((factor) => {
          const error = editor.errors[`weights.${factor}`];
          return (
            <Field key={factor} size="small" label={<InfoLabel size="small" info={PRIORITY_FACTOR_INFO[factor].measure}>{PRIORITY_FACTOR_INFO[factor].label}</InfoLabel>} {...fieldError(error)}>
              <Input size="small" inputMode="decimal" value={editor.draft.weights[factor]} onChange={(_, d) => editor.setWeight(factor, d.value)} />
            </Field>
          );
        })}
      </div>
    </div>
  );
}
