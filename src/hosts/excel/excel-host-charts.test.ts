import { RecordingExcel } from "../../../test/helpers/recording-excel-context";
import type { OwnedSheet } from "../host";
import { ExcelHost } from "./index";

/** A small metrics-like sheet: a note and an aging block in the preamble, a trend table below, one chart. */
function metricsSheet(title = "Aging GBP"): OwnedSheet {
  return {
    name: "Collect Metrics",
    preamble: [
      ["Collect Metrics"],
      ["Bucket", "Amount", "Share"],
      ["Current", 1200.5, 0.6],
      ["1-30", 800.25, 0.4],
      ["Check", 0, "OK"],
      [],
    ],
    preambleFormats: [[], [null, null, null], [null, "#,##0.00", "0.0%"], [null, "#,##0.00", "0.0%"], [null, "#,##0.00", null], []],
    columns: [{ header: "Month" }, { header: "Sales", numberFormat: "#,##0.00" }],
    rows: [["2026-11", 5000]],
    charts: [{ type: "column", title, source: { row: 1, column: 0, rows: 3, columns: 2 }, anchor: { row: 1, column: 4 } }],
  };
}

describe("ExcelHost charts and preamble formats", () => {
  it("adds the chart in the same batch as the cells: no extra sync", async () => {
    const withChart = new RecordingExcel();
    await new ExcelHost({ run: withChart.run, payloadBudgetBytes: null }).writeOwnedSheets([metricsSheet()]);
    const without = new RecordingExcel();
    await new ExcelHost({ run: without.run, payloadBudgetBytes: null }).writeOwnedSheets([{ ...metricsSheet(), charts: [] }]);
    expect(withChart.syncCount).toBe(without.syncCount);
    expect(withChart.syncCount).toBe(2);
    expect(withChart.charts("Collect Metrics")).toEqual([
      { name: "Collect chart 1", type: "ColumnClustered", seriesBy: "Columns", source: "A2:B4", title: "Aging GBP", legendVisible: false, position: ["E2", "J15"] },
    ]);
  });

  it("replaces the previous run's charts instead of stacking them", async () => {
    const excel = new RecordingExcel();
    const host = new ExcelHost({ run: excel.run, payloadBudgetBytes: null });
    await host.writeOwnedSheets([metricsSheet("first")]);
    excel.resetCounters();
    await host.writeOwnedSheets([metricsSheet("second")]);
    expect(excel.charts("Collect Metrics").map((chart) => chart.title)).toEqual(["second"]);
    expect(excel.syncCount).toBe(2);
  });

  it("writes preamble numbers with their formats and keeps preamble text as text", async () => {
    const excel = new RecordingExcel();
    await new ExcelHost({ run: excel.run }).writeOwnedSheets([metricsSheet()]);
    expect(excel.cell("Collect Metrics", "B3")).toEqual({ value: 1200.5, formula: null, numberFormat: "#,##0.00" });
    expect(excel.cell("Collect Metrics", "C3")).toEqual({ value: 0.6, formula: null, numberFormat: "0.0%" });
    expect(excel.cell("Collect Metrics", "C5")).toEqual({ value: "OK", formula: null, numberFormat: "@" });
  });
});
