import { decodeXmlText, escapeXmlAttribute, escapeXmlText } from "./xml-text";

describe("escapeXmlText", () => {
  it.each([
    { name: "plain text", text: "Acme Ltd", expected: "Acme Ltd" },
    { name: "markup characters", text: `A & B <c> "q" 'a'`, expected: "A &amp; B &lt;c&gt; &quot;q&quot; 'a'" },
    { name: "a literal escape sequence", text: "_x0041_ and _x00_", expected: "_x005F_x0041_ and _x00_" },
    { name: "line breaks and tabs (kept in text)", text: "a\nb\tc", expected: "a\nb\tc" },
  ])("keeps $name readable", ({ text, expected }) => {
    expect(escapeXmlText(text)).toBe(expected);
  });

  it.each([
    { name: "a bell", text: "ding\u0007", expected: "ding" },
    { name: "NUL and vertical tab", text: "a\u0000b\u000Bc", expected: "abc" },
    { name: "DEL", text: "x\u007F", expected: "x" },
    { name: "the non-characters U+FFFE and U+FFFF", text: "a\uFFFEb\uFFFFc", expected: "abc" },
  ])("drops $name, which XML 1.0 cannot hold (as ExcelJS does)", ({ text, expected }) => {
    expect(escapeXmlText(text)).toBe(expected);
  });
});

describe("escapeXmlAttribute", () => {
  it("writes line breaks as _xHHHH_ so a parser does not turn them into spaces", () => {
    expect(escapeXmlAttribute("Open\nAmount\r\t&")).toBe("Open_x000a_Amount_x000d__x0009_&amp;");
  });
});

describe("decodeXmlText", () => {
  it.each([
    { name: "named entities", text: "&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos;", expected: `<a> & "b" 'c'` },
    { name: "numeric entities", text: "&#65;&#x42;", expected: "AB" },
    { name: "an unknown entity (left as it is)", text: "&nbsp;", expected: "&nbsp;" },
  ])("decodes $name", ({ text, expected }) => {
    expect(decodeXmlText(text)).toBe(expected);
  });
});
