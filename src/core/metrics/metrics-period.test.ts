import type { IsoDate } from "../dates/iso-date";
import type { Cents } from "../money/cents";
import { computeDsoCountback } from "./dso";
import { countbackPeriods, periodEndingOn } from "./metrics-period";

const d = (text: string) => text as IsoDate;

describe("periodEndingOn", () => {
  it.each([
    { to: "2026-11-30", months: 3, period: { from: "2026-08-31", to: "2026-11-30", days: 91, months: 3 } },
    { to: "2026-11-15", months: 1, period: { from: "2026-10-31", to: "2026-11-15", days: 15, months: 1 } },
    { to: "2024-03-31", months: 12, period: { from: "2023-03-31", to: "2024-03-31", days: 366, months: 12 } },
  ])("$months months to $to", ({ to, months, period }) => {
    expect(periodEndingOn(d(to), months)).toEqual(period);
  });
});

describe("countbackPeriods", () => {
  const sales = new Map<string, Cents>([["2026-11", 100 as Cents], ["2026-09", 70 as Cents], ["2026-08", 50 as Cents]]);

  it("walks back calendar months from a partial latest month, with empty months as 0, to the first month with sales", () => {
    expect(countbackPeriods(d("2026-11-20"), sales)).toEqual([
      { salesCents: 100, days: 20 },
      { salesCents: 0, days: 31 },
      { salesCents: 70, days: 30 },
      { salesCents: 50, days: 31 },
    ]);
  });

  it.each([
    { name: "no sales at all", sales: new Map<string, Cents>(), periods: [] },
    { name: "only sales after the date", sales: new Map<string, Cents>([["2027-01", 5 as Cents]]), periods: [] },
  ])("gives nothing for $name", ({ sales: given, periods }) => {
    expect(countbackPeriods(d("2026-11-30"), given)).toEqual(periods);
  });

  it("makes countback refuse receivables older than the books instead of adding empty months", () => {
    expect(computeDsoCountback(1000 as Cents, countbackPeriods(d("2026-11-30"), sales))).toEqual({ ok: false, error: "sales-history-too-short" });
  });
});
