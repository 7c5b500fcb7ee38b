import { makeStyles, tokens } from "@fluentui/react-components";

export const useMappingRowStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 2fr) minmax(0, 3fr)",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottomWidth: tokens.strokeWidthThin,
    borderBottomStyle: "solid",
    borderBottomColor: tokens.colorNeutralStroke3,
  },
  field: { display: "flex", flexDirection: "column", alignItems: "flex-start", rowGap: "2px", minWidth: 0, paddingTop: "3px" },
  label: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  choice: { display: "flex", flexDirection: "column", rowGap: "2px", minWidth: 0 },
  select: { minWidth: 0, width: "100%" },
  samples: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
});
