import type { IsoDate } from "./iso-date";
import { endOfMonthBefore, isWorkingDay, monthKey, startOfMonth } from "./calendar-months";

const d = (text: string) => text as IsoDate;

describe("calendar months", () => {
  it.each([
    { date: "2026-11-15", back: 0, end: "2026-11-30" },
    { date: "2026-03-31", back: 1, end: "2026-02-28" },
    { date: "2024-03-01", back: 1, end: "2024-02-29" },
    { date: "2026-01-10", back: 3, end: "2025-10-31" },
    { date: "2026-12-31", back: 12, end: "2025-12-31" },
    { date: "2026-05-20", back: -1, end: "2026-06-30" },
  ])("endOfMonthBefore($date, $back) is $end", ({ date, back, end }) => {
    expect(endOfMonthBefore(d(date), back)).toBe(end);
  });

  it.each([
    { date: "2026-11-25", key: "2026-11", start: "2026-11-01" },
    { date: "2000-02-29", key: "2000-02", start: "2000-02-01" },
  ])("$date is in month $key, which starts on $start", ({ date, key, start }) => {
    expect(monthKey(d(date))).toBe(key);
    expect(startOfMonth(d(date))).toBe(start);
  });

  it.each([
    { date: "2026-11-23", weekday: "Monday", working: true },
    { date: "2026-11-27", weekday: "Friday", working: true },
    { date: "2026-11-28", weekday: "Saturday", working: false },
    { date: "2026-11-29", weekday: "Sunday", working: false },
    { date: "1970-01-01", weekday: "Thursday", working: true },
    { date: "1969-12-28", weekday: "Sunday (before day 0)", working: false },
  ])("$date is a $weekday", ({ date, working }) => {
    expect(isWorkingDay(d(date))).toBe(working);
  });
});
