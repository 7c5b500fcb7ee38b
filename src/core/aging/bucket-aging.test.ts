import fc from "fast-check";
import type { Cents } from "../money/cents";
import { DEFAULT_AGING_BUCKETS, bucketLabel, summarizeAging, toAgingBuckets } from "./bucket-aging";
import { computeDaysPastDue } from "./days-past-due";
import type { IsoDate } from "../dates/iso-date";

describe("computeDaysPastDue", () => {
  it.each([
    { name: "47 days late", due: "2026-10-09", asOf: "2026-11-25", days: 47 },
    { name: "due today", due: "2026-11-25", asOf: "2026-11-25", days: 0 },
    { name: "due in five days", due: "2026-11-30", asOf: "2026-11-25", days: -5 },
    { name: "across a leap day", due: "2024-02-28", asOf: "2024-03-01", days: 2 },
  ])("counts $name", ({ due, asOf, days }) => {
    expect(computeDaysPastDue(due as IsoDate, asOf as IsoDate)).toBe(days);
  });
});

describe("bucketLabel with the default buckets", () => {
  it.each([
    { daysPastDue: -30, label: "Current" },
    { daysPastDue: 0, label: "Current" },
    { daysPastDue: 1, label: "1-30" },
    { daysPastDue: 30, label: "1-30" },
    { daysPastDue: 31, label: "31-60" },
    { daysPastDue: 60, label: "31-60" },
    { daysPastDue: 61, label: "61-90" },
    { daysPastDue: 90, label: "61-90" },
    { daysPastDue: 91, label: "91-120" },
    { daysPastDue: 120, label: "91-120" },
    { daysPastDue: 121, label: "120+" },
    { daysPastDue: 5000, label: "120+" },
  ])("puts $daysPastDue days past due in $label", ({ daysPastDue, label }) => {
    expect(bucketLabel(daysPastDue, DEFAULT_AGING_BUCKETS)).toBe(label);
  });

  it("counts the due day as overdue when asked (Xero's switch off)", () => {
    const buckets = toAgingBuckets({ dueDayIsCurrent: false });
    expect(buckets.ok && bucketLabel(0, buckets.value)).toBe("1-30");
  });
});

describe("toAgingBuckets", () => {
  it.each([
    { name: "the defaults", edges: undefined, labels: ["Current", "1-30", "31-60", "61-90", "91-120", "120+"] },
    { name: "QuickBooks' 30/60/90", edges: [30, 60, 90], labels: ["Current", "1-30", "31-60", "61-90", "90+"] },
    { name: "one edge", edges: [15], labels: ["Current", "1-15", "15+"] },
    { name: "weekly buckets", edges: [7, 14], labels: ["Current", "1-7", "8-14", "14+"] },
  ])("names $name", ({ edges, labels }) => {
    const result = toAgingBuckets(edges === undefined ? undefined : { edges });
    expect(result.ok && result.value.labels).toEqual(labels);
  });

  it.each([
    { name: "no edges", edges: [], error: "edges-empty" },
    { name: "a zero edge", edges: [0, 30], error: "edges-not-whole-positive" },
    { name: "a fractional edge", edges: [30.5], error: "edges-not-whole-positive" },
    { name: "edges going down", edges: [60, 30], error: "edges-not-increasing" },
    { name: "a repeated edge", edges: [30, 30], error: "edges-not-increasing" },
  ])("refuses $name", ({ edges, error }) => {
    expect(toAgingBuckets({ edges })).toEqual({ ok: false, error });
  });
});

describe("summarizeAging", () => {
  it("sums each bucket, credits included, to the ledger total", () => {
    const summary = summarizeAging(
      [
        { openCents: 100_00 as Cents, daysPastDue: -3 },
        { openCents: 250_00 as Cents, daysPastDue: 12 },
        { openCents: -40_00 as Cents, daysPastDue: 12 },
        { openCents: 999_99 as Cents, daysPastDue: 200 },
      ],
      DEFAULT_AGING_BUCKETS,
    );
    expect(summary.bucketCents).toEqual([100_00, 210_00, 0, 0, 0, 999_99]);
    expect(summary.counts).toEqual([1, 2, 0, 0, 0, 1]);
    expect(summary.totalCents).toBe(1309_99);
  });

  it("always covers every invoice once and reconciles to the total (property)", () => {
    const edgesArb = fc.uniqueArray(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 8 }).map((e) => [...e].sort((a, b) => a - b));
    const itemsArb = fc.array(fc.record({ openCents: fc.integer({ min: -1e9, max: 1e9 }), daysPastDue: fc.integer({ min: -400, max: 2000 }) }), { maxLength: 300 });
    fc.assert(
      fc.property(edgesArb, fc.boolean(), itemsArb, (edges, dueDayIsCurrent, items) => {
        const buckets = toAgingBuckets({ edges, dueDayIsCurrent });
        if (!buckets.ok) return false;
        const summary = summarizeAging(items as { openCents: Cents; daysPastDue: number }[], buckets.value);
        const bucketTotal = summary.bucketCents.reduce((a, b) => a + b, 0);
        const itemTotal = items.reduce((a, b) => a + b.openCents, 0);
        const count = summary.counts.reduce((a, b) => a + b, 0);
        return bucketTotal === itemTotal && summary.totalCents === itemTotal && count === items.length;
      }),
    );
  });
});
