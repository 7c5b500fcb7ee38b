import { isDateFormat } from "../core/excel/is-date-format";
import { decideDateOrder, resolveDateCell, scanDateColumn, sheetDateOrderHint } from "./date-column";
import type { CellValue, Grid } from "./grid";

function columnGrid(values: readonly CellValue[], format = "General"): Grid {
  return {
    sheetName: "Ledger",
    top: 1,
    left: 1,
    values: [["Due"], ...values.map((value) => [value])],
    numberFormats: [["General"], ...values.map(() => [format])],
  };
}

const context1900 = { dateSystem: "1900" as const, isDateFormat };
const dataRows = (grid: Grid): number[] => grid.values.map((_, index) => index).slice(1);

function readColumn(values: readonly CellValue[], options: { format?: string; override?: "day-first" | "month-first"; dateSystem?: "1900" | "1904" } = {}) {
  const grid = columnGrid(values, options.format);
  const scan = scanDateColumn(grid, dataRows(grid), 0, { ...context1900, dateSystem: options.dateSystem ?? "1900" });
  const decision = decideDateOrder(scan, options.override ?? null, null);
  return { decision, dates: dataRows(grid).map((row) => resolveDateCell(scan, decision, row)) };
}

describe("date columns", () => {
  it.each([
    { name: "US dates decided by a second part over 12", values: ["1/2/2013", "1/26/2013"], status: "decided", dates: ["2013-01-02", "2013-01-26"] },
    { name: "European dates decided by a first part over 12", values: ["01/02/2013", "26/01/2013"], status: "decided", dates: ["2013-02-01", "2013-01-26"] },
    { name: "German dots", values: ["3.4.2026", "25.11.2026"], status: "decided", dates: ["2026-04-03", "2026-11-25"] },
    { name: "ISO text needs no order", values: ["2020-02-27", "2020-03-13 00:00:00"], status: "not-needed", dates: ["2020-02-27", "2020-03-13"] },
    { name: "month names need no order", values: ["25-Nov-2026", "Nov 3, 2026"], status: "not-needed", dates: ["2026-11-25", "2026-11-03"] },
    { name: "equal day and month need no order", values: ["3/3/2026", "4/4/2026"], status: "not-needed", dates: ["2026-03-03", "2026-04-04"] },
    { name: "blank cells", values: [null, "  "], status: "not-needed", dates: [null, null] },
  ])("reads $name", ({ values, status, dates }) => {
    const { decision, dates: read } = readColumn(values);
    expect(decision.status).toBe(status);
    expect(read).toEqual(dates);
  });

  it("reads serials in date-formatted cells through the 1900 system", () => {
    expect(readColumn([45658, 45658.75], { format: "yyyy-mm-dd" }).dates).toEqual(["2025-01-01", "2025-01-01"]);
  });

  it("reads serials through the 1904 system when the workbook uses it", () => {
    expect(readColumn([44196], { format: "d-mmm-yy", dateSystem: "1904" }).dates).toEqual(["2025-01-01"]);
  });

  it("uses the user's order over the column's evidence", () => {
    const { decision, dates } = readColumn(["03/04/2026", "13/04/2026"], { override: "month-first" });
    expect(decision.status).toBe("overridden");
    expect(dates).toEqual(["2026-03-04", { problem: "wrong-order", text: "13/04/2026" }]);
  });

  it.each([
    { name: "a column of early days only", values: ["03/04/2026", "05/06/2026"], status: "ambiguous", dates: [{ problem: "ambiguous-order", text: "03/04/2026" }, { problem: "ambiguous-order", text: "05/06/2026" }] },
    { name: "a column mixing both orders", values: ["25/11/2026", "11/25/2026", "03/04/2026"], status: "conflict", dates: ["2026-11-25", "2026-11-25", { problem: "ambiguous-order", text: "03/04/2026" }] },
    { name: "text that is not a date", values: ["soon"], status: "not-needed", dates: [{ problem: "not-a-date", text: "soon" }] },
    { name: "an impossible day", values: ["2026-02-30"], status: "not-needed", dates: [{ problem: "no-such-day", text: "2026-02-30" }] },
    { name: "a number without a date format", values: [45658], status: "not-needed", dates: [{ problem: "number-not-date", text: "45658" }] },
    { name: "an error value", values: [{ error: "#N/A" }], status: "not-needed", dates: [{ problem: "error-value", text: "#N/A" }] },
    { name: "a boolean", values: [true], status: "not-needed", dates: [{ problem: "not-a-date", text: "TRUE" }] },
  ])("does not guess in $name", ({ values, status, dates }) => {
    const { decision, dates: read } = readColumn(values);
    expect(decision.status).toBe(status);
    expect(read).toEqual(dates);
  });

  it("rejects the phantom 29 February 1900", () => {
    expect(readColumn([60], { format: "m/d/yyyy" }).dates).toEqual([{ problem: "out-of-range", text: "60" }]);
  });

  it("takes the order the sheet's decisive columns agree on", () => {
    const grid: Grid = {
      sheetName: "S", top: 1, left: 1,
      values: [["Invoice date", "Due"], ["03/04/2026", "03/05/2026"], ["04/04/2026", "25/05/2026"]],
      numberFormats: [["General", "General"], ["General", "General"], ["General", "General"]],
    };
    const scans = [0, 1].map((column) => scanDateColumn(grid, [1, 2], column, context1900));
    const hint = sheetDateOrderHint(scans);
    expect(hint).toBe("day-first");
    const [invoiceDates] = scans;
    if (invoiceDates === undefined) throw new Error("no scan");
    const decision = decideDateOrder(invoiceDates, null, hint);
    expect(decision).toEqual({ status: "from-sheet", order: "day-first" });
    expect(resolveDateCell(invoiceDates, decision, 1)).toBe("2026-04-03");
  });
});
