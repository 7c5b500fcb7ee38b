import type { IsoDate } from "../../../core/dates/iso-date";
import {
  formatNoteDate, formatNoteMoney, isBusinessDay, monthBounds, monthsEndingAt, nextBusinessDay, previousBusinessDay, weekdayOf,
} from "./business-calendar";

const d = (text: string): IsoDate => text as IsoDate;

describe("business calendar", () => {
  it.each([
    { name: "Monday 30 Nov 2026", date: "2026-11-30", weekday: 1 },
    { name: "Thursday 1 Jan 1970", date: "1970-01-01", weekday: 4 },
    { name: "Sunday 28 Dec 1969", date: "1969-12-28", weekday: 0 },
    { name: "Saturday 28 Nov 2026", date: "2026-11-28", weekday: 6 },
  ])("knows the weekday of $name", ({ date, weekday }) => {
    expect(weekdayOf(d(date))).toBe(weekday);
  });

  it.each([
    { name: "a weekend", date: "2026-11-29", business: false },
    { name: "Christmas Day on a Friday", date: "2026-12-25", business: false },
    { name: "an ordinary Tuesday", date: "2026-11-24", business: true },
  ])("says whether $name is a business day", ({ date, business }) => {
    expect(isBusinessDay(d(date))).toBe(business);
  });

  it("moves weekend days to the next or previous business day", () => {
    expect(nextBusinessDay(d("2026-11-28"))).toBe("2026-11-30");
    expect(previousBusinessDay(d("2026-11-29"))).toBe("2026-11-27");
    expect(nextBusinessDay(d("2026-12-25"))).toBe("2026-12-28");
    expect(previousBusinessDay(d("2026-11-30"))).toBe("2026-11-30");
  });

  it("lists the eighteen months ending in November 2026, across a year end", () => {
    const months = monthsEndingAt(d("2026-11-30"), 18);
    expect(months).toHaveLength(18);
    expect(months[0]).toEqual({ year: 2025, month: 6 });
    expect(months[7]).toEqual({ year: 2026, month: 1 });
    expect(months[17]).toEqual({ year: 2026, month: 11 });
    expect(monthBounds({ year: 2026, month: 2 })).toEqual({ first: "2026-02-01", last: "2026-02-28" });
  });

  it("writes note dates and amounts the way a UK bookkeeper does", () => {
    expect(formatNoteDate(d("2026-11-04"))).toBe("4 Nov 2026");
    expect(formatNoteMoney(123456, "GBP")).toBe("£1,234.56");
    expect(formatNoteMoney(-8640, "GBP")).toBe("-£86.40");
    expect(formatNoteMoney(5, "EUR")).toBe("€0.05");
    expect(formatNoteMoney(100000000, "USD")).toBe("USD 1,000,000.00");
  });
});
