import ExcelJS from "exceljs";
import type { OwnedSheet } from "../host";
import { readXlsxParts } from "../../../test/helpers/xlsx-parts";
import { openWorkbookBuffer } from "./index";

const sheet: OwnedSheet = {
  name: "Collect Metrics",
  preamble: [["Bucket", "Amount", "Share"], ["Current", 1200.5, 0.6], ["Note", "Charts are added in Excel only.", null]],
  preambleFormats: [[], [null, "#,##0.00", "0.0%"], [null, "#,##0.00", null]],
  columns: [{ header: "Month" }],
  rows: [["2026-11"]],
  charts: [{ type: "column", title: "Aging", source: { row: 0, column: 0, rows: 2, columns: 2 }, anchor: { row: 0, column: 4 } }],
};

describe("FileHost: preamble formats and charts", () => {
  it("writes preamble numbers with their formats, and no chart (ExcelJS cannot write one)", async () => {
    const opened = await openWorkbookBuffer(new Uint8Array(await new ExcelJS.Workbook().xlsx.writeBuffer()), "in.xlsx");
    if (!opened.ok) throw new Error(opened.error.detail);
    await opened.value.writeOwnedSheets([sheet]);
    const bytes = await opened.value.toBuffer();
    const reread = await openWorkbookBuffer(bytes, "out.xlsx");
    if (!reread.ok) throw new Error(reread.error.detail);
    const [grid] = await reread.value.readSheets(["Collect Metrics"]);
    expect(grid?.values.slice(0, 3)).toEqual([["Bucket", "Amount", "Share"], ["Current", 1200.5, 0.6], ["Note", "Charts are added in Excel only.", null]]);
    expect(grid?.numberFormats[1]).toEqual(["General", "#,##0.00", "0.0%"]);
    const parts = await readXlsxParts(bytes);
    expect([...parts.keys()].filter((path) => path.includes("chart"))).toEqual([]);
  });
});
