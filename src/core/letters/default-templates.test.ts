import { compileTemplateText } from "./compile-template-text";
import { DEFAULT_TEMPLATES, defaultLetterTemplates } from "./default-templates";
import { SHIPPED_TEMPLATE_IDS } from "./letter-template";

describe("the shipped templates", () => {
  it.each(SHIPPED_TEMPLATE_IDS.flatMap((id) => ["en", "de"].map((language) => ({ id, language }))))("include $id in $language", ({ id, language }) => {
    expect(DEFAULT_TEMPLATES.some((template) => template.id === id && template.language === language)).toBe(true);
  });

  it.each(["past-due", "firm-reminder"])("have a soft and a firm %s in both languages", (id) => {
    for (const language of ["en", "de"]) {
      expect(DEFAULT_TEMPLATES.filter((template) => template.id === id && template.language === language).map((template) => template.tone).sort()).toEqual(["firm", "soft"]);
    }
  });

  it.each(DEFAULT_TEMPLATES.map((template) => ({ name: `${template.id} (${template.language}, ${template.tone})`, template })))("$name uses only known fields, greets, and places the invoice table", ({ template }) => {
    expect(compileTemplateText(template.subject).problems).toEqual([]);
    expect(compileTemplateText(template.body).problems).toEqual([]);
    expect(template.body.startsWith("{{salutation}}\n\n")).toBe(true);
    expect(template.body).toMatch(/\n\n\{\{invoice_table\}\}\n\n|\n\n\{\{invoice_table\}\}$/);
    expect(template.subject).not.toMatch(/\n/);
  });

  it("use the German dunning words", () => {
    const subjects = DEFAULT_TEMPLATES.filter((template) => template.language === "de").map((template) => template.subject).join("\n");
    for (const word of ["Zahlungserinnerung", "1. Mahnung", "2. Mahnung", "Letzte Mahnung", "Inkassounternehmen"]) expect(subjects).toContain(word);
  });

  it("state the deadline in every final notice", () => {
    for (const template of DEFAULT_TEMPLATES.filter((t) => t.id === "final-notice")) expect(template.body).toContain("{{deadline}}");
  });

  it("come without cells when used without a workbook", () => {
    expect(defaultLetterTemplates().every((template) => template.subjectCell === null && template.bodyCell === null)).toBe(true);
  });
});
