import { makeStyles, tokens } from "@fluentui/react-components";

export const useDeskPaneStyles = makeStyles({
  top: {
    flexShrink: 0,
    boxShadow: tokens.shadow2,
    zIndex: 1,
  },
  view: {
    flexGrow: 1,
    overflowY: "auto",
    overflowX: "hidden",
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalXXL,
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalL,
  },
});
