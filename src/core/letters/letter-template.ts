import type { Tone } from "../policy/policy";
import type { CellAddress } from "../types/issue";

/** The tone a template is written for; "any" serves both soft and firm letters. */
export type TemplateTone = Tone | "any";

/**
 * The template ids Collect ships: the policy stages' templates plus the confirmations and the statement.
 * Users may add rows with ids of their own (for a stage they added to their policy).
 */
export const SHIPPED_TEMPLATE_IDS = [
  "delivery-check",
  "pre-due",
  "past-due",
  "firm-reminder",
  "final-notice",
  "handover",
  "promise-confirmation",
  "plan-confirmation",
  "statement",
] as const;

export type ShippedTemplateId = (typeof SHIPPED_TEMPLATE_IDS)[number];

/** One row of the `Collect Letters` sheet: a subject and body in one language and tone. */
export interface LetterTemplate {
  readonly id: string;
  /** Lower-case BCP 47 tag as typed ("en", "de", "de-at"). */
  readonly language: string;
  readonly tone: TemplateTone;
  /** Subject line with merge fields, one line. */
  readonly subject: string;
  /** Body with merge fields; paragraphs are separated by a blank line, a single line break stays a line break. */
  readonly body: string;
  /** Where the subject and body were read from, for issues; null for the built-in defaults. */
  readonly subjectCell: CellAddress | null;
  readonly bodyCell: CellAddress | null;
}
