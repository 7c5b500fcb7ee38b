import { makeStyles, tokens } from "@fluentui/react-components";

export const useStatusAreaStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalL,
    paddingTop: tokens.spacingVerticalS,
    flexShrink: 0,
  },
  empty: {
    display: "none",
  },
  progressLabel: {
    color: tokens.colorNeutralForeground2,
  },
});
