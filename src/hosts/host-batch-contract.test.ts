import ExcelJS from "exceljs";
import { RecordingExcel } from "../../test/helpers/recording-excel-context";
import { ExcelHost } from "./excel";
import { fileHostFromWorkbook } from "./file";
import { NotOwnedSheetError, SheetNotFoundError, type OwnedSheet, type WorkbookHost } from "./host";

/*
 * readWorkbook and writeBatch do what the separate calls do, on both hosts: the same grids, the same sheets written,
 * the same refusals. The Excel host does it in fewer syncs (counted below on the recording fake).
 */

interface Factory {
  readonly name: string;
  readonly create: () => WorkbookHost;
}

const factories: readonly Factory[] = [
  {
    name: "FileHost",
    create: () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("Ledger");
      sheet.addRow(["Invoice", "Amount"]);
      sheet.addRow(["INV-1", 1234.5]);
      workbook.addWorksheet("Collect Worklist").addRow(["old output"]);
      return fileHostFromWorkbook(workbook);
    },
  },
  {
    name: "ExcelHost",
    create: () => {
      const excel = new RecordingExcel().addSheet("Ledger", { values: [["Invoice", "Amount"], ["INV-1", 1234.5]] }).addSheet("Collect Worklist", { values: [["old output"]] });
      return new ExcelHost({ run: excel.run, readMergedAreas: false });
    },
  },
];

const log: OwnedSheet = { name: "Collect Log", columns: [{ header: "Date", numberFormat: "yyyy-mm-dd" }, { header: "Note" }], rows: [[46000, "first call"]] };
const worklist: OwnedSheet = { name: "Collect Worklist", columns: [{ header: "Customer" }], rows: [["Acme"]] };

describe.each(factories)("$name: readWorkbook and writeBatch", ({ create }) => {
  it("reads every sheet, names in tab order, and the date system, as the separate calls do", async () => {
    const host = create();
    const read = await host.readWorkbook?.();
    expect(read?.sheetNames).toEqual(await host.listSheets());
    expect(read?.grids).toEqual(await host.readSheets(await host.listSheets()));
    expect(read?.dateSystem).toBe(await host.dateSystem());
  });

  it("leaves the sheets asked to skip unread, still named", async () => {
    const read = await create().readWorkbook?.({ skip: (name) => name.startsWith("Collect ") });
    expect(read?.grids.map((grid) => [grid.sheetName, grid.values.length])).toEqual([["Ledger", 2], ["Collect Worklist", 0]]);
  });

  it("creates a missing sheet, keeps an existing one, replaces the outputs, and appends", async () => {
    const host = create();
    await host.writeBatch?.({ create: [log], replace: [worklist] });
    await host.writeBatch?.({ create: [{ ...log, rows: [[1, "not written"]] }], replace: [{ ...worklist, rows: [["Bolt"]] }], append: { sheetName: "Collect Log", rows: [[46001, "=called"]] } });
    const [logGrid, worklistGrid] = await host.readSheets(["Collect Log", "Collect Worklist"]);
    expect(logGrid?.values).toEqual([["Date", "Note"], [46000, "first call"], [46001, "=called"]]);
    expect(logGrid?.numberFormats[2]?.[0]).toBe("yyyy-mm-dd");
    expect(worklistGrid?.values).toEqual([["Customer"], ["Bolt"]]);
  });

  it.each([
    { name: "a sheet Collect does not own", batch: { create: [], replace: [{ ...worklist, name: "Ledger" }] }, error: NotOwnedSheetError },
    { name: "an append to a user's sheet", batch: { create: [], replace: [worklist], append: { sheetName: "Ledger", rows: [["x"]] } }, error: NotOwnedSheetError },
    { name: "an append to a missing sheet", batch: { create: [], replace: [worklist], append: { sheetName: "Collect Log", rows: [["x"]] } }, error: SheetNotFoundError },
    { name: "a sheet written twice", batch: { create: [worklist], replace: [worklist] }, error: Error },
  ])("refuses $name before writing anything", async ({ batch, error }) => {
    const host = create();
    await expect(host.writeBatch?.(batch)).rejects.toBeInstanceOf(error);
    const [grid] = await host.readSheets(["Collect Worklist"]);
    expect(grid?.values).toEqual([["old output"]]);
  });
});

describe("ExcelHost syncs", () => {
  it("reads the whole workbook in 2 syncs where the separate calls take 4", async () => {
    const excel = new RecordingExcel().addSheet("Ledger", { values: [["a"]] }).addSheet("Payments", { values: [["b"]] });
    const host = new ExcelHost({ run: excel.run, readMergedAreas: false, payloadBudgetBytes: null });
    await host.readWorkbook();
    expect(excel.syncCount).toBe(2);
  });

  it.each([
    { name: "creating and replacing", append: false, syncs: 2 },
    { name: "creating, replacing and appending", append: true, syncs: 3 },
  ])("writes a batch in $syncs syncs when $name", async ({ append, syncs }) => {
    const excel = new RecordingExcel().addSheet("Ledger", { values: [["a"]] });
    const host = new ExcelHost({ run: excel.run, readMergedAreas: false, payloadBudgetBytes: null });
    await host.ensureOwnedSheet(log);
    excel.resetCounters();
    await host.writeBatch({ create: [{ ...log, name: "Collect Policy" }], replace: [worklist], ...(append ? { append: { sheetName: "Collect Log", rows: [[46002, "x"]] } } : {}) });
    expect(excel.syncCount).toBe(syncs);
  });
});
