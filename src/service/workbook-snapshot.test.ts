import { MemoryHost } from "../../test/helpers/memory-host";
import { bookOf, gridOf } from "../../test/helpers/grid-of";
import { readWorkbook, type ReadProgress } from "./workbook-snapshot";

function twoSheetHost(): MemoryHost {
  return new MemoryHost(bookOf([gridOf("Invoices", [["Invoice", "Amount"], ["INV-1", 10], ["INV-2", 20]]), gridOf("Notes", [["hello"]])]));
}

describe("readWorkbook", () => {
  it("reads every sheet in one batch and says how many sheets and rows it read", async () => {
    const host = twoSheetHost();
    const steps: ReadProgress[] = [];
    const snapshot = await readWorkbook(host, (step) => steps.push(step));
    expect(snapshot.names).toEqual(["Invoices", "Notes"]);
    expect(snapshot.rowCount).toBe(4);
    expect(host.log.reads).toEqual([["Invoices", "Notes"]]);
    expect(steps).toEqual([{ step: "listing" }, { step: "reading", sheetCount: 2 }, { step: "read", sheetCount: 2, rowCount: 4 }]);
  });
});
