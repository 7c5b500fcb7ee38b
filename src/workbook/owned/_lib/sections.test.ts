import type { CellValue, Grid } from "../../grid";
import { columnOf, findSection, findTable } from "./sections";

const grid = (values: (readonly CellValue[])[]): Grid => ({ sheetName: "S", top: 1, left: 1, values, numberFormats: [] });
const titles = ["Settings", "Stages"];

describe("findSection", () => {
  const sheet = grid([
    ["Settings"], ["a note"], ["Setting", "Value"], ["Grace", 0], [], ["Gap", 5], [],
    ["Stages"], ["Scenario", "Level"], ["Standard", 1],
  ]);

  it("finds the header below notes and the rows up to the next title, skipping blank rows", () => {
    expect(findSection(sheet, "settings", "Setting", titles)).toEqual({ titleRow: 0, headerRow: 2, columns: new Map([["setting", 0], ["value", 1]]), rows: [3, 5] });
    expect(findSection(sheet, "Stages", "Scenario", titles)?.rows).toEqual([9]);
  });

  it.each([
    { name: "no title", values: [["Other"]], result: null },
    { name: "no header", values: [["Settings"], ["x"], ["Stages"]], result: { titleRow: 0, headerRow: null, columns: new Map(), rows: [] } },
  ])("$name", ({ values, result }) => {
    expect(findSection(grid(values), "Settings", "Setting", titles)).toEqual(result);
  });

  it("columnOf tries names in turn", () => {
    const section = findSection(sheet, "Settings", "Setting", titles);
    expect(section === null ? null : columnOf(section, "Amount", "value")).toBe(1);
  });
});

describe("findTable", () => {
  it.each([
    { name: "a header in row 1", values: [["Date", "Customer"], [1, "A"]], headerRow: 0, rows: [1] },
    { name: "columns in another order, below a note", values: [["my log"], ["Customer", "X", "Date"], [], ["A", null, 1]], headerRow: 1, rows: [3] },
  ])("$name", ({ values, headerRow, rows }) => {
    expect(findTable(grid(values), ["Date", "Customer"])).toMatchObject({ headerRow, rows });
  });

  it("gives null when no row holds every header", () => {
    expect(findTable(grid([["Date"], ["Customer"]]), ["Date", "Customer"])).toBeNull();
  });
});
