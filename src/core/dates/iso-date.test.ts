import fc from "fast-check";
import { addDays, daysInMonth, diffDays, dayNumberToIsoDate, isoDateToDayNumber, toIsoDate, type DayNumber, type IsoDate } from "./iso-date";

describe("toIsoDate", () => {
  it.each([
    { name: "an ordinary day", text: "2026-11-25" },
    { name: "a leap day", text: "2024-02-29" },
    { name: "the first supported year", text: "1000-01-01" },
    { name: "the last supported day", text: "9999-12-31" },
  ])("accepts $name ($text)", ({ text }) => {
    expect(toIsoDate(text)).toEqual({ ok: true, value: text });
  });

  it.each([
    { name: "a day that does not exist", text: "2026-02-29", error: "no-such-day" },
    { name: "month 13", text: "2026-13-01", error: "no-such-day" },
    { name: "day 0", text: "2026-01-00", error: "no-such-day" },
    { name: "1900 as a leap year", text: "1900-02-29", error: "no-such-day" },
    { name: "US order", text: "11/25/2026", error: "not-an-iso-date" },
    { name: "no zero padding", text: "2026-1-5", error: "not-an-iso-date" },
    { name: "a time attached", text: "2026-11-25T10:00", error: "not-an-iso-date" },
    { name: "empty text", text: "", error: "not-an-iso-date" },
  ])("refuses $name ($text)", ({ text, error }) => {
    expect(toIsoDate(text)).toEqual({ ok: false, error });
  });
});

describe("calendar arithmetic", () => {
  it.each([
    { from: "2026-01-31", to: "2026-03-01", days: 29 },
    { from: "2024-01-31", to: "2024-03-01", days: 30 },
    { from: "2026-12-31", to: "2027-01-01", days: 1 },
    { from: "2026-11-25", to: "2026-10-09", days: -47 },
  ])("counts $days days from $from to $to", ({ from, to, days }) => {
    expect(diffDays(from as IsoDate, to as IsoDate)).toBe(days);
    expect(addDays(from as IsoDate, days)).toBe(to);
  });

  it("knows month lengths", () => {
    expect([1, 2, 3, 4].map((m) => daysInMonth(2024, m))).toEqual([31, 29, 31, 30]);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });

  it("day numbers and dates are inverse", () => {
    fc.assert(
      fc.property(fc.integer({ min: -300000, max: 2932896 }), (n) => isoDateToDayNumber(dayNumberToIsoDate(n as DayNumber)) === n),
      { numRuns: 2000 },
    );
  });
});
