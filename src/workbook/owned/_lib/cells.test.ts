import type { Grid } from "../../grid";
import { addressAt, cellText, dateCell, normaliseHeader, readCents, readDate, readNumber, readYesNo } from "./cells";
import type { IsoDate } from "../../../core/dates/iso-date";

describe("cell readers", () => {
  it.each([
    { value: 15, result: { ok: true, value: 15 } },
    { value: " 15 ", result: { ok: true, value: 15 } },
    { value: "1,234.50", result: { ok: true, value: 1234.5 } },
    { value: "$20", result: { ok: true, value: 20 } },
    { value: "(5)", result: { ok: true, value: -5 } },
  ])("readNumber($value)", ({ value, result }) => {
    expect(readNumber(value)).toEqual(result);
  });

  it.each([
    { value: null, error: "blank" },
    { value: "  ", error: "blank" },
    { value: "abc", error: "not-a-number" },
    { value: "1,234", error: "not-a-number" },
    { value: true, error: "not-a-number" },
    { value: { error: "#N/A" }, error: "not-a-number" },
    { value: Number.NaN, error: "not-a-number" },
  ])("readNumber refuses $value", ({ value, error }) => {
    expect(readNumber(value)).toEqual({ ok: false, error });
  });

  it("readCents rounds to cents", () => {
    expect(readCents(10.005)).toEqual({ ok: true, value: 1001 });
  });

  it.each([
    { value: "Yes", result: true }, { value: "n", result: false }, { value: true, result: true }, { value: "0", result: false },
  ])("readYesNo($value)", ({ value, result }) => {
    expect(readYesNo(value)).toEqual({ ok: true, value: result });
  });

  it.each([{ value: "maybe", error: "not-yes-no" }, { value: null, error: "blank" }])("readYesNo refuses $value", ({ value, error }) => {
    expect(readYesNo(value)).toEqual({ ok: false, error });
  });

  it.each([
    { value: 46346, system: "1900", date: "2026-11-20" },
    { value: 46346.75, system: "1900", date: "2026-11-20" },
    { value: 44884, system: "1904", date: "2026-11-20" },
    { value: "2026-11-20", system: "1900", date: "2026-11-20" },
    { value: "20 Nov 2026", system: "1900", date: "2026-11-20" },
    { value: "20/11/2026", system: "1900", date: "2026-11-20" },
    { value: "11/20/2026", system: "1900", date: "2026-11-20" },
  ] as const)("readDate($value, $system)", ({ value, system, date }) => {
    expect(readDate(value, system)).toEqual({ ok: true, value: date });
  });

  it.each([
    { value: "03/04/2026", error: "ambiguous-date" },
    { value: "soon", error: "not-a-date" },
    { value: null, error: "blank" },
    { value: -5, error: "not-a-date" },
    { value: 60, error: "not-a-date" },
    { value: false, error: "not-a-date" },
  ])("readDate refuses $value", ({ value, error }) => {
    expect(readDate(value, "1900")).toEqual({ ok: false, error });
  });

  it("dateCell writes serials in the workbook's system", () => {
    expect(dateCell("2026-11-20" as IsoDate, "1900")).toBe(46346);
    expect(dateCell("2026-11-20" as IsoDate, "1904")).toBe(44884);
    expect(dateCell(null, "1900")).toBeNull();
  });

  it("addresses cells relative to where the grid starts", () => {
    const grid: Grid = { sheetName: "Collect Policy", top: 3, left: 2, values: [], numberFormats: [] };
    expect(addressAt(grid, 0, 0)).toBe("'Collect Policy'!B3");
  });

  it.each([
    { value: "  Promise_Amount: ", text: "promise amount" },
    { value: "Tone: firm when late share at least (%)", text: "tone: firm when late share at least (%)" },
  ])("normaliseHeader($value)", ({ value, text }) => {
    expect(normaliseHeader(value)).toBe(text);
  });

  it("cellText shows errors by their code", () => {
    expect(cellText({ error: "#REF!" })).toBe("#REF!");
    expect(cellText(0)).toBe("0");
  });
});
