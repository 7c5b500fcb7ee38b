import type { IsoDate } from "../dates/iso-date";
import { formatLongDate, formatShortDate } from "./format-letter-date";

describe("formatLongDate", () => {
  it.each([
    { name: "British English", date: "2026-11-25", locale: "en-GB", text: "25 November 2026" },
    { name: "German", date: "2026-11-25", locale: "de-DE", text: "25. November 2026" },
    { name: "German in March (umlaut)", date: "2027-03-01", locale: "de-AT", text: "1. März 2027" },
    { name: "French on the first", date: "2026-11-01", locale: "fr-FR", text: "1er novembre 2026" },
    { name: "US English (month first, from Intl)", date: "2026-11-25", locale: "en-US", text: "November 25, 2026" },
    { name: "Dutch (from Intl)", date: "2026-11-25", locale: "nl-NL", text: "25 november 2026" },
    { name: "a leap day", date: "2028-02-29", locale: "en-GB", text: "29 February 2028" },
  ])("writes $name", ({ date, locale, text }) => {
    expect(formatLongDate(date as IsoDate, locale)).toBe(text);
  });
});

describe("formatShortDate", () => {
  it.each([
    { name: "British English", date: "2026-11-05", locale: "en-GB", text: "5 Nov 2026" },
    { name: "German", date: "2026-11-05", locale: "de-DE", text: "05.11.2026" },
    { name: "French", date: "2026-11-05", locale: "fr-FR", text: "05/11/2026" },
    { name: "US English (from Intl)", date: "2026-11-05", locale: "en-US", text: "Nov 5, 2026" },
  ])("writes $name", ({ date, locale, text }) => {
    expect(formatShortDate(date as IsoDate, locale)).toBe(text);
  });
});
