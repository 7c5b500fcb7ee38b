import { Caption1, Subtitle1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
  },
  label: { color: tokens.colorNeutralForeground3 },
  value: { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
});

export interface MetricTileProps {
  /** What the figure is ("DSO"). */
  readonly label: string;
  /** The figure, formatted. */
  readonly value: string;
  /** One line saying how it is measured. */
  readonly hint?: string;
  /** Extra class for the root, applied last. */
  readonly className?: string;
}

/** One figure with its label and how it is measured. */
export function MetricTile({ label, value, hint, className }: MetricTileProps) {
  const styles = useStyles();
  return (
    <div className={mergeClasses(styles.root, className)} role="group" aria-label={`${label}: ${value}`}>
      <Caption1 className={styles.label}>{label}</Caption1>
      <Subtitle1 className={styles.value}>{value}</Subtitle1>
      {hint !== undefined && <span className={styles.hint}>{hint}</span>}
    </div>
  );
}
