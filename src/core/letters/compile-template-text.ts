import { findMergeField, type MergeFieldName } from "./merge-fields";

/** A piece of template text: literal text (may hold "\n" line breaks) or a merge field. */
export type TemplateToken =
  | { readonly kind: "literal"; readonly text: string }
  | { readonly kind: "field"; readonly name: MergeFieldName };

/** Something in a template that would print wrongly, found once when the text is compiled. */
export interface TemplateProblem {
  readonly kind: "unknown-field" | "malformed-field" | "unclosed-field";
  /** The offending text as typed, e.g. "{{cusomer_name}}" (at most 60 characters). */
  readonly text: string;
}

/** Template text split into paragraphs of tokens. */
export interface CompiledText {
  readonly paragraphs: readonly (readonly TemplateToken[])[];
  readonly problems: readonly TemplateProblem[];
}

const OPEN = "{{";
const CLOSE = "}}";
/** What a field name may look like between the braces; anything else is reported as malformed. */
const FIELD_NAME_PATTERN = /^\s*[A-Za-z][A-Za-z0-9_ -]{0,48}\s*$/;
/** A blank line (possibly holding spaces) separates paragraphs, as in a cell typed with Alt+Enter twice. */
const PARAGRAPH_BREAK = /\n[ \t]*\n\s*/;
const MAX_PROBLEM_TEXT = 60;

/**
 * Compiles a subject or body: normalises line endings, splits paragraphs at blank lines and finds merge fields.
 * Unknown and malformed fields are kept as literal text *and* reported, so the caller can withhold the letter.
 *
 * @example compileTemplateText("Dear {{contact_person}},\n\nThanks.").paragraphs.length //=> 2
 * @example compileTemplateText("{{cusomer}}").problems //=> [{ kind: "unknown-field", text: "{{cusomer}}" }]
 */
export function compileTemplateText(text: string): CompiledText {
  const problems: TemplateProblem[] = [];
  const normalized = text.replace(/\r\n?/g, "\n").trim();
  const paragraphs = normalized === "" ? [] : normalized.split(PARAGRAPH_BREAK).map((paragraph) => tokenize(paragraph.trimEnd(), problems));
  return { paragraphs: paragraphs.filter((tokens) => tokens.length > 0), problems };
}

function tokenize(paragraph: string, problems: TemplateProblem[]): TemplateToken[] {
  const tokens: TemplateToken[] = [];
  let literal = "";
  let index = 0;
  while (index < paragraph.length) {
    const open = paragraph.indexOf(OPEN, index);
    if (open < 0) {
      literal += paragraph.slice(index);
      break;
    }
    literal += paragraph.slice(index, open);
    const close = paragraph.indexOf(CLOSE, open + OPEN.length);
    if (close < 0) {
      problems.push({ kind: "unclosed-field", text: clip(paragraph.slice(open)) });
      literal += paragraph.slice(open);
      break;
    }
    const raw = paragraph.slice(open, close + CLOSE.length);
    const inner = paragraph.slice(open + OPEN.length, close);
    const field = FIELD_NAME_PATTERN.test(inner) ? findMergeField(inner) : undefined;
    if (field === undefined) {
      problems.push({ kind: FIELD_NAME_PATTERN.test(inner) ? "unknown-field" : "malformed-field", text: clip(raw) });
      literal += raw;
    } else {
      if (literal !== "") tokens.push({ kind: "literal", text: literal });
      literal = "";
      tokens.push({ kind: "field", name: field.name as MergeFieldName });
    }
    index = close + CLOSE.length;
  }
  if (literal !== "") tokens.push({ kind: "literal", text: literal });
  return tokens;
}

function clip(text: string): string {
  return text.length > MAX_PROBLEM_TEXT ? `${text.slice(0, MAX_PROBLEM_TEXT - 1)}…` : text;
}
