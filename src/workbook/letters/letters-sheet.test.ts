import { DEFAULT_TEMPLATES } from "../../core/letters/default-templates";
import { HARBOUR_LANE } from "../../core/letters/_lib/letter-job-factory";
import { ownedSheetGrid } from "./_lib/owned-sheet-grid";
import { COMPANY_LABELS } from "./company-labels";
import { LETTERS_SHEET_NAME, TEMPLATE_HEADERS, defaultLettersSheet } from "./letters-sheet";
import { readCompanyDetails } from "./read-company-details";
import { readLetterTemplates } from "./read-letter-templates";

describe("defaultLettersSheet", () => {
  const sheet = defaultLettersSheet();

  it("is the Collect Letters sheet with the templates table and every shipped template", () => {
    expect(sheet.name).toBe(LETTERS_SHEET_NAME);
    expect(sheet.columns.map((column) => column.header)).toEqual([...TEMPLATE_HEADERS]);
    expect(sheet.rows).toHaveLength(DEFAULT_TEMPLATES.length);
    expect(sheet.columns.every((column) => column.numberFormat === "@")).toBe(true);
  });

  it("lists every merge field and every company detail above the table", () => {
    const preamble = (sheet.preamble ?? []).map((row) => row.join("|"));
    expect(preamble.some((line) => line.includes("{{invoice_table}}") && line.includes("{{payment_link}}"))).toBe(true);
    for (const entry of COMPANY_LABELS) expect(preamble.some((line) => line.startsWith(`${entry.label}|`))).toBe(true);
  });

  it("reads back as the shipped templates, each with its cells", () => {
    const read = readLetterTemplates(ownedSheetGrid(sheet));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.issues).toEqual([]);
    expect(read.value.value.map(({ id, language, tone, subject, body }) => ({ id, language, tone, subject, body }))).toEqual(DEFAULT_TEMPLATES);
    const headerRow = (sheet.preamble ?? []).length + 1;
    expect(read.value.value[0]?.subjectCell).toBe(`'Collect Letters'!D${headerRow + 1}`);
    expect(read.value.value[0]?.bodyCell).toBe(`'Collect Letters'!E${headerRow + 1}`);
  });

  it("asks for the company name at its cell while the block is empty", () => {
    const read = readCompanyDetails(ownedSheetGrid(sheet));
    expect(read.value).toBeNull();
    expect(read.issues).toEqual([expect.objectContaining({ code: "company-no-name", severity: "error", address: "'Collect Letters'!B5" })]);
  });

  it("reads back the company details it was filled with", () => {
    const read = readCompanyDetails(ownedSheetGrid(defaultLettersSheet({ company: HARBOUR_LANE })));
    expect(read.issues).toEqual([]);
    expect(read.value).toEqual(HARBOUR_LANE);
  });
});
