import { makeStyles, tokens } from "@fluentui/react-components";

export const useLogContactFormStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  pair: { display: "grid", gridTemplateColumns: "repeat(2, minmax(0, 1fr))", columnGap: tokens.spacingHorizontalS },
  control: { minWidth: 0, width: "100%" },
  actions: { display: "flex", justifyContent: "flex-end", paddingTop: tokens.spacingVerticalXS },
});
