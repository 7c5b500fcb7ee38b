import { parseDateText, resolveNumericDate } from "./parse-date-text";

describe("parseDateText", () => {
  it.each([
    { name: "ISO", text: "2026-11-25", date: "2026-11-25" },
    { name: "ISO with a time", text: "2020-02-27 00:00:00", date: "2020-02-27" },
    { name: "ISO with T, fraction and zone", text: "2026-11-25T23:30:00.000-05:00", date: "2026-11-25" },
    { name: "ISO with Z", text: "2026-11-25T10:00:00Z", date: "2026-11-25" },
    { name: "year first with slashes", text: "2026/1/5", date: "2026-01-05" },
    { name: "compact YYYYMMDD", text: "20260225", date: "2026-02-25" },
    { name: "D-Mon-YYYY", text: "25-Nov-2026", date: "2026-11-25" },
    { name: "D Mon YYYY", text: "25 Nov 2026", date: "2026-11-25" },
    { name: "D-Mon-YY", text: "5-Jan-29", date: "2029-01-05" },
    { name: "two-digit year past the cutoff", text: "5-Jan-30", date: "1930-01-05" },
    { name: "Mon D, YYYY", text: "Nov 25, 2026", date: "2026-11-25" },
    { name: "full month first", text: "November 25 2026", date: "2026-11-25" },
    { name: "weekday first", text: "Wednesday, November 25, 2026", date: "2026-11-25" },
    { name: "German long form", text: "25. März 2026", date: "2026-03-25" },
    { name: "French abbreviation", text: "3 févr. 2026", date: "2026-02-03" },
    { name: "Spanish with de", text: "25 de noviembre de 2026", date: "2026-11-25" },
    { name: "Dutch abbreviation", text: "1 mrt 2026", date: "2026-03-01" },
    { name: "ordinal day", text: "1st Jan 2026", date: "2026-01-01" },
    { name: "same day and month", text: "3/3/2026", date: "2026-03-03" },
    { name: "leap day", text: "2024-02-29", date: "2024-02-29" },
  ])("reads $name ($text) as $date", ({ text, date }) => {
    expect(parseDateText(text)).toEqual({ ok: true, value: { kind: "exact", date } });
  });

  it.each([
    { name: "US style", text: "1/2/2013", first: 1, second: 2, year: 2013 },
    { name: "dots", text: "25.11.2026", first: 25, second: 11, year: 2026 },
    { name: "dashes", text: "11-25-2026", first: 11, second: 25, year: 2026 },
    { name: "two-digit year", text: "01/02/13", first: 1, second: 2, year: 2013 },
    { name: "with a time", text: "1/2/2013 14:30", first: 1, second: 2, year: 2013 },
    { name: "with AM/PM", text: "1/2/2013 2:30 PM", first: 1, second: 2, year: 2013 },
  ])("leaves the order of $name ($text) to the column", ({ text, first, second, year }) => {
    expect(parseDateText(text)).toEqual({ ok: true, value: { kind: "numeric", first, second, year } });
  });

  it.each([
    { name: "a word", text: "soon", error: "not-a-date" },
    { name: "empty text", text: "", error: "not-a-date" },
    { name: "an amount", text: "1,234.56", error: "not-a-date" },
    { name: "an invoice number", text: "INV-2026-0011", error: "not-a-date" },
    { name: "mixed separators", text: "1/2-2026", error: "not-a-date" },
    { name: "an unknown month", text: "25 Foo 2026", error: "not-a-date" },
    { name: "an ambiguous month prefix", text: "25 Jui 2026", error: "not-a-date" },
    { name: "8 digits outside the date span", text: "12345678", error: "not-a-date" },
    { name: "30 February (ISO)", text: "2026-02-30", error: "no-such-day" },
    { name: "29 February in a common year", text: "2025-02-29", error: "no-such-day" },
    { name: "13/13/2026", text: "13/13/2026", error: "no-such-day" },
    { name: "month zero", text: "0/5/2026", error: "no-such-day" },
    { name: "31 April by name", text: "31 Apr 2026", error: "no-such-day" },
    { name: "a year before 1000", text: "0999-01-01", error: "no-such-day" },
    { name: "a long sentence", text: "Payment expected some time after 2026-11-25 at the latest", error: "not-a-date" },
  ])("refuses $name", ({ text, error }) => {
    expect(parseDateText(text)).toEqual({ ok: false, error });
  });
});

describe("resolveNumericDate", () => {
  it.each([
    { name: "day first", order: "day-first" as const, first: 3, second: 4, date: "2026-04-03" },
    { name: "month first", order: "month-first" as const, first: 3, second: 4, date: "2026-03-04" },
    { name: "day first with a day over 12", order: "day-first" as const, first: 25, second: 11, date: "2026-11-25" },
  ])("reads $name", ({ order, first, second, date }) => {
    expect(resolveNumericDate({ first, second, year: 2026 }, order)).toEqual({ ok: true, value: date });
  });

  it.each([
    { name: "a month over 12 read month first", order: "month-first" as const, first: 25, second: 11 },
    { name: "a month over 12 read day first", order: "day-first" as const, first: 11, second: 25 },
    { name: "31 June", order: "day-first" as const, first: 31, second: 6 },
  ])("refuses $name", ({ order, first, second }) => {
    expect(resolveNumericDate({ first, second, year: 2026 }, order)).toEqual({ ok: false, error: "no-such-day" });
  });
});
