/** The language Collect writes in when a customer has none and when no template exists in theirs. */
export const DEFAULT_LETTER_LANGUAGE = "en";

/**
 * The region assumed for a bare language tag. English is British: Collect is written for a UK small business,
 * so "en" letters say "£1,234.56" and "25 November 2026".
 */
const DEFAULT_REGION: Readonly<Record<string, string>> = {
  en: "GB",
  de: "DE",
  fr: "FR",
  nl: "NL",
  es: "ES",
  it: "IT",
};

const LANGUAGE_TAG = /^([A-Za-z]{2,3})(?:[-_]([A-Za-z]{4}))?(?:[-_]([A-Za-z]{2}|\d{3}))?$/;

/**
 * A language tag as typed in a cell ("DE", "de_at", " en-GB ") in BCP 47 case, or null when it is not one.
 *
 * @example normalizeLanguageTag("de_at") //=> "de-AT"
 * @example normalizeLanguageTag("German") //=> null
 */
export function normalizeLanguageTag(text: string): string | null {
  const match = LANGUAGE_TAG.exec(text.trim());
  if (match === null) return null;
  const language = (match[1] ?? "").toLowerCase();
  const script = match[2] === undefined ? "" : `-${match[2].charAt(0).toUpperCase()}${match[2].slice(1).toLowerCase()}`;
  const region = match[3] === undefined ? "" : `-${match[3].toUpperCase()}`;
  return `${language}${script}${region}`;
}

/**
 * The primary language of a tag.
 *
 * @example baseLanguage("de-AT") //=> "de"
 */
export function baseLanguage(tag: string): string {
  return tag.split("-")[0]?.toLowerCase() ?? tag;
}

/**
 * The Intl locale a letter is formatted in: the customer's own tag when it has a region and is in the letter's
 * language, else the letter language with its default region. So a German letter to a customer in Austria
 * says "25. November 2026" in de-AT, while an English fallback letter to a French customer is formatted
 * en-GB, never half French.
 *
 * @example letterLocale("de", "de-AT") //=> "de-AT"
 * @example letterLocale("en", "fr")    //=> "en-GB"
 * @example letterLocale("de", null)    //=> "de-DE"
 */
export function letterLocale(letterLanguage: string, customerTag: string | null): string {
  const language = baseLanguage(letterLanguage);
  if (customerTag !== null && baseLanguage(customerTag) === language && customerTag.includes("-")) return customerTag;
  const region = DEFAULT_REGION[language];
  return region === undefined ? language : `${language}-${region}`;
}
