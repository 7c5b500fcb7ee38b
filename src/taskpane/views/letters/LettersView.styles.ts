import { makeStyles, tokens } from "@fluentui/react-components";

export const useLettersViewStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  intro: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  heading: { margin: 0 },
  field: { minWidth: 0 },
  select: { minWidth: 0, width: "100%" },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: "grid", gridTemplateColumns: "repeat(2, minmax(0, 1fr))", gap: tokens.spacingHorizontalS },
  wide: { gridColumnStart: 1, gridColumnEnd: 3 },
  button: { minWidth: 0, justifyContent: "flex-start" },
});
