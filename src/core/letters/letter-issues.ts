/**
 * The Issues letter rendering raises, worded for the bookkeeper: each names the cell to fix (the template cell or
 * the customer's cell), the customer, and what happened to their letter or e-mail.
 */
import type { CellAddress, Issue, Severity } from "../types/issue";
import type { TemplateProblem } from "./compile-template-text";

/** Every code `renderLetter` uses, so callers and tests can match on them. */
export type LetterIssueCode =
  | "letter-no-name"
  | "letter-bad-currency"
  | "letter-no-lines"
  | "letter-no-template"
  | "letter-language-fallback"
  | "letter-tone-fallback"
  | "letter-template-field"
  | "letter-empty-field"
  | "letter-paragraph-omitted"
  | "letter-table-inline"
  | "letter-table-appended"
  | "letter-no-email"
  | "letter-bad-email"
  | "letter-bad-cc"
  | "letter-bad-bcc"
  | "letter-no-address";

/** Writes "Sheet!A1: " before a message when the cell is known. @example atCell("Customers!D7" as CellAddress) //=> "Customers!D7: " */
export function atCell(address: CellAddress | null): string {
  return address === null ? "" : `${address}: `;
}

/** Builds an Issue. @example letterIssue("letter-no-email", "warning", null, "…").severity //=> "warning" */
export function letterIssue(code: LetterIssueCode, severity: Severity, address: CellAddress | null, message: string, detail?: string): Issue {
  return detail === undefined ? { code, severity, address, message } : { code, severity, address, message, detail };
}

const LANGUAGE_NAMES: Readonly<Record<string, string>> = { en: "English", de: "German", fr: "French", nl: "Dutch", es: "Spanish", it: "Italian", pl: "Polish" };

/**
 * A language's English name for messages ("German (de)").
 *
 * @example languageName("de") //=> "German (de)"
 */
export function languageName(tag: string): string {
  const name = LANGUAGE_NAMES[tag.split("-")[0]?.toLowerCase() ?? ""];
  return name === undefined ? `"${tag}"` : `${name} (${tag})`;
}

/**
 * Why a template problem stops a letter, in words.
 *
 * @example describeTemplateProblem({ kind: "unclosed-field", text: "{{deadline" }) //=> "opens a merge field with {{ but never closes it with }} (near \"{{deadline\")"
 */
export function describeTemplateProblem(problem: TemplateProblem): string {
  switch (problem.kind) {
    case "unknown-field":
      return `uses the merge field ${problem.text}, which Collect does not know (check the spelling against the field list at the top of the sheet)`;
    case "malformed-field":
      return `has ${problem.text}, which is not a merge field (a field is a name between {{ and }}, e.g. {{customer_name}})`;
    case "unclosed-field":
      return `opens a merge field with {{ but never closes it with }} (near "${problem.text}")`;
  }
}
