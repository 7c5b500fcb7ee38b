import { DEFAULT_TEMPLATES_DE } from "./default-templates-de";
import { DEFAULT_TEMPLATES_EN, type DefaultTemplate } from "./default-templates-en";
import type { LetterTemplate } from "./letter-template";

export type { DefaultTemplate };

/**
 * Every template Collect ships, English first then German: the rows of a new `Collect Letters` sheet.
 *
 * @example DEFAULT_TEMPLATES.filter((t) => t.language === "de").length //=> 11
 */
export const DEFAULT_TEMPLATES: readonly DefaultTemplate[] = [...DEFAULT_TEMPLATES_EN, ...DEFAULT_TEMPLATES_DE];

/**
 * The shipped templates as `LetterTemplate`s with no cell, for code that runs without a workbook (the CLI on a
 * CSV file, tests, the bench).
 *
 * @example defaultLetterTemplates()[0]?.subjectCell //=> null
 */
export function defaultLetterTemplates(): readonly LetterTemplate[] {
  return DEFAULT_TEMPLATES.map((template) => ({ ...template, subjectCell: null, bodyCell: null }));
}
