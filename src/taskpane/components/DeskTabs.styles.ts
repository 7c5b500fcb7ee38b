import { makeStyles, tokens } from "@fluentui/react-components";

export const useDeskTabsStyles = makeStyles({
  root: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottomWidth: tokens.strokeWidthThin,
    borderBottomStyle: "solid",
    borderBottomColor: tokens.colorNeutralStroke2,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    flexShrink: 0,
  },
  list: {
    display: "grid",
    gridTemplateColumns: "repeat(6, minmax(0, 1fr))",
  },
  // Fluent's Tab is a grid flowing in columns (icon, then label); flowing in rows puts the icon above the label.
  tab: {
    gridAutoFlow: "row",
    justifyItems: "center",
    justifyContent: "center",
    rowGap: "2px",
    minWidth: 0,
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
  },
  // The label under the icon: Fluent puts a Tab's content in column 2 of row 1 when it has an icon.
  content: {
    gridColumnStart: 1,
    gridRowStart: 2,
    paddingLeft: 0,
    paddingRight: 0,
  },
  label: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    whiteSpace: "nowrap",
  },
});
