import type { IsoDate } from "../../dates/iso-date";
import { formatShortDate } from "./format-date";

describe("formatShortDate", () => {
  it.each([
    { date: "2026-11-03", asOf: "2026-11-25", text: "3 Nov" },
    { date: "2026-01-31", asOf: "2026-11-25", text: "31 Jan" },
    { date: "2025-12-30", asOf: "2026-01-05", text: "30 Dec 2025" },
  ])("$date as of $asOf → $text", ({ date, asOf, text }) => {
    expect(formatShortDate(date as IsoDate, asOf as IsoDate)).toBe(text);
  });
});
