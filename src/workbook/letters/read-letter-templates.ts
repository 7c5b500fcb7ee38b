import { compileTemplateText } from "../../core/letters/compile-template-text";
import { describeTemplateProblem } from "../../core/letters/letter-issues";
import { normalizeLanguageTag } from "../../core/letters/letter-locale";
import type { LetterTemplate, TemplateTone } from "../../core/letters/letter-template";
import type { CellAddress, Issue, Parsed } from "../../core/types/issue";
import { err, ok, type Result } from "../../core/types/result";
import type { CellValue, Grid } from "../grid";
import { gridAddress, letterCellText, normalizeLabel, readLetterCell } from "./_lib/letter-cells";

/** The templates table has no header row Collect can find. */
export type LetterTemplatesError = "templates-header-not-found";

/** The bookkeeper's words for `LetterTemplatesError` (shown by the boundaries, like core/messages.ts). */
export const LETTER_TEMPLATES_MESSAGES: Readonly<Record<LetterTemplatesError, string>> = {
  "templates-header-not-found":
    "has no templates table: Collect looks for a header row with Template, Language, Tone, Subject and Body. Restore that row, or delete the sheet to let Collect create it again.",
};

type Column = "id" | "language" | "tone" | "subject" | "body";

const HEADER_WORDS: ReadonlyMap<string, Column> = new Map([
  ["template", "id"], ["template id", "id"], ["id", "id"], ["vorlage", "id"],
  ["language", "language"], ["lang", "language"], ["sprache", "language"],
  ["tone", "tone"], ["ton", "tone"],
  ["subject", "subject"], ["betreff", "subject"],
  ["body", "body"], ["text", "body"], ["letter text", "body"], ["brieftext", "body"],
]);

const TONES: ReadonlyMap<string, TemplateTone> = new Map([
  ["soft", "soft"], ["firm", "firm"], ["any", "any"], ["", "any"], ["both", "any"],
]);

interface HeaderRow {
  readonly index: number;
  readonly columns: Readonly<Record<Column, number>>;
}

function findHeader(grid: Grid): HeaderRow | null {
  for (let index = 0; index < grid.values.length; index += 1) {
    const found: Partial<Record<Column, number>> = {};
    (grid.values[index] ?? []).forEach((value, column) => {
      const text = letterCellText(value);
      const key = text === null ? undefined : HEADER_WORDS.get(normalizeLabel(text));
      if (key !== undefined && found[key] === undefined) found[key] = column;
    });
    const { id, language, tone, subject, body } = found;
    if (id !== undefined && language !== undefined && tone !== undefined && subject !== undefined && body !== undefined) {
      return { index, columns: { id, language, tone, subject, body } };
    }
  }
  return null;
}

function issue(code: string, severity: Issue["severity"], address: CellAddress, message: string): Issue {
  return { code, severity, address, message };
}

/**
 * Reads the templates table of `Collect Letters`: one template per row below the `Template | Language | Tone |
 * Subject | Body` header. A row that cannot be used (no id, an unknown language or tone, an empty subject or body,
 * an error value, a repeat of an earlier id/language/tone) is left out with an Issue naming its cell. Templates with
 * unknown merge fields are kept but reported here once, with the cell; `renderLetter` then withholds the letters
 * that would use them.
 *
 * @example readLetterTemplates(lettersGrid).value.length //=> 22
 */
export function readLetterTemplates(grid: Grid): Result<Parsed<readonly LetterTemplate[]>, LetterTemplatesError> {
  const header = findHeader(grid);
  if (header === null) return err("templates-header-not-found");
  const templates: LetterTemplate[] = [];
  const issues: Issue[] = [];
  const seen = new Map<string, CellAddress>();
  for (let index = header.index + 1; index < grid.values.length; index += 1) {
    const cells = grid.values[index] ?? [];
    const at = (column: Column): CellAddress => gridAddress(grid, index, header.columns[column]);
    const cell = (column: Column): CellValue | undefined => cells[header.columns[column]];
    const read = (Object.keys(header.columns) as Column[]).map((column) => ({ column, cell: readLetterCell(cell(column)) }));
    if (read.every((entry) => entry.cell.kind === "blank")) continue;
    const broken = read.find((entry) => entry.cell.kind === "error");
    if (broken !== undefined && broken.cell.kind === "error") {
      issues.push(issue("template-row-error", "warning", at(broken.column), `${at(broken.column)}: the cell holds the error ${broken.cell.error}, so this template row was ignored. Replace it with text.`));
      continue;
    }
    const id = letterCellText(cell("id"));
    if (id === null) {
      issues.push(issue("template-row-no-id", "warning", at("id"), `${at("id")}: the template id is empty, so the template in this row was ignored. Type its template id (e.g. final-notice).`));
      continue;
    }
    const languageText = letterCellText(cell("language"));
    const language = languageText === null ? null : normalizeLanguageTag(languageText);
    if (language === null) {
      issues.push(issue("template-row-language", "warning", at("language"),
        `${at("language")}: ${languageText === null ? "the language is empty" : `"${languageText}" is not a language code`}, so the "${id}" template in this row was ignored. Use a code such as en or de.`));
      continue;
    }
    const toneText = normalizeLabel(letterCellText(cell("tone")) ?? "");
    const tone = TONES.get(toneText);
    if (tone === undefined) {
      issues.push(issue("template-row-tone", "warning", at("tone"), `${at("tone")}: "${toneText}" is not a tone, so the "${id}" template in this row was ignored. Use soft, firm or any.`));
      continue;
    }
    const subject = letterCellText(cell("subject"));
    const body = letterCellText(cell("body"));
    if (subject === null || body === null) {
      const empty: Column = subject === null ? "subject" : "body";
      issues.push(issue("template-row-empty", "warning", at(empty), `${at(empty)}: the ${empty} is empty, so the "${id}" template (${language}, ${tone}) was ignored. Write it.`));
      continue;
    }
    const key = `${id.toLowerCase()}|${language.toLowerCase()}|${tone}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      issues.push(issue("template-row-duplicate", "warning", at("id"), `${at("id")}: this row repeats the "${id}" template (${language}, ${tone}) of ${earlier}; Collect uses the first one. Delete or change one of them.`));
      continue;
    }
    seen.set(key, at("id"));
    const template: LetterTemplate = { id, language: language.toLowerCase(), tone, subject, body, subjectCell: at("subject"), bodyCell: at("body") };
    for (const [text, address] of [[subject, template.subjectCell], [body, template.bodyCell]] as const) {
      for (const problem of compileTemplateText(text).problems) {
        issues.push(issue("template-field", "error", address ?? at("id"),
          `${address ?? at("id")}: the "${id}" template (${language}, ${tone}) ${describeTemplateProblem(problem)}. Letters that use it are not made until this is fixed.`));
      }
    }
    templates.push(template);
  }
  return ok({ value: templates, issues });
}
