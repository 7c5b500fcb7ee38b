import { isDateFormat } from "./is-date-format";

describe("isDateFormat", () => {
  it.each([
    { name: "ISO date", code: "yyyy-mm-dd" },
    { name: "US short date (built-in 14)", code: "m/d/yyyy" },
    { name: "German order", code: "dd.mm.yyyy" },
    { name: "day-month name", code: "d-mmm-yy" },
    { name: "month and year", code: "mmm-yy" },
    { name: "month name only", code: "mmmm" },
    { name: "date and time", code: "m/d/yy h:mm" },
    { name: "locale prefix and AM/PM", code: "[$-409]m/d/yy h:mm AM/PM;@" },
    { name: "colour bracket", code: "[Red]dd/mm/yyyy" },
    { name: "quoted words around a date", code: '"Due "dd/mm/yyyy' },
    { name: "long weekday", code: "dddd, mmmm d, yyyy" },
    { name: "upper case", code: "YYYY-MM-DD" },
    { name: "era year", code: "[$-411]ge.m.d" },
  ])("$name ($code) is a date format", ({ code }) => {
    expect(isDateFormat(code)).toBe(true);
  });

  it.each([
    { name: "General", code: "General" },
    { name: "empty", code: "" },
    { name: "text", code: "@" },
    { name: "accounting with a quoted dash", code: '#,##0;(#,##0);"-"' },
    { name: "money with colour", code: "#,##0.00;[Red]-#,##0.00" },
    { name: "quoted word with d and y", code: '0" days"' },
    { name: "escaped d", code: "0\\d" },
    { name: "scientific", code: "0.00E+00" },
    { name: "elapsed hours", code: "[h]:mm" },
    { name: "elapsed minutes", code: "[mm]:ss" },
    { name: "elapsed hours with seconds", code: "[h]:mm:ss" },
    { name: "time of day", code: "h:mm" },
    { name: "time with AM/PM", code: "h:mm AM/PM" },
    { name: "minutes and seconds", code: "mm:ss.0" },
    { name: "percent", code: "0.00%" },
    { name: "currency with locale bracket", code: "[$€-407] #,##0.00" },
    { name: "condition bracket", code: "[>=100]0;0.0" },
    { name: "padding before a d", code: "0_d" },
    { name: "fill character d", code: "*d0" },
    { name: "unterminated quote", code: '0"dd' },
  ])("$name ($code) is not a date format", ({ code }) => {
    expect(isDateFormat(code)).toBe(false);
  });
});
