import { cellText, isBlankCell, isCellError, readIdText, readYesNo } from "./cell-text";

describe("readIdText", () => {
  it.each([
    { name: "leading zeros", value: "0000611365", id: "0000611365" },
    { name: "a float-written id", value: "1930571429.0", id: "1930571429" },
    { name: "a numeric cell", value: 1930571429, id: "1930571429" },
    { name: "an alphanumeric id", value: " CCU013 ", id: "CCU013" },
    { name: "an id with inner spaces", value: "INV  12", id: "INV 12" },
    { name: "a decimal that is not whole", value: "12.5", id: "12.5" },
    { name: "a float-written customer number with zeros", value: "0200706844.00", id: "0200706844" },
  ])("reads $name", ({ value, id }) => {
    expect(readIdText(value)).toBe(id);
  });

  it.each([
    { name: "an empty cell", value: null },
    { name: "spaces", value: "   " },
    { name: "an error value", value: { error: "#N/A" } },
    { name: "a boolean", value: true },
    { name: "not a number", value: Number.NaN },
  ])("gives no id for $name", ({ value }) => {
    expect(readIdText(value)).toBeNull();
  });
});

describe("readYesNo", () => {
  it.each([
    { name: "Yes", value: "Yes", result: true },
    { name: "No", value: "No", result: false },
    { name: "TRUE", value: true, result: true },
    { name: "German ja", value: "Ja", result: true },
    { name: "French non", value: "non", result: false },
    { name: "an x mark", value: "x", result: true },
    { name: "an empty cell", value: null, result: false },
    { name: "one", value: 1, result: true },
  ])("reads $name", ({ value, result }) => {
    expect(readYesNo(value)).toBe(result);
  });

  it.each([
    { name: "a word", value: "maybe" },
    { name: "a number other than 0 or 1", value: 7 },
    { name: "an error value", value: { error: "#VALUE!" } },
  ])("cannot read $name", ({ value }) => {
    expect(readYesNo(value)).toBeNull();
  });
});

describe("cell helpers", () => {
  it.each([
    { name: "text", value: " a ", text: "a", blank: false },
    { name: "spaces", value: "  ", text: "", blank: true },
    { name: "null", value: null, text: "", blank: true },
    { name: "zero", value: 0, text: "0", blank: false },
    { name: "false", value: false, text: "FALSE", blank: false },
    { name: "an error", value: { error: "#REF!" }, text: "#REF!", blank: false },
  ])("shows $name as text and knows if it is blank", ({ value, text, blank }) => {
    expect(cellText(value)).toBe(text);
    expect(isBlankCell(value)).toBe(blank);
  });

  it("recognises error values", () => {
    expect(isCellError({ error: "#N/A" })).toBe(true);
    expect(isCellError("#N/A")).toBe(false);
  });
});
