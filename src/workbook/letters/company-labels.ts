/**
 * The rows of the company block (the user's own details for letterheads, sender and payment instructions): the
 * label Collect writes in a new `Collect Letters` sheet, and the other labels it recognises, in English and German,
 * so the same reader works on a "Company" sheet the bookkeeper already keeps.
 */

/** Every detail of the company block. */
export type CompanyField =
  | "name" | "address" | "phone" | "email" | "website" | "companyNumber" | "vatNumber"
  | "bankName" | "accountName" | "sortCode" | "accountNumber" | "iban" | "bic"
  | "paymentLink" | "senderName" | "senderTitle" | "bccSelf";

export interface CompanyLabel {
  readonly field: CompanyField;
  /** What Collect writes in column A of a new sheet. */
  readonly label: string;
  /** A hint written in column C of a new sheet. */
  readonly hint: string;
  /** Other labels it accepts (lower case). */
  readonly synonyms: readonly string[];
}

/** The company block, in the order of a new sheet. */
export const COMPANY_LABELS: readonly CompanyLabel[] = [
  { field: "name", label: "Company name", hint: "Printed at the top of every letter. Required.", synonyms: ["company", "business name", "firma", "firmenname", "unternehmen"] },
  { field: "address", label: "Address", hint: "One cell: lines separated by commas or Alt+Enter.", synonyms: ["company address", "postal address", "adresse", "anschrift"] },
  { field: "phone", label: "Phone", hint: "The number customers should call about their account.", synonyms: ["telephone", "tel", "tel.", "phone number", "telefon"] },
  { field: "email", label: "E-mail", hint: "The drafts' From address, and where replies go.", synonyms: ["email", "e-mail address", "email address", "accounts e-mail", "e-mail-adresse"] },
  { field: "website", label: "Website", hint: "Optional.", synonyms: ["web", "web site", "webseite"] },
  { field: "companyNumber", label: "Company number", hint: "Printed in the letter footer.", synonyms: ["company no", "company no.", "company registration number", "registration number", "handelsregister", "handelsregister-nr."] },
  { field: "vatNumber", label: "VAT number", hint: "Printed in the letter footer.", synonyms: ["vat no", "vat no.", "vat", "vat reg no", "ust-idnr.", "ust-idnr", "ust-id"] },
  { field: "bankName", label: "Bank", hint: "Bank transfer details: printed in the payment instructions.", synonyms: ["bank name", "kreditinstitut"] },
  { field: "accountName", label: "Account name", hint: "", synonyms: ["account holder", "beneficiary", "kontoinhaber"] },
  { field: "sortCode", label: "Sort code", hint: "", synonyms: ["sort-code", "bankleitzahl", "blz"] },
  { field: "accountNumber", label: "Account number", hint: "", synonyms: ["account no", "account no.", "kontonummer"] },
  { field: "iban", label: "IBAN", hint: "", synonyms: [] },
  { field: "bic", label: "BIC", hint: "", synonyms: ["swift", "bic/swift", "swift/bic", "swift code"] },
  { field: "paymentLink", label: "Payment link", hint: "An https:// pay-now link, printed in letters and e-mails.", synonyms: ["pay-now link", "pay now link", "online payment link", "payment url", "zahlungslink"] },
  { field: "senderName", label: "Credit controller", hint: "Who signs the letters.", synonyms: ["collector", "signed by", "sender", "sender name", "signatory", "sachbearbeiter"] },
  { field: "senderTitle", label: "Signer's title", hint: "Under the signature; empty for \"Credit Control\".", synonyms: ["signer title", "job title", "title", "position"] },
  { field: "bccSelf", label: "BCC copy to", hint: "Your own address for a blind copy of every e-mail, as proof. Optional.", synonyms: ["bcc", "bcc to self", "proof copy", "bcc address"] },
];

const BY_LABEL: ReadonlyMap<string, CompanyField> = new Map(
  COMPANY_LABELS.flatMap((entry) => [[entry.label.toLowerCase(), entry.field], ...entry.synonyms.map((synonym) => [synonym, entry.field])] as [string, CompanyField][]),
);

/**
 * The company field a (normalised) label names.
 *
 * @example companyFieldOf("sort code")  //=> "sortCode"
 * @example companyFieldOf("kontoinhaber") //=> "accountName"
 * @example companyFieldOf("favourite colour") //=> undefined
 */
export function companyFieldOf(label: string): CompanyField | undefined {
  return BY_LABEL.get(label);
}

/** The label Collect writes for a field. @example companyLabel("sortCode") //=> "Sort code" */
export function companyLabel(field: CompanyField): string {
  return COMPANY_LABELS.find((entry) => entry.field === field)?.label ?? field;
}
