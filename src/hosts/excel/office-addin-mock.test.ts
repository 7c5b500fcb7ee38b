import { OfficeMockObject } from "office-addin-mock";
import { ExcelHost } from "./index";

/*
 * The same ExcelHost against Microsoft's office-addin-mock. The mock gates every seeded property behind load() and
 * sync() (reading early gives an error string), which is what this test leans on. What it cannot express
 * (TOOLCHAIN.md): a collection's `items` loaded with "items/name" (it navigates into the array and fails), and the
 * auto-loaded `isNullObject`; those two are set as plain properties on the mock after it is built.
 */
describe("ExcelHost against office-addin-mock", () => {
  it("reads a seeded used range with values, number formats and its position, in 2 syncs", async () => {
    const seed = {
      workbook: {
        worksheets: {
          ledger: {
            name: "Ledger",
            usedRange: {
              values: [
                ["Invoice", "Due", "Amount"],
                ["INV-1", 45658, ""],
              ],
              numberFormat: [
                ["General", "General", "General"],
                ["General", "yyyy-mm-dd", "#,##0.00"],
              ],
              address: "Ledger!B2:D3",
              rowIndex: 1,
              columnIndex: 1,
            },
            getUsedRangeOrNullObject: function (this: { usedRange: unknown }) {
              return this.usedRange;
            },
          },
          getItem: function (this: { ledger: unknown }, name: string) {
            if (name !== "Ledger") throw new Error(`ItemNotFound: ${name}`);
            return this.ledger;
          },
        },
      },
    };
    const mock = new OfficeMockObject(seed);
    const worksheets = (mock as unknown as { workbook: { worksheets: Record<string, unknown> } }).workbook.worksheets;
    const usedRange = (worksheets["ledger"] as { usedRange: Record<string, unknown> }).usedRange;
    worksheets["items"] = [{ name: "Ledger" }];
    worksheets["load"] = () => worksheets;
    usedRange["isNullObject"] = false;
    let syncs = 0;
    const sync = mock.sync.bind(mock);
    (mock as unknown as { sync: () => Promise<void> }).sync = async () => {
      syncs += 1;
      await sync();
    };
    const host = new ExcelHost({
      run: (batch) => batch(mock as unknown as Excel.RequestContext),
      payloadBudgetBytes: null,
      readMergedAreas: false,
    });
    const [grid] = await host.readSheets(["Ledger"]);
    expect(grid).toEqual({
      sheetName: "Ledger",
      top: 2,
      left: 2,
      values: [
        ["Invoice", "Due", "Amount"],
        ["INV-1", 45658, null],
      ],
      numberFormats: [
        ["General", "General", "General"],
        ["General", "yyyy-mm-dd", "#,##0.00"],
      ],
    });
    expect(syncs).toBe(2);
  });
});
