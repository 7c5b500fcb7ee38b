import type { CellValue } from "../../workbook/grid";
import { RecordingExcel } from "../../../test/helpers/recording-excel-context";
import { NotOwnedSheetError, type OwnedSheet } from "../host";
import { EXCEL_WEB_PAYLOAD_LIMIT_BYTES, ExcelHost } from "./index";

const COLUMNS = 15;

/** A worklist-like row: text, ids, serial dates, amounts, a formula-looking note every 7th row. */
function row(i: number): CellValue[] {
  return [
    `Customer ${i % 5000}`,
    `INV-${String(i).padStart(7, "0")}`,
    45000 + (i % 900),
    45030 + (i % 900),
    Math.round(i * 137.31) / 100,
    i % 11 === 0 ? -12.5 : 250,
    i % 7 === 0 ? "=SUM(A1)" : "call back",
    "Net 30",
    i % 5,
    i % 3 === 0 ? "00123" : 17,
    "USD",
    i % 2 === 0,
    null,
    `a@b${i % 100}.example`,
    i,
  ];
}

function rows(count: number): CellValue[][] {
  return Array.from({ length: count }, (_, i) => row(i));
}

function worklistSheet(count: number): OwnedSheet {
  return {
    name: "Collect Worklist",
    columns: Array.from({ length: COLUMNS }, (_, c) => ({
      header: `Col ${c + 1}`,
      ...(c === 2 || c === 3 ? { numberFormat: "yyyy-mm-dd" } : c === 4 ? { numberFormat: "#,##0.00" } : {}),
      width: 12,
    })),
    rows: rows(count),
  };
}

function seededExcel(rowCount: number, payloadLimitBytes: number | null = EXCEL_WEB_PAYLOAD_LIMIT_BYTES): RecordingExcel {
  const excel = new RecordingExcel({ payloadLimitBytes });
  for (const name of ["Invoices", "Payments", "Customers"]) {
    excel.addSheet(name, {
      values: rows(rowCount),
      numberFormats: Array.from({ length: rowCount }, () => Array.from({ length: COLUMNS }, (_, c) => (c === 2 ? "m/d/yyyy" : "General"))),
    });
  }
  return excel;
}

describe("ExcelHost reading", () => {
  it("lists sheets in one sync and finds the date system with DATE(1904,1,1) in one sync", async () => {
    const excel = new RecordingExcel({ dateSystem: "1904" }).addSheet("A").addSheet("B");
    const host = new ExcelHost({ run: excel.run, readMergedAreas: true });
    expect(await host.listSheets()).toEqual(["A", "B"]);
    expect(await host.dateSystem()).toBe("1904");
    expect(excel.syncCount).toBe(2);
    expect(await new ExcelHost({ run: new RecordingExcel().run }).dateSystem()).toBe("1900");
  });

  it("reads values, formats, offsets, errors and merges of the used range", async () => {
    const excel = new RecordingExcel().addSheet("Report", {
      top: 3,
      left: 2,
      values: [
        ["Customer", "Due", "Open"],
        ["Acme", 45658, { error: "#N/A" }],
        [null, null, 5],
      ],
      numberFormats: [
        ["General", "General", "General"],
        ["General", "yyyy-mm-dd", "#,##0.00"],
      ],
      merges: ["B5:C5"],
    });
    const host = new ExcelHost({ run: excel.run, readMergedAreas: true });
    const [grid] = await host.readSheets(["report"]);
    expect(grid).toEqual({
      sheetName: "Report",
      top: 3,
      left: 2,
      values: [
        ["Customer", "Due", "Open"],
        ["Acme", 45658, { error: "#N/A" }],
        [null, null, 5],
      ],
      numberFormats: [
        ["General", "General", "General"],
        ["General", "yyyy-mm-dd", "#,##0.00"],
        ["General", "General", "General"],
      ],
      merges: ["B5:C5"],
    });
  });

  it("reads an empty sheet as an empty grid", async () => {
    const excel = new RecordingExcel().addSheet("Blank");
    const [grid] = await new ExcelHost({ run: excel.run, readMergedAreas: false }).readSheets(["Blank"]);
    expect(grid).toEqual({ sheetName: "Blank", top: 1, left: 1, values: [], numberFormats: [] });
  });

  it.each([
    { name: "1k rows", rowCount: 1_000 },
    { name: "100k rows", rowCount: 100_000 },
  ])("reads 3 sheets of $name in 2 syncs when no budget is set (desktop)", async ({ rowCount }) => {
    const excel = seededExcel(rowCount, null);
    const host = new ExcelHost({ run: excel.run, payloadBudgetBytes: null, readMergedAreas: true });
    const grids = await host.readSheets(["Invoices", "Payments", "Customers"]);
    expect(grids.map((grid) => grid.values.length)).toEqual([rowCount, rowCount, rowCount]);
    expect(excel.syncCount).toBe(2);
    expect(excel.runs).toBe(1);
  });

  it("reads 3 sheets of 1k rows in 3 syncs under the default 4.5 MB budget", async () => {
    const excel = seededExcel(1_000);
    const grids = await new ExcelHost({ run: excel.run, readMergedAreas: true }).readSheets(["Invoices", "Payments", "Customers"]);
    expect(grids[2]?.values[7]).toEqual(row(7).map((value) => (value === null ? null : value)));
    expect(excel.syncCount).toBe(3);
  });

  it("reads 3 sheets of 100k rows with every response under Excel on the web's 5 MB", async () => {
    const excel = seededExcel(100_000);
    const grids = await new ExcelHost({ run: excel.run, readMergedAreas: true }).readSheets(["Invoices", "Payments", "Customers"]);
    expect(grids.map((grid) => grid.values.length)).toEqual([100_000, 100_000, 100_000]);
    expect(grids[1]?.values[99_999]).toEqual(row(99_999));
    const largest = Math.max(...excel.batches.map((batch) => batch.responseBytes));
    expect(largest).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT_BYTES);
    const total = excel.batches.reduce((sum, batch) => sum + batch.responseBytes, 0);
    // 2 syncs to look, then as few as the payload allows: within 25% of total ÷ budget.
    expect(excel.syncCount).toBeLessThanOrEqual(2 + Math.ceil((total / 4_500_000) * 1.25) + 1);
    process.stdout.write(`read 3×100k×15: ${excel.syncCount} syncs, largest response ${largest} B, total ${total} B\n`);
  });
});

describe("ExcelHost reading when a later sheet is much denser", () => {
  /** 60k short rows, then a notes sheet of 2k rows whose cells are ~1,000 characters: ~25× the bytes per cell. */
  function sparseThenDense(): RecordingExcel {
    const excel = new RecordingExcel({ payloadLimitBytes: EXCEL_WEB_PAYLOAD_LIMIT_BYTES });
    excel.addSheet("Invoices", { values: Array.from({ length: 60_000 }, (_, r) => [r + 1, 5]) });
    const note = (r: number): string => `Call ${r}: ${"spoke to accounts payable about the remittance; ".repeat(20)}`;
    excel.addSheet("Notes", { values: Array.from({ length: 2_000 }, (_, r) => [note(r), note(r + 1), note(r + 2)]) });
    return excel;
  }

  it("asks again in smaller blocks when Excel on the web refuses a response over 5 MB, and loses no row", async () => {
    const excel = sparseThenDense();
    const grids = await new ExcelHost({ run: excel.run, readMergedAreas: false }).readSheets(["Invoices", "Notes"]);
    expect(grids.map((grid) => grid.values.length)).toEqual([60_000, 2_000]);
    expect(grids[0]?.values[59_999]).toEqual([60_000, 5]);
    expect(String(grids[1]?.values[1_999]?.[2])).toMatch(/^Call 2001: spoke/);
    const refused = excel.batches.filter((batch) => batch.responseBytes > EXCEL_WEB_PAYLOAD_LIMIT_BYTES);
    // The first guess from the sparse sheet overflows once on the notes; every later response fits.
    expect(refused.length).toBeGreaterThanOrEqual(1);
    const afterRefusal = excel.batches.slice(excel.batches.indexOf(refused[refused.length - 1] as (typeof excel.batches)[number]) + 1);
    expect(afterRefusal.length).toBeGreaterThan(0);
    expect(afterRefusal.every((batch) => batch.responseBytes <= EXCEL_WEB_PAYLOAD_LIMIT_BYTES)).toBe(true);
  });

  it("says which row cannot be read when a single row is over the limit", async () => {
    const excel = new RecordingExcel({ payloadLimitBytes: 20_000 });
    excel.addSheet("Notes", { values: [["short"], ["x".repeat(30_000)]] });
    await expect(new ExcelHost({ run: excel.run, readMergedAreas: false, payloadBudgetBytes: 15_000 }).readSheets(["Notes"])).rejects.toThrow(
      'Row 2 of the sheet "Notes" holds more than Excel on the web lets an add-in read at once',
    );
  });

  it("passes on any other failure of a sync unchanged", async () => {
    const excel = new RecordingExcel({ payloadLimitBytes: EXCEL_WEB_PAYLOAD_LIMIT_BYTES }).addSheet("A", { values: [[1]] });
    const failing = async <T,>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
      excel.run(async (context) => {
        let syncs = 0;
        const original = context.sync.bind(context);
        context.sync = (async () => {
          syncs += 1;
          if (syncs === 2) throw Object.assign(new Error("The workbook is busy"), { code: "GeneralException" });
          await original();
        }) as typeof context.sync;
        return batch(context);
      });
    await expect(new ExcelHost({ run: failing, readMergedAreas: false }).readSheets(["A"])).rejects.toThrow("The workbook is busy");
  });
});

describe("ExcelHost writing", () => {
  it.each([
    { name: "1k rows", rowCount: 1_000, syncs: 2 },
    { name: "100k rows", rowCount: 100_000, syncs: 6 },
  ])("writes an owned sheet of $name × 15 columns in at most $syncs syncs, each request under 5 MB", async ({ rowCount, syncs }) => {
    const excel = new RecordingExcel().addSheet("Invoices", { values: [["Invoice"]] });
    const host = new ExcelHost({ run: excel.run });
    await host.writeOwnedSheets([worklistSheet(rowCount)]);
    expect(excel.runs).toBe(1);
    expect(excel.syncCount).toBeLessThanOrEqual(syncs);
    const largest = Math.max(...excel.batches.map((batch) => batch.requestBytes));
    expect(largest).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT_BYTES);
    expect(excel.batches.slice(1).every((batch) => batch.calculationSuspended)).toBe(true);
    expect(excel.batches[0]?.requestBytes).toBe(0);
    expect(excel.tables()).toEqual([
      { name: "CollectWorklist", sheet: "Collect Worklist", address: `A1:O${rowCount + 1}`, style: "TableStyleMedium2" },
    ]);
    expect(excel.frozenRows("Collect Worklist")).toBe(1);
    expect(excel.cell("Collect Worklist", `A${rowCount + 1}`).value).toBe(`Customer ${(rowCount - 1) % 5000}`);
    expect(excel.cell("Invoices", "A1").value).toBe("Invoice");
    process.stdout.write(`write ${rowCount}×15: ${excel.syncCount} syncs, largest request ${largest} B\n`);
  });

  it("shades the age columns with conditional formats in the same batch, without an extra sync", async () => {
    const excel = new RecordingExcel();
    const host = new ExcelHost({ run: excel.run });
    const sheet: OwnedSheet = {
      name: "Collect Worklist",
      columns: [{ header: "Customer" }, { header: "Days past due" }],
      rows: [["Acme", 12], ["Bolt", 75]],
      ageColumns: ["Days past due"],
    };
    await host.writeOwnedSheets([sheet]);
    expect(excel.syncCount).toBe(2);
    expect(excel.conditionalFormats("Collect Worklist").map((f) => [f.address, f.cellValue.rule, f.cellValue.format.fill.color])).toEqual([
      ["B2:B3", { formula1: "1", formula2: "30", operator: "Between" }, "#FFF4CE"],
      ["B2:B3", { formula1: "31", formula2: "60", operator: "Between" }, "#FED9CC"],
      ["B2:B3", { formula1: "60", operator: "GreaterThan" }, "#FDE7E9"],
    ]);
  });

  it("writes text that begins with = + - @ and text that looks like a number as text, never as a formula", async () => {
    const excel = new RecordingExcel();
    const host = new ExcelHost({ run: excel.run });
    await host.writeOwnedSheets([
      {
        name: "Collect Notes",
        columns: [{ header: "=Header" }, { header: "Mixed", numberFormat: "#,##0" }],
        rows: [
          ["=SUM(A1)", 5],
          ["+1 call", "-x"],
          ["@home", "00123"],
        ],
        preamble: [["=title", 3]],
      },
    ]);
    expect(excel.formulas("Collect Notes").size).toBe(0);
    expect(excel.cell("Collect Notes", "A1")).toEqual({ value: "=title", formula: null, numberFormat: "@" });
    expect(excel.cell("Collect Notes", "A2").value).toBe("=Header");
    expect(excel.cell("Collect Notes", "A3")).toEqual({ value: "=SUM(A1)", formula: null, numberFormat: "@" });
    expect(excel.cell("Collect Notes", "B3")).toEqual({ value: 5, formula: null, numberFormat: "#,##0" });
    expect(excel.cell("Collect Notes", "B4").value).toBe("-x");
    expect(excel.cell("Collect Notes", "B5").value).toBe("00123");
  });

  it.each([
    { name: "a user's sheet name", sheet: "Invoices" },
    { name: "the owned prefix in another case", sheet: "collect Worklist" },
  ])("rejects $name with zero Excel calls", async ({ sheet }) => {
    const excel = new RecordingExcel().addSheet("Invoices");
    const host = new ExcelHost({ run: excel.run });
    await expect(host.writeOwnedSheets([{ ...worklistSheet(1), name: sheet }])).rejects.toBeInstanceOf(NotOwnedSheetError);
    await expect(host.ensureOwnedSheet({ ...worklistSheet(1), name: sheet })).rejects.toBeInstanceOf(NotOwnedSheetError);
    await expect(host.appendRows(sheet, [["x"]])).rejects.toBeInstanceOf(NotOwnedSheetError);
    expect(excel.runs).toBe(0);
    expect(excel.calls).toBe(0);
  });

  it("refuses a user's sheet that matches an owned name without regard to case, after looking only", async () => {
    const excel = new RecordingExcel().addSheet("COLLECT WORKLIST", { values: [["mine"]] });
    const host = new ExcelHost({ run: excel.run });
    await expect(host.writeOwnedSheets([worklistSheet(3)])).rejects.toBeInstanceOf(NotOwnedSheetError);
    expect(excel.syncCount).toBe(1);
    expect(excel.batches[0]?.requestBytes).toBe(0);
    expect(excel.cell("COLLECT WORKLIST", "A1").value).toBe("mine");
  });

  it("replaces an owned sheet in place on a second run, reusing its table name and clearing old rows", async () => {
    const excel = new RecordingExcel().addSheet("Invoices").addDefinedNames("CollectMetrics");
    const host = new ExcelHost({ run: excel.run });
    await host.writeOwnedSheets([worklistSheet(10), { name: "Collect Metrics", columns: [{ header: "Metric" }], rows: [["DSO"]] }]);
    await host.writeOwnedSheets([worklistSheet(2)]);
    expect(excel.sheetNames()).toEqual(["Invoices", "Collect Worklist", "Collect Metrics"]);
    expect(excel.tables().map((table) => [table.name, table.address])).toEqual([
      ["CollectMetrics2", "A1:A2"],
      ["CollectWorklist", "A1:O3"],
    ]);
    expect(excel.cell("Collect Worklist", "A5").value).toBeNull();
    expect(excel.columnWidth("Collect Worklist", 1)).toBeCloseTo((12 * 7 + 5) * 0.75);
  });

  it("appendRows writes below the table, resizes it and formats the new cells before their values", async () => {
    const excel = new RecordingExcel();
    const host = new ExcelHost({ run: excel.run });
    const log = { name: "Collect Log", columns: [{ header: "Date", numberFormat: "yyyy-mm-dd" }, { header: "Note" }], rows: [] };
    expect(await host.ensureOwnedSheet(log)).toBe(true);
    expect(excel.tables()[0]?.address).toBe("A1:B2");
    excel.resetCounters();
    await host.appendRows("Collect Log", [
      [46200, "=1+1"],
      [46201, "00123"],
    ]);
    expect(excel.syncCount).toBe(3);
    expect(excel.tables()[0]?.address).toBe("A1:B3");
    expect(excel.cell("Collect Log", "A2")).toEqual({ value: 46200, formula: null, numberFormat: "yyyy-mm-dd" });
    expect(excel.cell("Collect Log", "B2")).toEqual({ value: "=1+1", formula: null, numberFormat: "@" });
    expect(excel.cell("Collect Log", "B3").value).toBe("00123");
    expect(await host.ensureOwnedSheet(log)).toBe(false);
  });
});
