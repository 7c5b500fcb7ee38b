import { coerceArguments, parseUnambiguousDateText } from "./coerce";
import { ArgumentError } from "./excel-error";
import { setClock, setDateSystem } from "./settings";

afterEach(() => {
  setDateSystem("1900");
  setClock();
});

function problemOf(run: () => unknown): { kind: string; message: string } | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof ArgumentError) return error.problem;
    throw error;
  }
}

describe("date arguments", () => {
  const spec = [{ name: "due", kind: "date", whenBlank: "required" }] as const;
  it.each([
    { name: "a serial", value: 46351, date: "2026-11-25" },
    { name: "a serial with a time", value: 46351.5, date: "2026-11-25" },
    { name: "ISO text", value: "2026-11-25", date: "2026-11-25" },
    { name: "ISO text with a time", value: "2026-11-25 14:30", date: "2026-11-25" },
    { name: "ISO text with a T and zone", value: "2026-11-25T14:30:00Z", date: "2026-11-25" },
    { name: "day month-name year", value: "25 Nov 2026", date: "2026-11-25" },
    { name: "day-month-year with dashes", value: "5-Sep-2026", date: "2026-09-05" },
    { name: "September spelled out", value: "5 September 2026", date: "2026-09-05" },
    { name: "month-name day, year", value: "Nov 25, 2026", date: "2026-11-25" },
    { name: "padded text", value: "  2026-11-25 ", date: "2026-11-25" },
  ])("reads $name", ({ value, date }) => {
    expect(coerceArguments(spec, [value])).toEqual([date]);
  });

  it.each([
    { name: "slashes (day/month order unknown)", value: "11/05/2026", kind: "value" },
    { name: "a day that does not exist", value: "2026-02-30", kind: "value" },
    { name: "a month name that is not one", value: "25 Foo 2026", kind: "value" },
    { name: "the phantom 29 Feb 1900", value: 60, kind: "value" },
    { name: "a negative serial", value: -3, kind: "value" },
    { name: "a boolean", value: true, kind: "value" },
    { name: "a blank cell on the web (null)", value: null, kind: "not-available" },
    { name: "a blank cell on the desktop (0)", value: 0, kind: "not-available" },
    { name: "an omitted argument", value: undefined, kind: "not-available" },
    { name: "empty text", value: "  ", kind: "not-available" },
  ])("refuses $name", ({ value, kind }) => {
    const problem = problemOf(() => coerceArguments(spec, [value]));
    expect(problem?.kind).toBe(kind);
    expect(problem?.message).toMatch(/^due/);
  });

  it("reads serials in the workbook's 1904 date system", () => {
    setDateSystem("1904");
    expect(coerceArguments(spec, [44889])).toEqual(["2026-11-25"]);
  });

  it("an omitted asOf is today on the user's computer", () => {
    setClock(() => new Date(2026, 10, 25, 23, 59));
    expect(coerceArguments([{ name: "asOf", kind: "date", whenBlank: "today" }] as const, [undefined])).toEqual(["2026-11-25"]);
  });

  it("parseUnambiguousDateText refuses what it cannot read", () => {
    expect(parseUnambiguousDateText("25/11/2026")).toBeNull();
    expect(parseUnambiguousDateText("yesterday")).toBeNull();
  });
});

describe("flags, numbers, choices and lists", () => {
  it.each([
    { value: true, flag: true },
    { value: "Yes", flag: true },
    { value: "x", flag: true },
    { value: 1, flag: true },
    { value: "No", flag: false },
    { value: null, flag: false },
    { value: 0, flag: false },
  ])("reads $value as the flag $flag", ({ value, flag }) => {
    expect(coerceArguments([{ name: "disputed", kind: "flag" }] as const, [value])).toEqual([flag]);
  });

  it.each([{ value: "maybe" }, { value: 2 }])("refuses $value as a flag", ({ value }) => {
    expect(problemOf(() => coerceArguments([{ name: "disputed", kind: "flag" }] as const, [value]))?.message).toContain("TRUE or FALSE");
  });

  const number = [{ name: "months", kind: "number", whenBlank: 1, min: 1, integer: true }] as const;
  it.each([
    { value: 3, out: 3 },
    { value: "3", out: 3 },
    { value: null, out: 1 },
  ])("reads $value as the number $out", ({ value, out }) => {
    expect(coerceArguments(number, [value])).toEqual([out]);
  });

  it.each([
    { value: "three", message: "is not a number" },
    { value: true, message: "is not a number" },
    { value: 1.5, message: "whole number" },
    { value: 0, message: "at least 1" },
  ])("refuses $value as a number", ({ value, message }) => {
    expect(problemOf(() => coerceArguments(number, [value]))?.message).toContain(message);
  });

  it("matches choices regardless of case, and says which are allowed", () => {
    const spec = [{ name: "method", kind: "choice", choices: ["simple", "countback"], whenBlank: "simple" }] as const;
    expect(coerceArguments(spec, ["CountBack"])).toEqual(["countback"]);
    expect(coerceArguments(spec, [null])).toEqual(["simple"]);
    expect(problemOf(() => coerceArguments(spec, ["median"]))?.message).toContain('"simple", "countback"');
  });

  it("flattens 1-D and 2-D ranges row by row, keeping blanks as null", () => {
    expect(coerceArguments([{ name: "d", kind: "date-list" }] as const, [[[46351, null], ["2026-11-26", ""]]])).toEqual([["2026-11-25", null, "2026-11-26", null]]);
    expect(coerceArguments([{ name: "n", kind: "number-list" }] as const, [[[1], [null], [3]]])).toEqual([[1, null, 3]]);
  });

  it("names the item of a range that is wrong", () => {
    expect(problemOf(() => coerceArguments([{ name: "paidDates", kind: "date-list" }] as const, [[[46351], ["soon"]]]))?.message).toMatch(/^paidDates \(item 2\)/);
  });
});

describe("register columns (one Table column each) and the invoice-or-customer argument", () => {
  const columns = [
    { name: "invoices", kind: "id-column" },
    { name: "invoiceDates", kind: "date-column" },
    { name: "amounts", kind: "amount-column" },
  ] as const;

  it("reads ids as the workbook reader does, dates with blanks as null, amounts with blanks as null", () => {
    expect(coerceArguments(columns, [[["0000611365"], [1930571429], ["1930571429.0"], [" INV  7 "], [null], [""], [0]], [[46351], [null], [0], ["2026-11-26"]], [[1200.5], [null], ["1,234.50"], [-50], [0]]])).toEqual([
      ["0000611365", "1930571429", "1930571429", "INV 7", null, null, null],
      ["2026-11-25", null, null, "2026-11-26"],
      [1200.5, null, 1234.5, -50, 0],
    ]);
  });

  it.each([
    { name: "a boolean invoice number", args: [[[true]], [], []], message: "invoices (row 1): true is not an invoice number or a customer. Use text or a number." },
    { name: "a date that cannot be read without guessing", args: [[], [[46351], ["03/04/2026"]], []], message: expect.stringMatching(/^invoiceDates \(row 2\): "03\/04\/2026" is not a date/) },
    { name: "a text amount", args: [[], [], [[5], [6], ["five"]]], message: 'amounts (row 3): "five" is not a number.' },
  ])("names the row of $name", ({ args, message }) => {
    expect(problemOf(() => coerceArguments(columns, args))).toEqual({ kind: "value", message });
  });

  const key = [{ name: "invoice", kind: "id", whenBlank: "required", what: "an invoice number" }] as const;
  it.each([
    { value: "INV-7", out: "INV-7" },
    { value: 1001, out: "1001" },
    { value: " Acme  Ltd ", out: "Acme Ltd" },
  ])("reads $value as the key $out", ({ value, out }) => {
    expect(coerceArguments(key, [value])).toEqual([out]);
  });

  it.each([{ value: null }, { value: 0 }, { value: "  " }, { value: undefined }])("refuses the blank key $value with #N/A", ({ value }) => {
    expect(problemOf(() => coerceArguments(key, [value]))).toEqual({ kind: "not-available", message: "invoice is blank. Enter an invoice number." });
  });
});
