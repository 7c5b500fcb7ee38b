import type { IsoDate } from "../../core/dates/iso-date";
import { count, days, money, percent, shortDate } from "./format";

describe("pane formatting", () => {
  it.each([
    { name: "pounds", value: money(1692122, "GBP", "en-GB"), expected: "£16,921.22" },
    { name: "whole pounds", value: money(1692122, "GBP", "en-GB", true), expected: "£16,921" },
    { name: "a date", value: shortDate("2026-11-30" as IsoDate, "en-GB"), expected: "30 Nov 2026" },
    { name: "no date", value: shortDate(null, "en-GB"), expected: "–" },
    { name: "one day", value: days(1.2), expected: "1 day" },
    { name: "days", value: days(47.4), expected: "47 days" },
    { name: "no days", value: days(null), expected: "–" },
    { name: "a percentage", value: percent(47.02), expected: "47%" },
    { name: "one letter", value: count(1, "letter"), expected: "1 letter" },
    { name: "many customers", value: count(1234, "customer"), expected: "1,234 customers" },
  ])("writes $name as $expected", ({ value, expected }) => {
    expect(value).toBe(expected);
  });
});
