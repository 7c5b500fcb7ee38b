import { toCurrencyCode } from "../core/money/currency-code";

/** A header cell reduced to what matters for matching it to a field. */
export interface NormalizedHeader {
  /** Lower-case words without accents or punctuation, joined by one space: "open advance". */
  readonly key: string;
  readonly tokens: readonly string[];
  /** A currency the header names ("Open Advance (ILS)", "Amount EUR", "Betrag [€]"), else null. */
  readonly currency: string | null;
}

const CURRENCY_IN_BRACKETS = /[([]\s*([^()[\]\s]{1,4})\s*[)\]]/;
const CAMEL_LOWER_UPPER = /([a-z\d])([A-Z])/g;
const CAMEL_ACRONYM = /([A-Z]+)([A-Z][a-z])/g;
const NUMBER_SIGNS = /[#№]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NOT_WORD = /[^a-z0-9]+/g;

/**
 * Normalises a header for matching: splits camelCase and snake_case, drops case, accents and punctuation,
 * reads "#" and "№" as "no", and takes a currency named in brackets or as a separate code out of the words.
 *
 * @example normalizeHeader("Open Advance (ILS)") //=> { key: "open advance", tokens: ["open", "advance"], currency: "ILS" }
 * @example normalizeHeader("customerID")         //=> { key: "customer id", tokens: ["customer", "id"], currency: null }
 * @example normalizeHeader("Inv #")              //=> { key: "inv no", tokens: ["inv", "no"], currency: null }
 * @example normalizeHeader("Fällig")             //=> { key: "fallig", tokens: ["fallig"], currency: null }
 */
export function normalizeHeader(text: string): NormalizedHeader {
  let rest = text;
  let currency: string | null = null;
  const bracket = CURRENCY_IN_BRACKETS.exec(rest);
  if (bracket !== null) {
    const code = toCurrencyCode(bracket[1] ?? "");
    if (code.ok) {
      currency = code.value;
      rest = rest.slice(0, bracket.index) + " " + rest.slice(bracket.index + bracket[0].length);
    }
  }
  const words = splitWords(rest);
  if (currency === null && words.length > 1) {
    const last = words[words.length - 1] ?? "";
    const code = last.length === 3 ? toCurrencyCode(last) : null;
    if (code?.ok === true) {
      currency = code.value;
      words.pop();
    }
  }
  return { key: words.join(" "), tokens: words, currency };
}

/**
 * The words of a header: camelCase and snake_case split, lower case, accents removed.
 *
 * @example splitWords("total_open_amount") //=> ["total", "open", "amount"]
 */
export function splitWords(text: string): string[] {
  const spaced = text
    .replace(CAMEL_ACRONYM, "$1 $2")
    .replace(CAMEL_LOWER_UPPER, "$1 $2")
    .replace(NUMBER_SIGNS, " no ")
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(NOT_WORD, " ")
    .trim();
  return spaced === "" ? [] : spaced.split(" ");
}
