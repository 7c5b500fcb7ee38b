import { makeStyles, tokens } from "@fluentui/react-components";

export const useCashForecastCardStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  weeks: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, margin: 0, padding: 0 },
  row: { listStyleType: "none", display: "grid", gridTemplateColumns: "64px minmax(0, 1fr) auto", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  label: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  track: { height: "8px", borderRadius: tokens.borderRadiusSmall, backgroundColor: tokens.colorNeutralBackground3, overflow: "hidden" },
  bar: { display: "block", height: "100%", borderRadius: tokens.borderRadiusSmall, minWidth: "2px", backgroundColor: tokens.colorBrandBackground },
  amount: { fontSize: tokens.fontSizeBase200, fontVariantNumeric: "tabular-nums", textAlign: "end", minWidth: "64px" },
  check: { fontVariantNumeric: "tabular-nums" },
});
