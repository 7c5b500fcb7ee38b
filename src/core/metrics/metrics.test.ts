import type { Cents } from "../money/cents";
import { computeAddDso, computeAddInvoice } from "./average-days-delinquent";
import { computeCei } from "./cei";
import { computeBestPossibleDso, computeDsoCountback, computeDsoSimple } from "./dso";

const c = (amount: number) => Math.round(amount * 100) as Cents;

describe("DSO", () => {
  it("reproduces DOMAIN.md's countback example: 73.7 days", () => {
    const result = computeDsoCountback(c(212000), [
      { salesCents: c(100000), days: 30 },
      { salesCents: c(80000), days: 30 },
      { salesCents: c(70000), days: 30 },
    ]);
    expect(result.ok && Number(result.value.toFixed(1))).toBe(73.7);
  });

  it.each([
    { name: "receivables inside the latest month", ar: 50000, periods: [[100000, 31]], days: 15.5 },
    { name: "exactly one month", ar: 100000, periods: [[100000, 30], [80000, 31]], days: 30 },
    { name: "no receivables", ar: 0, periods: [[100000, 30]], days: 0 },
    { name: "a credit balance", ar: -500, periods: [[100000, 30]], days: 0 },
  ])("countback: $name", ({ ar, periods, days }) => {
    const result = computeDsoCountback(c(ar), periods.map(([s, d]) => ({ salesCents: c(s as number), days: d as number })));
    expect(result).toEqual({ ok: true, value: days });
  });

  it.each([
    { name: "no months", ar: 10, periods: [], error: "no-sales" },
    { name: "more receivables than all sales", ar: 300000, periods: [[100000, 30], [80000, 30]], error: "sales-history-too-short" },
    { name: "negative sales", ar: 10, periods: [[-5, 30]], error: "negative-sales" },
    { name: "a zero-day month", ar: 10, periods: [[100, 0]], error: "bad-period" },
  ])("countback refuses $name", ({ ar, periods, error }) => {
    const result = computeDsoCountback(c(ar), periods.map(([s, d]) => ({ salesCents: c(s as number), days: d as number })));
    expect(result).toEqual({ ok: false, error });
  });

  it.each([
    { ar: 212000, sales: 250000, days: 90, dso: 76.32 },
    { ar: 30000, sales: 90000, days: 30, dso: 10 },
  ])("simple: $ar over $sales in $days days is $dso", ({ ar, sales, days, dso }) => {
    const result = computeDsoSimple(c(ar), c(sales), days);
    expect(result.ok && result.value).toBeCloseTo(dso, 10);
  });

  it.each([
    { name: "no sales", sales: 0, days: 30, error: "no-sales" },
    { name: "negative sales", sales: -1, days: 30, error: "negative-sales" },
    { name: "zero days", sales: 100, days: 0, error: "bad-period" },
    { name: "NaN days", sales: 100, days: Number.NaN, error: "bad-period" },
  ])("simple refuses $name", ({ sales, days, error }) => {
    expect(computeDsoSimple(c(100), c(sales), days)).toEqual({ ok: false, error });
  });

  it("best possible DSO uses only the not-yet-due part", () => {
    const result = computeBestPossibleDso(c(50000), c(250000), 90);
    expect(result).toEqual({ ok: true, value: 18 });
  });
});

describe("average days delinquent", () => {
  it("DSO method is DSO minus best possible DSO", () => {
    const result = computeAddDso(c(212000), c(50000), c(250000), 90);
    expect(result.ok && result.value).toBeCloseTo(76.32 - 18, 10);
  });
  it("invoice method weights days past due by open amount, not-yet-due counting 0", () => {
    expect(computeAddInvoice([{ openCents: 100 as Cents, daysPastDue: 30 }, { openCents: 300 as Cents, daysPastDue: -5 }])).toEqual({ ok: true, value: 7.5 });
  });
  it("invoice method leaves credits out", () => {
    expect(computeAddInvoice([{ openCents: 100 as Cents, daysPastDue: 10 }, { openCents: -100 as Cents, daysPastDue: 90 }])).toEqual({ ok: true, value: 10 });
  });
  it("invoice method has no answer without open invoices", () => {
    expect(computeAddInvoice([])).toEqual({ ok: false, error: "no-open-invoices" });
  });
  it("DSO method passes on a DSO error", () => {
    expect(computeAddDso(c(10), c(5), c(0), 30)).toEqual({ ok: false, error: "no-sales" });
  });
});

describe("CEI", () => {
  // A one-quarter window: AR 1 Jan 100k, sales 300k, AR 31 Mar 120k of which 70k not yet due.
  const quarter = { arBeginCents: c(100000), salesCents: c(300000), arEndCents: c(120000), arCurrentEndCents: c(70000), months: 3 };
  it("full-sales variant: (100 + 300 − 120) / (100 + 300 − 70) = 84.85 %", () => {
    const result = computeCei(quarter);
    expect(result.ok && result.value).toBeCloseTo((280 / 330) * 100, 10);
  });
  it("monthly-sales variant divides sales by the months: (100 + 100 − 120) / (100 + 100 − 70) = 61.54 %", () => {
    const result = computeCei(quarter, "monthly-sales");
    expect(result.ok && result.value).toBeCloseTo((80 / 130) * 100, 10);
  });
  it("both variants agree on one month", () => {
    const month = { ...quarter, months: 1 };
    expect(computeCei(month, "monthly-sales")).toEqual(computeCei(month, "full-sales"));
  });
  it.each([
    { name: "nothing collectible", input: { arBeginCents: c(0), salesCents: c(0), arEndCents: c(0), arCurrentEndCents: c(0) }, error: "nothing-collectible" },
    { name: "zero months", input: { ...quarter, months: 0 }, error: "bad-months" },
    { name: "fractional months", input: { ...quarter, months: 1.5 }, error: "bad-months" },
  ])("refuses $name", ({ input, error }) => {
    expect(computeCei(input, "monthly-sales")).toEqual({ ok: false, error });
  });
});
