import { cleanCellText, cleanLine, cleanOptional, splitAddressLines } from "./clean-text";

describe("cleanCellText", () => {
  it.each([
    { name: "plain text", text: "Acme Ltd", clean: "Acme Ltd" },
    { name: "Windows and old Mac line ends", text: "A\r\nB\rC", clean: "A\nB\nC" },
    { name: "a bell and a NUL", text: "Ac\u0007me\u0000", clean: "Acme" },
    { name: "C1 controls and the Unicode line separator", text: "A\u0085B\u2028C", clean: "ABC" },
    { name: "a lone surrogate", text: "A\uD800B", clean: "AB" },
    { name: "a tab", text: "A\tB", clean: "A B" },
    { name: "trailing spaces on each line", text: "A  \nB ", clean: "A\nB" },
    { name: "emoji kept", text: "Café 🍰 Ltd", clean: "Café 🍰 Ltd" },
    { name: "Arabic kept", text: "شركة الأمل", clean: "شركة الأمل" },
    { name: "Hebrew kept", text: "חברת אור בע״מ", clean: "חברת אור בע״מ" },
  ])("cleans $name", ({ text, clean }) => {
    expect(cleanCellText(text)).toBe(clean);
  });
});

describe("cleanLine", () => {
  it.each([
    { name: "a header injection attempt", text: "Evil Corp\r\nBcc: evil@attacker.example", line: "Evil Corp Bcc: evil@attacker.example" },
    { name: "runs of spaces", text: "  A   B  ", line: "A B" },
  ])("puts $name on one line", ({ text, line }) => {
    expect(cleanLine(text)).toBe(line);
  });
});

describe("cleanOptional", () => {
  it.each([
    { name: "null", text: null, value: null },
    { name: "spaces only", text: "   ", value: null },
    { name: "control characters only", text: "\u0007\u0008", value: null },
    { name: "a name", text: " Priya Shah ", value: "Priya Shah" },
  ])("gives $value for $name", ({ text, value }) => {
    expect(cleanOptional(text)).toBe(value);
  });
});

describe("splitAddressLines", () => {
  it.each([
    { name: "a comma-separated cell", address: "14 Town Quay, Southampton, SO14 2AQ", lines: ["14 Town Quay", "Southampton", "SO14 2AQ"] },
    { name: "a cell with line breaks (commas stay)", address: "Unit 4, Trade Park\nSouthampton", lines: ["Unit 4, Trade Park", "Southampton"] },
    { name: "empty parts", address: "A,, ,B", lines: ["A", "B"] },
    { name: "no address", address: null, lines: [] },
  ])("splits $name", ({ address, lines }) => {
    expect(splitAddressLines(address)).toEqual(lines);
  });
});
