import { err, ok, type Result } from "../types/result";
import { toCurrencyCode } from "./currency-code";

/** The character that separates whole units from cents: "." (1,234.56) or "," (1.234,56). */
export type DecimalMark = "." | ",";

/**
 * An amount written as text, read both ways because some text ("1,234") means a different number under
 * each decimal mark; the column decides which (see `decimalMarkOf` and `resolveAmountText`).
 */
export interface AmountText {
  /** The amount in major units when "." is the decimal mark, or null when the text cannot be read so. */
  readonly withPoint: number | null;
  /** The amount in major units when "," is the decimal mark, or null when the text cannot be read so. */
  readonly withComma: number | null;
  /** ISO code of a currency written in the text ("EUR 5", "5 €"), or null (none, or an ambiguous "$"). */
  readonly currency: string | null;
}

/** Why text is not an amount. */
export type AmountTextError = "not-an-amount";

const SPACES = /[\s\u00a0\u2007\u2009\u202f]+/g;
const MINUS_SIGNS = /[\u2212\u2012\u2013\u2014\ufe63\uff0d]/g;
const ACCOUNTING_ZERO = /^-+$/;
const CREDIT_DEBIT_SUFFIX = /\s*\b(CR|DR)\.?$/i;
const CURRENCY_PREFIX = /^([A-Za-z]{1,3}\$|[A-Za-z]{3}|[€£₪₹₩₽₺₫$¥]|S?Fr\.|kr\.?|zł|NIS)\s*/;
const CURRENCY_SUFFIX = /\s*([A-Za-z]{1,3}\$|[A-Za-z]{3}|[€£₪₹₩₽₺₫$¥]|S?Fr\.|kr\.?|zł|NIS)$/;
const BODY_CHARS = /^[\d.,' ’]*\d[\d.,' ’]*$/;
/**
 * Digits grouped by thousands with ",", space or apostrophe (or in Indian lakh groups, 12,34,567), then an
 * optional "." and decimals.
 */
const POINT_BODY = /^(?:\d{1,3}(?:[, '’]\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d*)(?:\.\d*)?$/;
/** Digits grouped by thousands with ".", space or apostrophe, then an optional "," and decimals. */
const COMMA_BODY = /^(?:\d{1,3}(?:[. '’]\d{3})+|\d*)(?:,\d*)?$/;
const POINT_GROUPS = /[, '’]/g;
const COMMA_GROUPS = /[. '’]/g;

/**
 * Reads an amount written as text: currency symbols and codes before or after ("$1,234.56", "1.234,56 €",
 * "EUR 12"), thousands separators (",", ".", space, apostrophe), negatives as "-1", "(1,234.56)", a
 * trailing minus ("1,234.56-") or a "CR" suffix, and the accounting dash "-" for zero.
 *
 * @example parseAmountText("(1,234.56)") //=> { ok: true, value: { withPoint: -1234.56, withComma: null, currency: null } }
 * @example parseAmountText("1.234,56 €") //=> { ok: true, value: { withPoint: null, withComma: 1234.56, currency: "EUR" } }
 * @example parseAmountText("1,234")      //=> { ok: true, value: { withPoint: 1234, withComma: 1.234, currency: null } }
 * @example parseAmountText("n/a")        //=> { ok: false, error: "not-an-amount" }
 */
export function parseAmountText(text: string): Result<AmountText, AmountTextError> {
  let rest = text.replace(SPACES, " ").replace(MINUS_SIGNS, "-").trim();
  if (ACCOUNTING_ZERO.test(rest)) return ok({ withPoint: 0, withComma: 0, currency: null });
  let negative = false;
  if (rest.startsWith("(") && rest.endsWith(")")) {
    negative = true;
    rest = rest.slice(1, -1).trim();
  }
  const creditDebit = CREDIT_DEBIT_SUFFIX.exec(rest);
  if (creditDebit !== null) {
    negative = negative || creditDebit[1]?.toUpperCase() === "CR";
    rest = rest.slice(0, creditDebit.index).trim();
  }
  const signed = takeSign(rest);
  negative = negative || signed.negative;
  const currency = takeCurrency(signed.rest);
  if (currency === null) return err("not-an-amount");
  const body = takeSign(currency.rest);
  negative = negative || body.negative;
  if (!BODY_CHARS.test(body.rest)) return err("not-an-amount");
  const withPoint = readBody(body.rest, POINT_BODY, POINT_GROUPS, ".");
  const withComma = readBody(body.rest, COMMA_BODY, COMMA_GROUPS, ",");
  if (withPoint === null && withComma === null) return err("not-an-amount");
  const sign = negative ? -1 : 1;
  return ok({
    withPoint: withPoint === null ? null : sign * withPoint,
    withComma: withComma === null ? null : sign * withComma,
    currency: currency.code,
  });
}

/**
 * What one amount says about its column's decimal mark: the mark when only one reading works, "either" when
 * both readings give the same number ("1234", "12"), "ambiguous" when they differ ("1,234").
 *
 * @example decimalMarkOf({ withPoint: 12.5, withComma: null, currency: null }) //=> "."
 * @example decimalMarkOf({ withPoint: 1234, withComma: 1.234, currency: null }) //=> "ambiguous"
 */
export function decimalMarkOf(amount: AmountText): DecimalMark | "either" | "ambiguous" {
  if (amount.withComma === null) return ".";
  if (amount.withPoint === null) return ",";
  return amount.withPoint === amount.withComma ? "either" : "ambiguous";
}

/**
 * The amount under the column's decimal mark (null when the column has none yet).
 *
 * @example resolveAmountText({ withPoint: 1234, withComma: 1.234, currency: null }, ",") //=> { ok: true, value: 1.234 }
 * @example resolveAmountText({ withPoint: 1234, withComma: 1.234, currency: null }, null) //=> { ok: false, error: "ambiguous-decimal-mark" }
 */
export function resolveAmountText(
  amount: AmountText,
  mark: DecimalMark | null,
): Result<number, "ambiguous-decimal-mark" | "wrong-decimal-mark"> {
  const evidence = decimalMarkOf(amount);
  if (evidence === "either") return ok(amount.withPoint ?? 0);
  if (mark === null) return evidence === "ambiguous" ? err("ambiguous-decimal-mark") : ok(pick(amount, evidence));
  const value = mark === "." ? amount.withPoint : amount.withComma;
  return value === null ? err("wrong-decimal-mark") : ok(value);
}

function pick(amount: AmountText, mark: DecimalMark): number {
  return (mark === "." ? amount.withPoint : amount.withComma) ?? 0;
}

function takeSign(text: string): { rest: string; negative: boolean } {
  if (text.startsWith("-")) return { rest: text.slice(1).trim(), negative: true };
  if (text.endsWith("-")) return { rest: text.slice(0, -1).trim(), negative: true };
  if (text.startsWith("+")) return { rest: text.slice(1).trim(), negative: false };
  return { rest: text, negative: false };
}

/** Strips a currency code or symbol at either end; null when a word there is not a currency. */
function takeCurrency(text: string): { rest: string; code: string | null } | null {
  const prefix = CURRENCY_PREFIX.exec(text);
  const suffix = prefix === null ? CURRENCY_SUFFIX.exec(text) : null;
  const match = prefix ?? suffix;
  if (match === null) return { rest: text, code: null };
  const token = match[1] ?? "";
  const code = toCurrencyCode(token);
  if (!code.ok && code.error === "unknown-currency") return null;
  const rest = prefix !== null ? text.slice(match[0].length) : text.slice(0, match.index);
  return { rest: rest.trim(), code: code.ok ? code.value : null };
}

function readBody(body: string, pattern: RegExp, groups: RegExp, mark: DecimalMark): number | null {
  if (!pattern.test(body)) return null;
  const plain = body.replace(groups, "");
  const normalised = mark === "," ? plain.replace(",", ".") : plain;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}
