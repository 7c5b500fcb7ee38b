import { DEFAULT_TEMPLATES } from "../../core/letters/default-templates";
import type { LetterSender } from "../../core/letters/letter-job";
import { MERGE_FIELDS } from "../../core/letters/merge-fields";
import type { CellValue } from "../grid";
import type { OwnedSheet } from "../owned-sheet";
import { COMPANY_LABELS, type CompanyField } from "./company-labels";

/** The sheet that holds the company block and the letter templates. Created once; afterwards only read. */
export const LETTERS_SHEET_NAME = "Collect Letters";

/** Header of the templates table, in column order. */
export const TEMPLATE_HEADERS = ["Template", "Language", "Tone", "Subject", "Body"] as const;

/** Title of the company block (its own little header row above the label/value rows). */
export const COMPANY_BLOCK_TITLE = "Your company";

export interface DefaultLettersSheetOptions {
  /** Company details to fill the block with (from the bookkeeper's own "Company" sheet); empty values otherwise. */
  readonly company?: LetterSender | null;
}

function companyValue(company: LetterSender | null, field: CompanyField): string | null {
  if (company === null) return null;
  const bank = company.bank;
  const values: Record<CompanyField, string | null> = {
    name: company.name, address: company.address, phone: company.phone, email: company.email, website: company.website,
    companyNumber: company.companyNumber, vatNumber: company.vatNumber,
    bankName: bank?.bankName ?? null, accountName: bank?.accountName ?? null, sortCode: bank?.sortCode ?? null,
    accountNumber: bank?.accountNumber ?? null, iban: bank?.iban ?? null, bic: bank?.bic ?? null,
    paymentLink: company.paymentLink, senderName: company.senderName, senderTitle: company.senderTitle, bccSelf: company.bccSelf,
  };
  return values[field] === "" ? null : values[field];
}

/**
 * The `Collect Letters` sheet as Collect creates it the first time: above the table, a short guide, the list of
 * merge fields and the company block (label in column A, value in column B, a hint in column C); then the templates
 * table (Template, Language, Tone, Subject, Body) with every shipped template in English and German. Bodies keep
 * their paragraphs as line breaks inside the cell (Alt+Enter in Excel).
 *
 * @example defaultLettersSheet().rows.length //=> 22 (11 templates × 2 languages)
 */
export function defaultLettersSheet(options: DefaultLettersSheetOptions = {}): OwnedSheet {
  const company = options.company ?? null;
  const preamble: (readonly CellValue[])[] = [
    ["Collect Letters: your company details and the texts of Collect's letters and e-mails. Collect created this sheet once and only reads it, so edit it freely."],
    [`Merge fields you can use in Subject and Body: ${MERGE_FIELDS.map((field) => `{{${field.name}}}`).join(" ")}`],
    [],
    [COMPANY_BLOCK_TITLE, "Value", "Notes"],
    ...COMPANY_LABELS.map((entry) => [entry.label, companyValue(company, entry.field), entry.hint === "" ? null : entry.hint]),
    [],
    ["Templates: one row per template, language and tone (soft, firm, or any). A customer's letter uses their language (Customers sheet), else English. Separate paragraphs with an empty line (Alt+Enter twice)."],
  ];
  return {
    name: LETTERS_SHEET_NAME,
    columns: [
      { header: TEMPLATE_HEADERS[0], numberFormat: "@", width: 22 },
      { header: TEMPLATE_HEADERS[1], numberFormat: "@", width: 40 },
      { header: TEMPLATE_HEADERS[2], numberFormat: "@", width: 40 },
      { header: TEMPLATE_HEADERS[3], numberFormat: "@", width: 50 },
      { header: TEMPLATE_HEADERS[4], numberFormat: "@", width: 100 },
    ],
    rows: DEFAULT_TEMPLATES.map((template) => [template.id, template.language, template.tone, template.subject, template.body]),
    preamble,
    freezeHeader: false,
  };
}
