import type { Tone } from "../policy/policy";
import type { LetterTemplate, TemplateTone } from "./letter-template";
import { DEFAULT_LETTER_LANGUAGE, baseLanguage } from "./letter-locale";

/** What the letter asks for. */
export interface TemplateRequest {
  readonly templateId: string;
  readonly tone: Tone;
  /** The customer's language tag ("de-AT"), or null for the default. */
  readonly language: string | null;
}

/** The template found, and how far the search had to fall back. */
export interface TemplateChoice {
  readonly template: LetterTemplate | null;
  /** The template is in another language than the customer's (English instead of German). */
  readonly languageFallback: boolean;
  /** The template is written for the other tone (no soft version, so the firm one). */
  readonly toneFallback: boolean;
}

/**
 * Picks the template for a letter by (template id, tone, language). The search order, first match wins:
 *
 * 1. languages: the customer's full tag ("de-at"), then its base language ("de"), then English;
 * 2. within a language: the exact tone, then a template marked "any", then the other tone.
 *
 * Ids and languages match without regard to case. A language or tone fallback is flagged so the caller can
 * tell the bookkeeper; no template at all gives `template: null` and the letter must be withheld.
 *
 * @example chooseTemplate(templates, { templateId: "past-due", tone: "firm", language: "fr" })
 *   //=> { template: <past-due, en, firm>, languageFallback: true, toneFallback: false }
 */
export function chooseTemplate(templates: readonly LetterTemplate[], request: TemplateRequest): TemplateChoice {
  const id = request.templateId.trim().toLowerCase();
  const candidates = templates.filter((template) => template.id.trim().toLowerCase() === id);
  const wanted = request.language === null ? DEFAULT_LETTER_LANGUAGE : request.language.toLowerCase();
  const languages = unique([wanted, baseLanguage(wanted), DEFAULT_LETTER_LANGUAGE]);
  const tones: readonly TemplateTone[] = [request.tone, "any", request.tone === "soft" ? "firm" : "soft"];
  for (const language of languages) {
    for (const tone of tones) {
      const template = candidates.find((candidate) => candidate.language.toLowerCase() === language && candidate.tone === tone);
      if (template !== undefined) {
        return {
          template,
          languageFallback: baseLanguage(language) !== baseLanguage(wanted),
          toneFallback: tone !== request.tone && tone !== "any",
        };
      }
    }
  }
  return { template: null, languageFallback: false, toneFallback: false };
}

function unique(values: readonly string[]): readonly string[] {
  return values.filter((value, index) => values.indexOf(value) === index);
}
