import type { Cents } from "../../core/money/cents";
import { computeCollectMetrics, type CollectMetrics } from "../../core/metrics/collect-metrics";
import { day, testInvoice, testLedger, testPayment } from "../../core/desk/_lib/test-ledger";
import { ownedSheetToGrid } from "./_lib/to-grid";
import { ledgerAsOf } from "../../core/desk/ledger-as-of";
import { forecastReceivables } from "../../core/metrics/forecast-receivables";
import { CHECK_DIFFERENCE, CHECK_OK, FORECAST_BASIS_TEXT, METRICS_SHEET_NAME, metricsSheet } from "./metrics-sheet";

const ledger = testLedger({
  invoices: [
    testInvoice({ no: "A", invoiceDate: "2026-11-01", dueDate: "2026-12-01", amount: 600 }),
    testInvoice({ no: "B", invoiceDate: "2026-09-01", dueDate: "2026-10-01", amount: 400 }),
    testInvoice({ no: "CN", invoiceDate: "2026-11-02", dueDate: null, amount: -50 }),
    testInvoice({ no: "E", customer: "C2", currency: "EUR", invoiceDate: "2026-10-01", dueDate: "2026-10-31", amount: 300 }),
  ],
  payments: [testPayment({ invoiceNo: null, date: "2026-11-20", amount: 20 })],
});
const metrics = computeCollectMetrics(ledger, day("2026-11-30"));
const sheet = metricsSheet(metrics);
const grid = ownedSheetToGrid(sheet);

/** A row without the empty cells the grid pads it with. */
function trimmed(row: readonly unknown[]): readonly unknown[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === null) end -= 1;
  return row.slice(0, end);
}

/** The row of the grid whose first cell is `label`, after row `after`. */
function rowOf(label: string, after = 0): readonly unknown[] {
  const found = grid.values.find((row, index) => index >= after && row[0] === label);
  if (found === undefined) throw new Error(`no row ${label}`);
  return trimmed(found);
}

describe("the Collect Metrics sheet", () => {
  it("heads each currency's column, never a total across currencies", () => {
    expect(sheet.name).toBe(METRICS_SHEET_NAME);
    expect(rowOf("Figure")).toEqual(["Figure", "EUR", "USD", "How Collect works it out"]);
    expect(rowOf("Receivables (AR)").slice(1, 3)).toEqual([300, 1000]);
  });

  it("prints the basis and boundary rule and how credits are treated above each aging", () => {
    const texts = grid.values.map((row) => row[0]);
    expect(texts).toContain("Aging — USD");
    expect(texts).toContain(metrics.aging.basisText);
    expect(texts).toContain(metrics.aging.creditsText);
  });

  it("writes the check as a value with OK, after the totals it compares", () => {
    const usdTitle = grid.values.findIndex((row) => row[0] === "Aging — USD");
    expect(rowOf("Total of the lines above", usdTitle)).toEqual(["Total of the lines above", 930]);
    expect(rowOf("Ledger total (every open balance − unapplied payments)", usdTitle)[1]).toBe(930);
    expect(rowOf("Check: total − ledger total", usdTitle)).toEqual(["Check: total − ledger total", 0, CHECK_OK]);
  });

  it("says Difference when the aging does not reconcile", () => {
    const broken: CollectMetrics = {
      ...metrics,
      aging: { ...metrics.aging, currencies: metrics.aging.currencies.map((c) => ({ ...c, ledgerTotalCents: (c.ledgerTotalCents + 1) as Cents, differenceCents: -1 as Cents })) },
    };
    const rows = ownedSheetToGrid(metricsSheet(broken)).values.filter((row) => row[0] === "Check: total − ledger total").map(trimmed);
    expect(rows).toEqual([["Check: total − ledger total", -0.01, CHECK_DIFFERENCE], ["Check: total − ledger total", -0.01, CHECK_DIFFERENCE]]);
  });

  it("charts each currency's buckets from its own cells, and says charts exist only in Excel", () => {
    expect(sheet.charts?.map((chart) => chart.title)).toEqual(["Aging EUR", "Aging USD"]);
    const [eur] = sheet.charts ?? [];
    expect(grid.values[eur?.source.row ?? -1]?.slice(0, 2)).toEqual(["Bucket", "Amount"]);
    expect(grid.values[(eur?.source.row ?? 0) + 1]?.[0]).toBe("Current (not yet due)");
    expect(eur?.source).toMatchObject({ rows: 7, columns: 2 });
    expect(grid.values.some((row) => typeof row[0] === "string" && row[0].includes("cannot hold Excel charts"))).toBe(true);
  });

  it("draws the shares as text bars, values only", () => {
    const current = rowOf("Current (not yet due)", grid.values.findIndex((row) => row[0] === "Aging — USD"));
    expect(current).toEqual(["Current (not yet due)", 600, 1, 0.6, "██████████████████"]);
  });

  it("holds no formulas: no text cell starts with =", () => {
    const texts = grid.values.flat().filter((value): value is string => typeof value === "string");
    expect(texts.filter((text) => text.startsWith("="))).toEqual([]);
  });

  it("lists the monthly trend as its table, 12 months per currency", () => {
    expect(sheet.columns.map((c) => c.header)).toEqual(["Currency", "Month", "Credit sales", "Collected", "AR at month end", "Not yet due", "DSO (countback)", "CEI"]);
    expect(sheet.rows).toHaveLength(24);
    expect(sheet.rows[23]?.slice(0, 2)).toEqual(["USD", "2026-11"]);
  });

  it("says why a figure is missing instead of writing 0", () => {
    expect(rowOf("Written off (bad debt)").slice(1, 3)).toEqual(["not recorded", "not recorded"]);
    const empty = ownedSheetToGrid(metricsSheet(computeCollectMetrics(testLedger({ invoices: [testInvoice({ invoiceDate: "2020-01-01", dueDate: "2020-01-31", amount: 5 })] }), day("2026-11-30"))));
    expect(empty.values.find((row) => row[0] === "DSO, simple")?.[1]).toBe("n/a: there are no sales in the period, so days sales outstanding cannot be computed.");
  });

  it("gives every number of the headline a format for its kind", () => {
    const at = (label: string) => grid.values.findIndex((row) => row[0] === label);
    expect(sheet.preambleFormats?.[at("Receivables (AR)")]?.[1]).toBe("#,##0.00");
    expect(sheet.preambleFormats?.[at("DSO, countback")]?.[1]).toBe("0.0");
    expect(sheet.preambleFormats?.[at("CEI, full sales (Collect's default)")]?.[2]).toBe("0.0%");
  });
});

describe("the expected-cash block of the Collect Metrics sheet", () => {
  const asOf = day("2026-11-30");
  const forecast = forecastReceivables(ledgerAsOf(ledger, asOf), asOf);
  const withForecast = ownedSheetToGrid(metricsSheet(metrics, { forecast }));
  const row = (label: string): readonly unknown[] => {
    const found = withForecast.values.find((values) => values[0] === label);
    if (found === undefined) throw new Error(`no row ${label}`);
    return trimmed(found);
  };

  it("lists 13 weeks with their dates, later, undated and the total per currency, with the basis", () => {
    expect(withForecast.values.some((values) => values[0] === "Expected cash-in, next 13 weeks from 2026-11-30")).toBe(true);
    expect(withForecast.values.some((values) => values[0] === FORECAST_BASIS_TEXT["due-dates"])).toBe(true);
    expect(row("Week")).toEqual(["Week", "EUR", "USD"]);
    expect(row("Week 1: 2026-11-30 to 2026-12-06")).toEqual(["Week 1: 2026-11-30 to 2026-12-06", 300, 1000]);
    expect(row("Week 13: 2027-02-22 to 2027-02-28")).toEqual(["Week 13: 2027-02-22 to 2027-02-28", 0, 0]);
    expect(row("Later (after 2027-02-28)")).toEqual(["Later (after 2027-02-28)", 0, 0]);
    expect(row("Total expected (the lines above)")).toEqual(["Total expected (the lines above)", 300, 1000]);
  });

  it("checks the total against AR, like the aging", () => {
    expect(row("Receivables (AR) on the as-of date")).toEqual(["Receivables (AR) on the as-of date", 300, 1000]);
    expect(row("Check: total expected − AR")).toEqual(["Check: total expected − AR", 0, 0, CHECK_OK]);
  });

  it("is left out when the run gives no forecast", () => {
    expect(grid.values.some((values) => values[0] === "Check: total expected − AR")).toBe(false);
  });
});
