import { compileTemplateText } from "./compile-template-text";

describe("compileTemplateText", () => {
  it.each([
    { name: "one paragraph of text", text: "Thank you.", paragraphs: [[{ kind: "literal", text: "Thank you." }]] },
    { name: "a field between text", text: "Dear {{contact_person}},", paragraphs: [[{ kind: "literal", text: "Dear " }, { kind: "field", name: "contact_person" }, { kind: "literal", text: "," }]] },
    { name: "a field typed with spaces and capitals", text: "{{ Customer Name }}", paragraphs: [[{ kind: "field", name: "customer_name" }]] },
    { name: "a field typed with a hyphen", text: "{{total-due}}", paragraphs: [[{ kind: "field", name: "total_due" }]] },
    { name: "two paragraphs split at a blank line", text: "One\n\nTwo", paragraphs: [[{ kind: "literal", text: "One" }], [{ kind: "literal", text: "Two" }]] },
    { name: "Windows line ends and a blank line holding spaces", text: "One\r\n  \r\nTwo", paragraphs: [[{ kind: "literal", text: "One" }], [{ kind: "literal", text: "Two" }]] },
    { name: "a single line break kept inside the paragraph", text: "Line 1\nLine 2", paragraphs: [[{ kind: "literal", text: "Line 1\nLine 2" }]] },
    { name: "nothing", text: "   ", paragraphs: [] },
    { name: "lone braces that are not fields", text: "Use { and } freely", paragraphs: [[{ kind: "literal", text: "Use { and } freely" }]] },
  ])("reads $name", ({ text, paragraphs }) => {
    const compiled = compileTemplateText(text);
    expect(compiled.problems).toEqual([]);
    expect(compiled.paragraphs).toEqual(paragraphs);
  });

  it.each([
    { name: "a misspelt field", text: "Dear {{cusomer_name}}", problem: { kind: "unknown-field", text: "{{cusomer_name}}" } },
    { name: "a field Collect does not have", text: "{{vat_amount}}", problem: { kind: "unknown-field", text: "{{vat_amount}}" } },
    { name: "markup between braces", text: "{{<b>x</b>}}", problem: { kind: "malformed-field", text: "{{<b>x</b>}}" } },
    { name: "an empty field", text: "{{}}", problem: { kind: "malformed-field", text: "{{}}" } },
    { name: "an unclosed field", text: "Pay by {{deadline", problem: { kind: "unclosed-field", text: "{{deadline" } },
    { name: "a field missing one closing brace", text: "Pay {{total_due} now", problem: { kind: "unclosed-field", text: "{{total_due} now" } },
  ])("reports $name and keeps the text as it was typed", ({ text, problem }) => {
    const compiled = compileTemplateText(text);
    expect(compiled.problems).toEqual([problem]);
    expect(compiled.paragraphs.flat().map((token) => (token.kind === "literal" ? token.text : "")).join("")).toBe(text);
  });
});
