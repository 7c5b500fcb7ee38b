import { gridOf } from "../../../../test/helpers/grid-of";
import { sampleValues, sheetColumns } from "./sheet-columns";

const grid = gridOf(
  "Invoices",
  [
    ["Ledger export", null, null, null],
    ["Invoice", null, "Due", "Amount"],
    ["INV-1", null, 46296, 1250.5],
    ["INV-2", null, null, { error: "#N/A" }],
    ["INV-3", null, 46327, 80],
    ["INV-4", null, 46357, 15],
  ],
  { formats: { 2: "yyyy-mm-dd" }, formatFromRow: 2, left: 2 },
);

describe("sheetColumns", () => {
  it("lists the titled columns of the header row with their letters (the grid may start right of A)", () => {
    expect(sheetColumns(grid, 2)).toEqual([{ letter: "B", header: "Invoice" }, { letter: "D", header: "Due" }, { letter: "E", header: "Amount" }]);
  });

  it("gives nothing for a header row outside the grid", () => {
    expect(sheetColumns(grid, 40)).toEqual([]);
  });
});

describe("sampleValues", () => {
  it.each([
    { name: "dates as dates, skipping blanks", letter: "D", expected: ["2026-10-01", "2026-11-01", "2026-12-01"] },
    { name: "amounts and error values", letter: "E", expected: ["1,250.5", "#N/A", "80"] },
    { name: "text", letter: "B", expected: ["INV-1", "INV-2", "INV-3"] },
    { name: "a column the sheet does not have", letter: "Z", expected: [] },
  ])("shows $name", ({ letter, expected }) => {
    expect(sampleValues(grid, 2, letter, "1900")).toEqual(expected);
  });
});
