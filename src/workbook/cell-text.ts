import type { CellError, CellValue } from "./grid";

/** True for an Excel error value (`#N/A`, `#REF!`). @example isCellError({ error: "#N/A" }) //=> true */
export function isCellError(value: CellValue | undefined): value is CellError {
  return typeof value === "object" && value !== null;
}

/**
 * True for a cell with nothing in it: empty, or text that is only spaces.
 *
 * @example isBlankCell("  ") //=> true
 * @example isBlankCell(0)    //=> false
 */
export function isBlankCell(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  return typeof value === "string" && value.trim() === "";
}

/**
 * A cell as the text a bookkeeper sees (trimmed; numbers in plain notation; errors as `#N/A`).
 *
 * @example cellText(" Acme ") //=> "Acme"
 * @example cellText(true)     //=> "TRUE"
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value.error;
}

/** A whole number written as a float by a database export: "1930571429.0". */
const FLOAT_WHOLE = /^(-?\d+)\.0+$/;
const INNER_SPACES = /\s+/g;

/**
 * An identifier (invoice number, customer number) as text: leading zeros kept, "1930571429.0" and the number
 * 1930571429 both become "1930571429". Null for a blank cell or an error value.
 *
 * @example readIdText("0000611365")   //=> "0000611365"
 * @example readIdText("1930571429.0") //=> "1930571429"
 * @example readIdText(42)             //=> "42"
 */
export function readIdText(value: CellValue | undefined): string | null {
  if (value === null || value === undefined || isCellError(value) || typeof value === "boolean") return null;
  if (typeof value === "number") return Number.isFinite(value) ? numberToIdText(value) : null;
  const text = value.trim().replace(INNER_SPACES, " ");
  if (text === "") return null;
  const whole = FLOAT_WHOLE.exec(text);
  return whole?.[1] ?? text;
}

function numberToIdText(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < Number.MAX_SAFE_INTEGER) return value.toFixed(0);
  return String(value);
}

const YES_WORDS: ReadonlySet<string> = new Set([
  "yes", "y", "true", "1", "x", "ja", "j", "oui", "o", "si", "sí", "s", "wahr", "vrai", "verdadero", "waar", "disputed",
  "on hold", "hold", "✓", "✔",
]);
const NO_WORDS: ReadonlySet<string> = new Set([
  "no", "n", "false", "0", "nein", "non", "falsch", "faux", "falso", "nee", "onwaar", "-", "",
]);

/**
 * A yes/no cell in English, German, French, Spanish or Dutch; null when the text is neither.
 *
 * @example readYesNo("Yes") //=> true
 * @example readYesNo("nein") //=> false
 * @example readYesNo(null)  //=> false
 * @example readYesNo("maybe") //=> null
 */
export function readYesNo(value: CellValue | undefined): boolean | null {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : null;
  if (isCellError(value)) return null;
  const text = cellText(value).toLowerCase();
  if (YES_WORDS.has(text)) return true;
  if (NO_WORDS.has(text)) return false;
  return null;
}
