import { Field, InfoLabel, Input, Select, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { SETTING_SPECS, type SettingSpec } from "../../../workbook/owned";
import { fieldError } from "../../components/field-error";
import { settingOptions } from "./policy-draft";
import type { PolicyEditor } from "./usePolicyDraft";

const useStyles = makeStyles({
  root: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", rowGap: tokens.spacingVerticalS },
});

const UNIT: Partial<Record<SettingSpec["kind"], string>> = { days: "days", percent: "%", levels: "levels" };

export interface SettingsSectionProps {
  /** The policy being edited. */
  readonly editor: PolicyEditor;
}

/** The policy's settings (grace, gaps between contacts, minimum balance, tone thresholds), each with what it means. */
export function SettingsSection({ editor }: SettingsSectionProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      {SETTING_SPECS.map((spec) => {
        const value = editor.draft.settings[spec.key];
        const error = editor.errors[`settings.${spec.key}`];
        const label = <InfoLabel info={spec.meaning} size="small">{spec.label}</InfoLabel>;
        const options = settingOptions(spec);
        if (spec.kind === "yes-no") {
          return <Switch key={spec.key} label={spec.label} checked={value === true} onChange={(_, d) => editor.setSetting(spec.key, d.checked)} />;
        }
        return (
          <Field key={spec.key} label={label} size="small" {...fieldError(error)}>
            {options !== undefined ? (
              <Select size="small" value={String(value)} onChange={(_, d) => editor.setSetting(spec.key, d.value)}>
                {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </Select>
            ) : (
              <Input size="small" inputMode="decimal" value={String(value)} {...(UNIT[spec.kind] === undefined ? {} : { contentAfter: UNIT[spec.kind] })} onChange={(_, d) => editor.setSetting(spec.key, d.value)} />
            )}
          </Field>
        );
      })}
    </div>
  );
}
