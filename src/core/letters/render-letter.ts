import type { Issue, Parsed } from "../types/issue";
import type { LetterJob, LetterSender } from "./letter-job";
import type { LetterTemplate } from "./letter-template";
import type { LetterWords } from "./letter-words";
import type { Letterhead, RenderedLetter } from "./rendered-letter";
import { buildInvoiceTable } from "./build-invoice-table";
import { chooseTemplate } from "./choose-template";
import { cleanLine, cleanOptional, splitAddressLines } from "./clean-text";
import { compileTemplateText, type CompiledText } from "./compile-template-text";
import { formatLongDate } from "./format-letter-date";
import { isCurrencyCode } from "./format-money";
import { atCell, describeTemplateProblem, languageName, letterIssue } from "./letter-issues";
import { letterLocale, normalizeLanguageTag } from "./letter-locale";
import { inlinesToText } from "./letter-plain-text";
import { letterWordsFor } from "./letter-words";
import { mergeFieldValues, type MergeFieldValues } from "./merge-field-values";
import { MERGE_FIELDS, type MergeFieldName } from "./merge-fields";
import { renderBody } from "./render-body";
import { resolveRecipients } from "./resolve-recipients";

export interface RenderLetterOptions {
  /** Letter language for customers with none. @defaultvalue "en" */
  readonly defaultLanguage?: string;
}

interface CompiledTemplate {
  readonly subject: CompiledText;
  readonly body: CompiledText;
}

/** Templates are compiled once however many letters use them (the 5,000-letter bench relies on it). */
const COMPILED = new WeakMap<LetterTemplate, CompiledTemplate>();

function compiled(template: LetterTemplate): CompiledTemplate {
  let entry = COMPILED.get(template);
  if (entry === undefined) {
    entry = { subject: compileTemplateText(template.subject), body: compileTemplateText(template.body) };
    COMPILED.set(template, entry);
  }
  return entry;
}

/**
 * Merges one customer's letter: picks the template by (id, tone, language), fills every merge field in the letter's
 * locale and lays out letterhead, address block, subject, body with the invoice table, and sign-off.
 *
 * Never a silently broken letter: `value` is null (the letter is withheld) when the template has an unknown or
 * malformed field, when no template exists, or when a field the letter is about is empty (a final notice without a
 * deadline); each case has an error Issue naming the template cell or the customer's row. A missing or unusable
 * e-mail address keeps the letter (the Word letter is made) but gives `email: null` (no .eml) and a warning; a
 * missing postal address gives a letter without an address block and a warning.
 *
 * @param job - one customer's letter job
 * @param templates - the rows of `Collect Letters` (or `defaultLetterTemplates()`)
 * @example renderLetter(finalNoticeJob, defaultLetterTemplates()).value?.subject
 *   //=> "Final notice: payment of £1,290.00 due by 14 December 2026"
 */
export function renderLetter(job: LetterJob, templates: readonly LetterTemplate[], options: RenderLetterOptions = {}): Parsed<RenderedLetter | null> {
  const issues: Issue[] = [];
  const withheld = (): Parsed<RenderedLetter | null> => ({ value: null, issues });
  const customerName = cleanOptional(job.customer.name);
  if (customerName === null) {
    issues.push(letterIssue("letter-no-name", "error", job.source, `${atCell(job.source)}the customer has no name, so no letter was made. Fill in the customer's name.`));
    return withheld();
  }
  const companyName = cleanOptional(job.company.name);
  if (companyName === null) {
    issues.push(letterIssue("letter-empty-field", "error", null, `The company block of Collect Letters has no company name, so no letters were made. Fill in Company name.`));
    return withheld();
  }
  if (!isCurrencyCode(job.currency)) {
    issues.push(letterIssue("letter-bad-currency", "error", job.source,
      `${atCell(job.source)}the letter to ${customerName} was not made: "${cleanLine(job.currency)}" is not a currency code such as GBP or EUR.`));
    return withheld();
  }
  if (job.lines.length === 0) {
    issues.push(letterIssue("letter-no-lines", "error", job.source, `${atCell(job.source)}the letter to ${customerName} was not made: it has no invoices to list.`));
    return withheld();
  }
  const customerTag = languageTag(job, customerName, issues, options.defaultLanguage ?? null);
  const choice = chooseTemplate(templates, { templateId: job.templateId, tone: job.tone, language: customerTag });
  const template = choice.template;
  if (template === null) {
    issues.push(letterIssue("letter-no-template", "error", job.source,
      `${atCell(job.source)}the letter to ${customerName} was not made: Collect Letters has no template "${cleanLine(job.templateId)}". Add a row with that template id (English at least).`));
    return withheld();
  }
  reportFallbacks(job, customerName, customerTag, template, choice, issues);
  const { subject: subjectText, body: bodyText } = compiled(template);
  const problems = [...subjectText.problems.map((p) => ({ p, cell: template.subjectCell })), ...bodyText.problems.map((p) => ({ p, cell: template.bodyCell }))];
  for (const { p, cell } of problems) {
    issues.push(letterIssue("letter-template-field", "error", cell,
      `${atCell(cell)}the "${template.id}" template (${template.language}, ${template.tone}) ${describeTemplateProblem(p)}, so the letter to ${customerName} was not made.`));
  }
  if (problems.length > 0) return withheld();

  const locale = letterLocale(template.language, customerTag);
  const words = letterWordsFor(template.language);
  const contactPerson = cleanOptional(job.customer.contactPerson);
  const table = buildInvoiceTable(job, locale, words);
  const values = mergeFieldValues(job, { locale, words, table, customerName, contactPerson });
  const subject = renderSubject(subjectText, values);
  if (subject.empty.length > 0) {
    issues.push(letterIssue("letter-empty-field", "error", template.subjectCell ?? job.source,
      `${atCell(template.subjectCell ?? job.source)}the letter to ${customerName} was not made: its subject needs ${subject.empty.map((f) => `{{${f}}}`).join(", ")}, which has no value for this customer.`));
    return withheld();
  }
  const body = renderBody(bodyText, { job, customerName, values, bodyCell: template.bodyCell });
  issues.push(...body.issues);
  if (body.blocks === null) return withheld();

  const recipients = resolveRecipients(job, customerName, contactPerson);
  issues.push(...recipients.issues);
  const addressLines = splitAddressLines(job.customer.address);
  if (addressLines.length === 0) {
    const cell = job.fieldSources?.address ?? job.source;
    issues.push(letterIssue("letter-no-address", "warning", cell,
      `${atCell(cell)}${customerName} has no postal address, so the Word letter has no address block. Add the address before posting it.`));
  }
  const accountRef = cleanOptional(job.customer.accountRef);
  return {
    value: {
      customerKey: job.customer.key,
      customerName,
      language: template.language,
      locale,
      templateId: template.id,
      stage: job.stage,
      tone: job.tone,
      asOf: job.asOf,
      date: formatLongDate(job.asOf, locale),
      letterhead: letterhead(job.company, companyName, words),
      recipientLines: [...(contactPerson === null || contactPerson === customerName ? [] : [contactPerson]), customerName, ...addressLines],
      reference: accountRef === null ? null : words.accountReference(accountRef),
      subject: subject.text,
      blocks: body.blocks,
      table,
      signOff: {
        closing: words.closing(contactPerson),
        name: cleanOptional(job.company.senderName),
        title: cleanOptional(job.company.senderTitle) ?? words.defaultSenderTitle,
        company: companyName,
      },
      email: recipients.email,
      mergeValues: plainValues(values),
      source: job.source,
    },
    issues,
  };
}

/**
 * Renders every job; withheld letters are left out and each has an error Issue. Identical issues (a company
 * detail missing from every letter) are reported once.
 *
 * @example renderLetters([jobA, jobB], defaultLetterTemplates()).value.length //=> 2
 */
export function renderLetters(jobs: readonly LetterJob[], templates: readonly LetterTemplate[], options: RenderLetterOptions = {}): Parsed<readonly RenderedLetter[]> {
  const letters: RenderedLetter[] = [];
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const job of jobs) {
    const rendered = renderLetter(job, templates, options);
    if (rendered.value !== null) letters.push(rendered.value);
    for (const issue of rendered.issues) {
      const key = `${issue.code}|${issue.address ?? ""}|${issue.message}`;
      if (!seen.has(key)) issues.push(issue);
      seen.add(key);
    }
  }
  return { value: letters, issues };
}

function languageTag(job: LetterJob, customerName: string, issues: Issue[], defaultLanguage: string | null): string | null {
  const typed = cleanOptional(job.customer.language);
  if (typed === null) return defaultLanguage;
  const tag = normalizeLanguageTag(typed);
  if (tag === null) {
    const cell = job.fieldSources?.language ?? job.source;
    issues.push(letterIssue("letter-language-fallback", "warning", cell,
      `${atCell(cell)}"${typed}" is not a language code such as en or de, so the letter to ${customerName} is in the default language. Use a code like de or de-AT.`));
    return defaultLanguage;
  }
  return tag;
}

function reportFallbacks(job: LetterJob, customerName: string, customerTag: string | null, template: LetterTemplate,
  choice: { languageFallback: boolean; toneFallback: boolean }, issues: Issue[]): void {
  if (choice.languageFallback && customerTag !== null) {
    const cell = job.fieldSources?.language ?? job.source;
    issues.push(letterIssue("letter-language-fallback", "info", cell,
      `${atCell(cell)}Collect Letters has no ${languageName(customerTag)} "${template.id}" template, so the letter to ${customerName} is in ${languageName(template.language)}. Add a row with Language ${customerTag} to write in their language.`));
  }
  if (choice.toneFallback) {
    issues.push(letterIssue("letter-tone-fallback", "info", template.bodyCell,
      `${atCell(template.bodyCell)}there is no ${job.tone} "${template.id}" template in ${languageName(template.language)}, so the letter to ${customerName} uses the ${template.tone} one.`));
  }
}

function renderSubject(subject: CompiledText, values: MergeFieldValues): { text: string; empty: readonly MergeFieldName[] } {
  const empty: MergeFieldName[] = [];
  let text = "";
  for (const paragraph of subject.paragraphs) {
    for (const token of paragraph) {
      if (token.kind === "literal") text += token.text;
      else if (values[token.name].length === 0) empty.push(token.name);
      else text += inlinesToText(values[token.name]);
    }
    text += " ";
  }
  return { text: cleanLine(text), empty };
}

function letterhead(company: LetterSender, companyName: string, words: LetterWords): Letterhead {
  const phone = cleanOptional(company.phone);
  const email = cleanOptional(company.email);
  const website = cleanOptional(company.website);
  const companyNumber = cleanOptional(company.companyNumber);
  const vatNumber = cleanOptional(company.vatNumber);
  const registration = [
    companyNumber === null ? null : `${words.companyNumberLabel} ${companyNumber}`,
    vatNumber === null ? null : `${words.vatNumberLabel} ${vatNumber}`,
  ].filter((part): part is string => part !== null);
  return {
    companyName,
    addressLines: splitAddressLines(company.address),
    contactLines: [
      phone === null ? null : `${words.phoneLabel} ${phone}`,
      email === null ? null : `${words.emailLabel} ${email}`,
      website === null ? null : `${words.websiteLabel} ${website}`,
    ].filter((line): line is string => line !== null),
    footer: registration.length === 0 ? null : [companyName, ...registration].join(" · "),
  };
}

function plainValues(values: MergeFieldValues): Readonly<Record<MergeFieldName, string>> {
  const entries = MERGE_FIELDS.map((field) => [field.name, inlinesToText(values[field.name])] as const);
  return Object.fromEntries(entries) as Record<MergeFieldName, string>;
}
