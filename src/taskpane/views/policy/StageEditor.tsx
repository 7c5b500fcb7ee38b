import { Caption1, Field, Input, Select, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Channel, ToneRule } from "../../../core/policy/policy";
import { fieldError } from "../../components/field-error";
import { stageColor } from "../../components/StageBadge";
import type { DraftErrors, StageDraft } from "./policy-draft";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, paddingTop: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS, borderBottomWidth: tokens.strokeWidthThin, borderBottomStyle: "solid", borderBottomColor: tokens.colorNeutralStroke3 },
  title: { display: "grid", gridTemplateColumns: "24px minmax(0, 1fr)", columnGap: tokens.spacingHorizontalS, alignItems: "center" },
  level: { width: "22px", height: "22px", borderRadius: tokens.borderRadiusCircular, display: "flex", alignItems: "center", justifyContent: "center", fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForegroundOnBrand },
  informative: { backgroundColor: tokens.colorNeutralForeground3 },
  warning: { backgroundColor: tokens.colorPaletteDarkOrangeBackground3 },
  severe: { backgroundColor: tokens.colorPaletteRedBackground3 },
  danger: { backgroundColor: tokens.colorPaletteDarkRedBorderActive },
  grid: { display: "grid", gridTemplateColumns: "repeat(2, minmax(0, 1fr))", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, paddingLeft: "32px" },
  control: { minWidth: 0, width: "100%" },
  action: { color: tokens.colorNeutralForeground3, paddingLeft: "32px" },
});

const CHANNELS: readonly Channel[] = ["none", "call", "e-mail", "letter"];
const TONES: readonly { readonly value: ToneRule; readonly label: string }[] = [
  { value: "soft", label: "Soft" },
  { value: "firm", label: "Firm" },
  { value: "by-history", label: "By payer history" },
];

export interface StageEditorProps {
  /** The stage as edited. */
  readonly stage: StageDraft;
  /** The scenario whose table it belongs to (error paths and labels). */
  readonly scenario: string;
  /** Field messages of the whole draft. */
  readonly errors: DraftErrors;
  /** Called with the changed fields. */
  readonly onChange: (change: Partial<StageDraft>) => void;
}

/** One stage: name, days from due, channel, tone and the minimum days since the last contact. */
export function StageEditor({ stage, scenario, errors, onChange }: StageEditorProps) {
  const styles = useStyles();
  const level = stage.definition.level;
  const at = `stages.${scenario}.${level}`;
  const message = (field: string) => fieldError(errors[`${at}.${field}`]);
  return (
    <div className={styles.root} role="group" aria-label={`Stage ${level} of ${scenario}`}>
      <div className={styles.title}>
        <span className={mergeClasses(styles.level, styles[stageColor(level) as "informative" | "warning" | "severe" | "danger"])} aria-hidden>{level}</span>
        <Field {...message("name")}>
          <Input size="small" aria-label={`Name of stage ${level}`} value={stage.name} onChange={(_, d) => onChange({ name: d.value })} />
        </Field>
      </div>
      <div className={styles.grid}>
        <Field label="Days from due" size="small" {...message("trigger")}>
          <Input className={styles.control} size="small" inputMode="numeric" placeholder={level === 1 ? "On issue" : undefined} value={stage.trigger} onChange={(_, d) => onChange({ trigger: d.value })} />
        </Field>
        <Field label="Wait after contact" size="small" {...message("minDays")}>
          <Input className={styles.control} size="small" inputMode="numeric" contentAfter={<Caption1>days</Caption1>} value={stage.minDays} onChange={(_, d) => onChange({ minDays: d.value })} />
        </Field>
        <Field label="Channel" size="small">
          <Select className={styles.control} size="small" value={stage.channel} onChange={(_, d) => onChange({ channel: d.value as Channel })}>
            {CHANNELS.map((c) => <option key={c} value={c}>{c === "none" ? "No contact" : c === "e-mail" ? "E-mail" : c[0]?.toUpperCase() + c.slice(1)}</option>)}
          </Select>
        </Field>
        <Field label="Tone" size="small">
          <Select className={styles.control} size="small" value={stage.tone} onChange={(_, d) => onChange({ tone: d.value as ToneRule })}>
            {TONES.map((t) => <option key={t.value} value={t.value}>{t.label}</option>)}
          </Select>
        </Field>
      </div>
      <Caption1 className={styles.action}>{stage.definition.action}</Caption1>
    </div>
  );
}
