import ExcelJS from "exceljs";
import { RecordingExcel } from "../../test/helpers/recording-excel-context";
import { ExcelHost } from "./excel";
import { fileHostFromWorkbook } from "./file";
import { NotOwnedSheetError, type OwnedSheet, type WorkbookHost } from "./host";

/*
 * One behaviour, two hosts: every WorkbookHost must pass these. Each factory builds a workbook with the user's sheet
 * "Ledger": a header, a text invoice number, a date (2025-01-01) formatted as a date and an amount.
 */

interface HostFactory {
  readonly name: string;
  readonly create: () => WorkbookHost;
}

const factories: readonly HostFactory[] = [
  {
    name: "FileHost on an ExcelJS workbook",
    create: () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("Ledger");
      sheet.addRow(["Invoice", "Due", "Amount"]);
      sheet.addRow(["INV-1", new Date(Date.UTC(2025, 0, 1)), 1234.5]);
      sheet.getCell("B2").numFmt = "yyyy-mm-dd";
      sheet.getCell("C2").numFmt = "#,##0.00";
      return fileHostFromWorkbook(workbook);
    },
  },
  {
    name: "ExcelHost on the recording fake",
    create: () => {
      const excel = new RecordingExcel().addSheet("Ledger", {
        values: [
          ["Invoice", "Due", "Amount"],
          ["INV-1", 45658, 1234.5],
        ],
        numberFormats: [
          ["General", "General", "General"],
          ["General", "yyyy-mm-dd", "#,##0.00"],
        ],
      });
      return new ExcelHost({ run: excel.run, readMergedAreas: false });
    },
  },
];

const log: OwnedSheet = {
  name: "Collect Log",
  columns: [{ header: "Date", numberFormat: "yyyy-mm-dd" }, { header: "Note" }],
  rows: [[46000, "first call"]],
};

describe.each(factories)("WorkbookHost contract: $name", ({ create }) => {
  it("lists the sheets in tab order", async () => {
    expect(await create().listSheets()).toEqual(["Ledger"]);
  });

  it("reads a sheet with text, a date serial and a number, with their number formats", async () => {
    const host = create();
    expect(await host.dateSystem()).toBe("1900");
    const [grid] = await host.readSheets(["Ledger"]);
    expect(grid).toMatchObject({
      sheetName: "Ledger",
      top: 1,
      left: 1,
      values: [
        ["Invoice", "Due", "Amount"],
        ["INV-1", 45658, 1234.5],
      ],
      numberFormats: [
        ["General", "General", "General"],
        ["General", "yyyy-mm-dd", "#,##0.00"],
      ],
    });
  });

  it("writes an owned sheet and reads back the header, the rows and the column formats", async () => {
    const host = create();
    await host.writeOwnedSheets([
      { ...log, rows: [[46000, "=SUM(A1)"], [46001, "+1"]], preamble: [["Contact log"]] },
    ]);
    expect(await host.listSheets()).toEqual(["Ledger", "Collect Log"]);
    const [grid] = await host.readSheets(["Collect Log"]);
    expect(grid?.values).toEqual([
      ["Contact log", null],
      ["Date", "Note"],
      [46000, "=SUM(A1)"],
      [46001, "+1"],
    ]);
    expect(grid?.numberFormats[2]?.[0]).toBe("yyyy-mm-dd");
  });

  it("ensureOwnedSheet twice leaves the first content", async () => {
    const host = create();
    expect(await host.ensureOwnedSheet(log)).toBe(true);
    expect(await host.ensureOwnedSheet({ ...log, rows: [[1, "replaced?"]] })).toBe(false);
    const [grid] = await host.readSheets(["Collect Log"]);
    expect(grid?.values).toEqual([
      ["Date", "Note"],
      [46000, "first call"],
    ]);
  });

  it("appendRows adds below the last row, keeping text as text and the date column's format", async () => {
    const host = create();
    await host.ensureOwnedSheet(log);
    await host.appendRows("Collect Log", [[46002, "@promise 500"]]);
    await host.appendRows("Collect Log", [[46003, "paid"]]);
    const [grid] = await host.readSheets(["Collect Log"]);
    expect(grid?.values).toEqual([
      ["Date", "Note"],
      [46000, "first call"],
      [46002, "@promise 500"],
      [46003, "paid"],
    ]);
    expect(grid?.numberFormats[3]?.[0]).toBe("yyyy-mm-dd");
  });

  it("appendRows to an empty log gives each column the format asked for", async () => {
    const host = create();
    await host.ensureOwnedSheet({ ...log, rows: [] });
    await host.appendRows("Collect Log", [[46002, "called"]], ["yyyy-mm-dd", undefined]);
    await host.appendRows("Collect Log", [[46003, "wrote"]]);
    const [grid] = await host.readSheets(["Collect Log"]);
    expect(grid?.values.slice(-2)).toEqual([
      [46002, "called"],
      [46003, "wrote"],
    ]);
    expect(grid?.numberFormats.slice(-2).map((row) => row[0])).toEqual(["yyyy-mm-dd", "yyyy-mm-dd"]);
  });

  it("rejects a write to a sheet Collect does not own and leaves it as it was", async () => {
    const host = create();
    await expect(host.writeOwnedSheets([{ ...log, name: "Ledger" }])).rejects.toBeInstanceOf(NotOwnedSheetError);
    await expect(host.appendRows("Ledger", [["x"]])).rejects.toBeInstanceOf(NotOwnedSheetError);
    const [grid] = await host.readSheets(["Ledger"]);
    expect(grid?.values[1]).toEqual(["INV-1", 45658, 1234.5]);
  });
});
