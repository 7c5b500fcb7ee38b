import { makeStyles, tokens } from "@fluentui/react-components";

export const useAgingBarsStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, margin: 0, padding: 0 },
  row: {
    listStyleType: "none",
    display: "grid",
    gridTemplateColumns: "56px minmax(0, 1fr) auto",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  label: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  amount: { fontSize: tokens.fontSizeBase200, fontVariantNumeric: "tabular-nums", textAlign: "end", minWidth: "64px" },
  track: { height: "10px", borderRadius: tokens.borderRadiusSmall, backgroundColor: tokens.colorNeutralBackground3, overflow: "hidden" },
  trackLarge: { height: "16px" },
  bar: { height: "100%", borderRadius: tokens.borderRadiusSmall, minWidth: "2px" },
  b0: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  b1: { backgroundColor: tokens.colorPaletteYellowBackground3 },
  b2: { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
  b3: { backgroundColor: tokens.colorPaletteDarkOrangeBackground3 },
  b4: { backgroundColor: tokens.colorPaletteRedBackground3 },
  b5: { backgroundColor: tokens.colorPaletteDarkRedBorderActive },
});
