import { makeStyles, tokens } from "@fluentui/react-components";

export const useNoWorkbookNoticeStyles = makeStyles({
  root: {
    rowGap: tokens.spacingVerticalM,
  },
  heading: {
    margin: 0,
  },
  views: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  hint: {
    color: tokens.colorNeutralForeground3,
  },
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorNeutralForeground1,
  },
});
