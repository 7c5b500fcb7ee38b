import { makeStyles, tokens } from "@fluentui/react-components";

export const useMetricsViewStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  head: { display: "flex", alignItems: "flex-end", columnGap: tokens.spacingHorizontalS, justifyContent: "space-between" },
  heading: { margin: 0 },
  tiles: { display: "grid", gridTemplateColumns: "repeat(2, minmax(0, 1fr))", gap: tokens.spacingHorizontalS },
  card: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
  top: { margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  topItem: { listStyleType: "none", display: "flex", columnGap: tokens.spacingHorizontalS, justifyContent: "space-between" },
  topName: { minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  amount: { fontVariantNumeric: "tabular-nums", flexShrink: 0 },
});
