import { ownedSheetToGrid } from "./to-grid";

describe("ownedSheetToGrid", () => {
  it("lays out preamble, header and rows from A1, padded to the widest row", () => {
    const grid = ownedSheetToGrid({ name: "Collect X", preamble: [["Title"]], columns: [{ header: "A", numberFormat: "0" }, { header: "B" }], rows: [[1]] });
    expect(grid.values).toEqual([["Title", null], ["A", "B"], [1, null]]);
    expect(grid.numberFormats).toEqual([["General", "General"], ["General", "General"], ["0", "General"]]);
    expect([grid.sheetName, grid.top, grid.left]).toEqual(["Collect X", 1, 1]);
  });
});
