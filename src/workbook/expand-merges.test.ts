import { gridOf } from "../../test/helpers/grid-of";
import { expandMerges } from "./expand-merges";

const base = gridOf("S", [["Customer", "Invoice"], ["Acme", "1"], [null, "2"], [null, "3"], ["Bolt", "4"]]);

describe("expandMerges", () => {
  it.each([
    { name: "a name merged down its invoices", merges: ["A2:A4"], column: ["Customer", "Acme", "Acme", "Acme", "Bolt"] },
    { name: "absolute references", merges: ["$A$2:$A$3"], column: ["Customer", "Acme", "Acme", null, "Bolt"] },
    { name: "a block merge (first column only)", merges: ["A2:B3"], column: ["Customer", "Acme", "Acme", null, "Bolt"] },
  ])("repeats $name", ({ merges, column }) => {
    expect(expandMerges({ ...base, merges }).values.map((row) => row[0])).toEqual(column);
  });

  it.each([
    { name: "no merges", merges: [] },
    { name: "a merge within one row", merges: ["A1:B1"] },
    { name: "text that is not a range", merges: ["Acme"] },
    { name: "a merge whose first cell is empty", merges: ["A3:A4"] },
    { name: "a merge outside the grid", merges: ["Z90:Z99"] },
  ])("leaves the grid as it is for $name", ({ merges }) => {
    const grid = { ...base, merges };
    expect(expandMerges(grid).values).toEqual(base.values);
  });

  it("does not change the input grid", () => {
    const grid = { ...base, merges: ["A2:A4"] };
    expandMerges(grid);
    expect(grid.values[2]?.[0]).toBeNull();
  });
});
