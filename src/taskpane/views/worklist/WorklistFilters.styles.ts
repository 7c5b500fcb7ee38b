import { makeStyles, tokens } from "@fluentui/react-components";

export const useWorklistFiltersStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
  },
  control: {
    minWidth: 0,
    width: "100%",
  },
});
