import type { CellAddress, Issue } from "../types/issue";
import type { CompiledText, TemplateToken } from "./compile-template-text";
import type { LetterJob } from "./letter-job";
import type { MergeFieldValues } from "./merge-field-values";
import type { Inline, LetterBlock } from "./rendered-letter";
import { atCell, letterIssue } from "./letter-issues";
import { findMergeField, type MergeFieldName } from "./merge-fields";

/** Where the body comes from and whom it is for, for the issues it raises. */
export interface BodyContext {
  readonly job: LetterJob;
  readonly customerName: string;
  readonly values: MergeFieldValues;
  readonly bodyCell: CellAddress | null;
}

/** The body's blocks, or null when an empty field means the letter must be withheld. */
export interface RenderedBody {
  readonly blocks: readonly LetterBlock[] | null;
  readonly issues: readonly Issue[];
}

const SNIPPET_LENGTH = 48;

/**
 * Merges the body paragraphs. A paragraph that is only `{{invoice_table}}` becomes the table; the table is
 * appended when the template never places it (a letter always lists the invoices, DOMAIN.md need #1). A
 * paragraph with an empty field is left out, or withholds the letter, as the field's `whenEmpty` says.
 *
 * @example renderBody(compileTemplateText("{{salutation}}\n\n{{invoice_table}}"), context).blocks?.length //=> 2
 */
export function renderBody(body: CompiledText, context: BodyContext): RenderedBody {
  const issues: Issue[] = [];
  const blocks: LetterBlock[] = [];
  let tablePlaced = false;
  let withhold = false;
  for (const paragraph of body.paragraphs) {
    const fields = paragraph.flatMap((token) => (token.kind === "field" ? [token.name] : []));
    if (isTableOnly(paragraph, fields)) {
      blocks.push({ kind: "invoice-table" });
      tablePlaced = true;
      continue;
    }
    const empty = fields.filter((name) => name !== "invoice_table" && context.values[name].length === 0);
    const emptyDefinitions = empty.map((name) => findMergeField(name)).filter((field) => field !== undefined);
    const blocking = emptyDefinitions.filter((field) => field.whenEmpty === "withhold-letter");
    if (blocking.length > 0) {
      withhold = true;
      for (const field of blocking) issues.push(emptyFieldIssue(field.name as MergeFieldName, context));
      continue;
    }
    if (emptyDefinitions.length > 0) {
      for (const field of emptyDefinitions) {
        if (field.whenEmpty === "omit-paragraph") issues.push(omittedIssue(field.name as MergeFieldName, field.origin, paragraph, context));
      }
      continue;
    }
    const inlines = paragraphInlines(paragraph, context.values);
    if (inlines.length > 0) blocks.push({ kind: "paragraph", inlines });
    if (fields.includes("invoice_table")) {
      blocks.push({ kind: "invoice-table" });
      tablePlaced = true;
      issues.push(letterIssue("letter-table-inline", "warning", context.bodyCell,
        `${atCell(context.bodyCell)}{{invoice_table}} is inside a sentence; the table was placed after that paragraph. Put {{invoice_table}} on a paragraph of its own.`));
    }
  }
  if (!tablePlaced && !withhold) {
    blocks.push({ kind: "invoice-table" });
    issues.push(letterIssue("letter-table-appended", "info", context.bodyCell,
      `${atCell(context.bodyCell)}the template has no {{invoice_table}}, so the invoices are listed at the end of the letter. Add {{invoice_table}} where the table should go.`));
  }
  return { blocks: withhold ? null : blocks, issues };
}

function isTableOnly(paragraph: readonly TemplateToken[], fields: readonly MergeFieldName[]): boolean {
  return fields.length === 1 && fields[0] === "invoice_table" && paragraph.every((token) => token.kind === "field" || token.text.trim() === "");
}

function paragraphInlines(paragraph: readonly TemplateToken[], values: MergeFieldValues): readonly Inline[] {
  const inlines: Inline[] = [];
  for (const token of paragraph) {
    if (token.kind === "field") {
      if (token.name !== "invoice_table") inlines.push(...values[token.name]);
    } else {
      token.text.split("\n").forEach((line, index) => {
        if (index > 0) inlines.push({ kind: "break" });
        if (line !== "") inlines.push({ kind: "text", text: line });
      });
    }
  }
  return trimInlines(inlines);
}

/** Drops leading/trailing breaks and empty text a removed table token can leave behind. */
function trimInlines(inlines: Inline[]): Inline[] {
  const isBlank = (inline: Inline | undefined): boolean => inline !== undefined && (inline.kind === "break" || (inline.kind === "text" && inline.text.trim() === ""));
  let start = 0;
  let end = inlines.length;
  while (start < end && isBlank(inlines[start])) start += 1;
  while (end > start && isBlank(inlines[end - 1])) end -= 1;
  return inlines.slice(start, end);
}

function emptyFieldIssue(field: MergeFieldName, context: BodyContext): Issue {
  const address = context.job.source ?? context.bodyCell;
  return letterIssue("letter-empty-field", "error", address,
    `${atCell(address)}the letter to ${context.customerName} was not made: its template needs {{${field}}}, which has no value for this customer (${EMPTY_HINTS[field] ?? "check the customer's data"}).`,
    `template ${context.job.templateId}, body ${context.bodyCell ?? "(built-in)"}`);
}

function omittedIssue(field: MergeFieldName, origin: string, paragraph: readonly TemplateToken[], context: BodyContext): Issue {
  const snippet = paragraph.map((token) => (token.kind === "literal" ? token.text : `{{${token.name}}}`)).join("").replace(/\s+/g, " ").trim();
  const quoted = snippet.length > SNIPPET_LENGTH ? `${snippet.slice(0, SNIPPET_LENGTH - 1)}…` : snippet;
  // Company fields are the same in every letter: one message without the customer's name, so a run with hundreds of
  // letters reports it once (renderLetters drops identical issues).
  const whose = origin === "company" ? "your company block" : `the letter to ${context.customerName}`;
  const address = origin === "company" ? context.bodyCell : context.job.source ?? context.bodyCell;
  return letterIssue("letter-paragraph-omitted", "warning", address,
    `${atCell(address)}{{${field}}} has no value in ${whose}, so the paragraph "${quoted}" was left out. ${EMPTY_HINTS[field] ?? "Fill in the value to include it."}`);
}

/** What to fill in, per field, when it is empty. */
const EMPTY_HINTS: Partial<Record<MergeFieldName, string>> = {
  deadline: "a final notice needs a deadline; set the stage's deadline days in the policy",
  promise_date: "record the promise (date and amount) in the contact log",
  promise_amount: "record the promise (date and amount) in the contact log",
  plan_schedule: "record the plan's instalments",
  company_name: "fill in Company name in the company block of Collect Letters",
  payment_link: "Fill in Payment link in the company block of Collect Letters to include it.",
  payment_instructions: "Fill in the bank details or the payment link in the company block of Collect Letters to include it.",
  company_phone: "Fill in Phone in the company block of Collect Letters to include it.",
  company_email: "Fill in E-mail in the company block of Collect Letters to include it.",
  company_address: "Fill in Address in the company block of Collect Letters to include it.",
  collector_name: "Fill in Credit controller in the company block of Collect Letters to include it.",
  contact_person: "Fill in the customer's contact person to include it.",
  customer_address: "Fill in the customer's address to include it.",
  customer_email: "Fill in the customer's e-mail address to include it.",
  account_reference: "Fill in the customer's account number to include it.",
};
