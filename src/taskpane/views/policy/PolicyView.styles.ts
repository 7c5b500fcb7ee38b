import { makeStyles, tokens } from "@fluentui/react-components";

export const usePolicyViewStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  intro: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  sections: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, boxShadow: tokens.shadow2 },
  bar: {
    position: "sticky",
    bottom: `calc(-1 * ${tokens.spacingVerticalXXL})`,
    display: "flex",
    justifyContent: "flex-end",
    columnGap: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    borderTopWidth: tokens.strokeWidthThin,
    borderTopStyle: "solid",
    borderTopColor: tokens.colorNeutralStroke2,
  },
  refused: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});
