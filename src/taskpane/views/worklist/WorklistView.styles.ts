import { makeStyles, tokens } from "@fluentui/react-components";

export const useWorklistViewStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  summary: { display: "flex", alignItems: "flex-end", columnGap: tokens.spacingHorizontalS },
  summaryText: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0 },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  empty: { color: tokens.colorNeutralForeground2, paddingTop: tokens.spacingVerticalL, paddingBottom: tokens.spacingVerticalL, textAlign: "center" },
});
