import { makeStyles, tokens } from "@fluentui/react-components";

export const useSetupViewStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  asOf: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", columnGap: tokens.spacingHorizontalS, alignItems: "end" },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  sheets: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, boxShadow: tokens.shadow2 },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});
