import type { CellValue, Grid } from "../grid";
import fc from "fast-check";
import { readCompanyDetails } from "./read-company-details";
import { readLetterTemplates } from "./read-letter-templates";

const HEADER: readonly CellValue[] = ["Template", "Language", "Tone", "Subject", "Body"];
const GOOD: readonly CellValue[] = ["past-due", "en", "soft", "Reminder", "{{salutation}}\n\n{{invoice_table}}"];

function grid(rows: readonly (readonly CellValue[])[], top = 1): Grid {
  return { sheetName: "Collect Letters", top, left: 1, values: rows, numberFormats: rows.map((row) => row.map(() => "General")) };
}

describe("readLetterTemplates", () => {
  it("reads the table below notes and the company block, with each template's cells", () => {
    const read = readLetterTemplates(grid([["Some notes"], ["Company name", "Acme"], [], HEADER, GOOD, ["final-notice", "DE", "Firm", "Letzte Mahnung", "{{invoice_table}}"]]));
    expect(read).toEqual({ ok: true, value: { issues: [], value: [
      { id: "past-due", language: "en", tone: "soft", subject: "Reminder", body: "{{salutation}}\n\n{{invoice_table}}", subjectCell: "'Collect Letters'!D5", bodyCell: "'Collect Letters'!E5" },
      { id: "final-notice", language: "de", tone: "firm", subject: "Letzte Mahnung", body: "{{invoice_table}}", subjectCell: "'Collect Letters'!D6", bodyCell: "'Collect Letters'!E6" },
    ] } });
  });

  it.each([
    { name: "an empty tone as any", tone: null, expected: "any" },
    { name: "'both' as any", tone: "both", expected: "any" },
    { name: "a capitalised tone", tone: "SOFT", expected: "soft" },
  ])("reads $name", ({ tone, expected }) => {
    const read = readLetterTemplates(grid([HEADER, ["statement", "en", tone, "S", "B"]]));
    expect(read.ok && read.value.value[0]?.tone).toBe(expected);
  });

  it("accepts German headers and a language with a region", () => {
    const read = readLetterTemplates(grid([["Vorlage", "Sprache", "Ton", "Betreff", "Text"], ["statement", "de_at", "any", "Kontoauszug", "{{invoice_table}}"]]));
    expect(read.ok && read.value.value[0]?.language).toBe("de-at");
  });

  it("skips blank rows without an issue", () => {
    const read = readLetterTemplates(grid([HEADER, [null, "  ", null, null, null], GOOD]));
    expect(read.ok && read.value.issues).toEqual([]);
    expect(read.ok && read.value.value).toHaveLength(1);
  });

  it.each([
    { name: "no template id", row: [null, "en", "soft", "S", "B"], code: "template-row-no-id", address: "'Collect Letters'!A2" },
    { name: "a language name instead of a code", row: ["past-due", "English", "soft", "S", "B"], code: "template-row-language", address: "'Collect Letters'!B2" },
    { name: "no language", row: ["past-due", null, "soft", "S", "B"], code: "template-row-language", address: "'Collect Letters'!B2" },
    { name: "an unknown tone", row: ["past-due", "en", "angry", "S", "B"], code: "template-row-tone", address: "'Collect Letters'!C2" },
    { name: "an empty subject", row: ["past-due", "en", "soft", "", "B"], code: "template-row-empty", address: "'Collect Letters'!D2" },
    { name: "an empty body", row: ["past-due", "en", "soft", "S", null], code: "template-row-empty", address: "'Collect Letters'!E2" },
    { name: "an error value", row: ["past-due", "en", "soft", { error: "#REF!" }, "B"], code: "template-row-error", address: "'Collect Letters'!D2" },
  ])("leaves out a row with $name and names the cell", ({ row, code, address }) => {
    const read = readLetterTemplates(grid([HEADER, row]));
    expect(read.ok && read.value.value).toEqual([]);
    expect(read.ok && read.value.issues).toEqual([expect.objectContaining({ code, severity: "warning", address })]);
    expect(read.ok && read.value.issues[0]?.message.startsWith(`${address}: `)).toBe(true);
  });

  it("keeps the first of two rows for the same template, language and tone", () => {
    const read = readLetterTemplates(grid([HEADER, GOOD, ["Past-Due", "EN", "soft", "Other", "Other"]]));
    expect(read.ok && read.value.value.map((template) => template.subject)).toEqual(["Reminder"]);
    expect(read.ok && read.value.issues).toEqual([expect.objectContaining({ code: "template-row-duplicate", address: "'Collect Letters'!A3", message: expect.stringContaining("'Collect Letters'!A2") })]);
  });

  it("reports an unknown merge field once, at its cell, and keeps the template", () => {
    const read = readLetterTemplates(grid([HEADER, ["past-due", "en", "soft", "Re {{acount}}", "{{invoice_table}}"]]));
    expect(read.ok && read.value.value).toHaveLength(1);
    expect(read.ok && read.value.issues).toEqual([expect.objectContaining({ code: "template-field", severity: "error", address: "'Collect Letters'!D2", message: expect.stringContaining("{{acount}}") })]);
  });

  it.each([
    { name: "an empty sheet", rows: [] },
    { name: "a header missing Body", rows: [["Template", "Language", "Tone", "Subject"], ["past-due", "en", "soft", "S"]] },
  ])("fails with templates-header-not-found for $name", ({ rows }) => {
    expect(readLetterTemplates(grid(rows))).toEqual({ ok: false, error: "templates-header-not-found" });
  });
});

describe("the letters readers on any grid (property)", () => {
  const cell = fc.oneof(fc.constant(null), fc.string({ maxLength: 30 }), fc.constantFrom("Template", "Language", "Tone", "Subject", "Body", "Company name", "IBAN", "en", "soft", "{{total_due}}", "{{x"), fc.double(), fc.boolean(), fc.record({ error: fc.constantFrom("#N/A", "#REF!") }));
  const rows = fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 12 });

  it("never throw, and every issue names a cell of the sheet or none", () => {
    fc.assert(fc.property(rows, (values) => {
      const read = readLetterTemplates(grid(values));
      const company = readCompanyDetails(grid(values));
      const issues = [...(read.ok ? read.value.issues : []), ...company.issues];
      for (const issue of issues) expect(issue.address === null || issue.address.startsWith("'Collect Letters'!")).toBe(true);
    }), { numRuns: 300 });
  });
});
