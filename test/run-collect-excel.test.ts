// The whole run through the Excel host on the recording fake: a fixed, small number of syncs whatever the size, and
// the same sheets as on a file.
import path from "path";
import type { IsoDate } from "../src/core/dates/iso-date";
import { ExcelHost } from "../src/hosts/excel";
import { openWorkbookFile } from "../src/hosts/file";
import { analyseWorkbook, writeCollectSheets } from "../src/service/run-collect";
import type { Grid } from "../src/workbook/grid";
import { RecordingExcel } from "./helpers/recording-excel-context";

const SAMPLE = path.join(__dirname, "..", "assets", "sample.xlsx");

async function sampleGrids(): Promise<readonly Grid[]> {
  const opened = await openWorkbookFile(SAMPLE);
  if (!opened.ok) throw new Error(opened.error.detail);
  return opened.value.readSheets(await opened.value.listSheets());
}

function excelWith(grids: readonly Grid[], payloadLimitBytes: number | null): RecordingExcel {
  const excel = new RecordingExcel({ payloadLimitBytes });
  for (const grid of grids) excel.addSheet(grid.sheetName, { values: grid.values, numberFormats: grid.numberFormats, top: grid.top, left: grid.left });
  return excel;
}

describe("a run through the Excel host", () => {
  it.each([
    { name: "Excel on Windows and Mac (no payload budget)", budget: null, limit: null },
    { name: "Excel on the web (5 MB per request)", budget: undefined, limit: 5_000_000 },
  ])("reads and writes in at most 6 syncs on $name, first run and next day", async ({ budget, limit }) => {
    const excel = excelWith(await sampleGrids(), limit);
    const host = new ExcelHost({ run: excel.run, readMergedAreas: false, ...(budget === null ? { payloadBudgetBytes: null } : {}) });
    const first = await analyseWorkbook(host, { asOf: "2026-11-30" as IsoDate });
    await writeCollectSheets(host, first);
    const firstSyncs = excel.syncCount;
    excel.resetCounters();
    const next = await analyseWorkbook(host, { asOf: "2026-12-01" as IsoDate });
    await writeCollectSheets(host, next);
    expect(firstSyncs).toBeLessThanOrEqual(6);
    expect(excel.syncCount).toBeLessThanOrEqual(6);
    expect(first.letters.length).toBeGreaterThan(0);
  });

  it("creates the log with the day's letters in it, then appends the next day's", async () => {
    const excel = excelWith(await sampleGrids(), null);
    const host = new ExcelHost({ run: excel.run, readMergedAreas: false, payloadBudgetBytes: null });
    const first = await analyseWorkbook(host, { asOf: "2026-11-30" as IsoDate });
    await writeCollectSheets(host, first);
    const [afterFirst] = await host.readSheets(["Collect Log"]);
    expect((afterFirst?.values.length ?? 0) - 1).toBe(first.letters.length);
    const next = await analyseWorkbook(host, { asOf: "2026-12-03" as IsoDate });
    await writeCollectSheets(host, next);
    const [afterNext] = await host.readSheets(["Collect Log"]);
    expect((afterNext?.values.length ?? 0) - 1).toBe(first.letters.length + next.letters.length);
    expect(excel.sheetNames()).toEqual(expect.arrayContaining(["Collect Metrics", "Collect Worklist", "Collect Policy"]));
    expect(excel.charts("Collect Metrics").map((chart) => chart.title)).toEqual(["Aging EUR", "Aging GBP"]);
  });
});
