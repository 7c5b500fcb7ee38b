import type { CellAddress } from "../types/issue";
import { CellPositionError, columnLetter, columnNumber, quoteSheetName, splitCellAddress, toCellAddress } from "./address";

describe("columnLetter", () => {
  it.each([
    { name: "first column", column: 1, letters: "A" },
    { name: "last single letter", column: 26, letters: "Z" },
    { name: "first double letter", column: 27, letters: "AA" },
    { name: "AZ", column: 52, letters: "AZ" },
    { name: "Excel's last column", column: 16384, letters: "XFD" },
  ])("writes $name as $letters", ({ column, letters }) => {
    expect(columnLetter(column)).toBe(letters);
  });
});

describe("columnNumber", () => {
  it.each([
    { name: "upper case", text: "F", column: 6 },
    { name: "lower case", text: "ab", column: 28 },
    { name: "absolute marker", text: "$C", column: 3 },
    { name: "spaces around", text: "  D ", column: 4 },
    { name: "last column", text: "XFD", column: 16384 },
  ])("reads $name", ({ text, column }) => {
    expect(columnNumber(text)).toEqual({ ok: true, value: column });
  });

  it.each([
    { name: "a cell address", text: "F1" },
    { name: "empty text", text: "" },
    { name: "digits", text: "12" },
    { name: "past XFD", text: "XFE" },
    { name: "four letters", text: "ABCD" },
  ])("refuses $name", ({ text }) => {
    expect(columnNumber(text)).toEqual({ ok: false, error: "not-a-column" });
  });

  it("round-trips every column Excel has", () => {
    for (let column = 1; column <= 16384; column += 1) expect(columnNumber(columnLetter(column))).toEqual({ ok: true, value: column });
  });
});

describe("toCellAddress", () => {
  it.each([
    { name: "a plain sheet name", sheet: "Ledger", row: 7, column: 4, address: "Ledger!D7" },
    { name: "a name with a space", sheet: "Open Invoices", row: 7, column: 5, address: "'Open Invoices'!E7" },
    { name: "a name with a quote", sheet: "Bob's", row: 1, column: 1, address: "'Bob''s'!A1" },
    { name: "a name that looks like a cell", sheet: "A1", row: 2, column: 2, address: "'A1'!B2" },
    { name: "a name with an umlaut", sheet: "Fällig", row: 3, column: 1, address: "'Fällig'!A3" },
    { name: "a name starting with a digit", sheet: "2026", row: 3, column: 1, address: "'2026'!A3" },
  ])("writes $name", ({ sheet, row, column, address }) => {
    expect(toCellAddress(sheet, row, column)).toBe(address);
  });

  it.each([
    { name: "row 0", row: 0, column: 1 },
    { name: "column 0", row: 1, column: 0 },
    { name: "a fractional row", row: 1.5, column: 1 },
  ])("throws CellPositionError for $name (a programming error)", ({ row, column }) => {
    expect(() => toCellAddress("S", row, column)).toThrow(CellPositionError);
  });

  it("quotes names with spaces the way Excel does", () => {
    expect(quoteSheetName("Aging Report")).toBe("'Aging Report'");
  });
});

describe("splitCellAddress", () => {
  it.each([
    { address: "Ledger!D7", sheet: "Ledger", cell: "D7" },
    { address: "'Open Invoices'!E7", sheet: "Open Invoices", cell: "E7" },
    { address: "'Bob''s'!A1", sheet: "Bob's", cell: "A1" },
    { address: "'A!B'!C3", sheet: "A!B", cell: "C3" },
  ])("splits $address", ({ address, sheet, cell }) => {
    expect(splitCellAddress(address as CellAddress)).toEqual({ sheet, cell });
  });

  it("undoes toCellAddress for any sheet name", () => {
    for (const name of ["Ledger", "Open Invoices", "Bob's", "A1", "Q3 2026 (draft)", "Zürich"]) {
      expect(splitCellAddress(toCellAddress(name, 12, 28))).toEqual({ sheet: name, cell: "AB12" });
    }
  });
});
