import { centsToAmount, type Cents } from "../money/cents";

/** Intl formatters are costly to build and a run formats every amount of thousands of letters: keep one per key. */
const FORMATTERS = new Map<string, Intl.NumberFormat>();

const CURRENCY_CODE = /^[A-Z]{3}$/;

/** A currency code that is not three capital letters reached the formatter: the caller should have checked it. */
export class InvalidCurrencyCodeError extends RangeError {
  constructor(code: string) {
    super(`Not an ISO 4217 currency code: "${code}"`);
    this.name = "InvalidCurrencyCodeError";
  }
}

/**
 * True for text shaped like an ISO 4217 code ("GBP"), the only shape `formatMoney` accepts.
 *
 * @example isCurrencyCode("EUR") //=> true
 * @example isCurrencyCode("€")   //=> false
 */
export function isCurrencyCode(code: string): boolean {
  return CURRENCY_CODE.test(code);
}

/**
 * An amount in a currency, written the way the locale writes money.
 *
 * @param amountCents - the amount in the currency's cents (negative for a credit)
 * @param currency - ISO 4217 code, e.g. "GBP"
 * @param locale - Intl locale, e.g. "en-GB"
 * @example formatMoney(123456 as Cents, "GBP", "en-GB") //=> "£1,234.56"
 * @example formatMoney(123456 as Cents, "EUR", "de-DE") //=> "1.234,56 €" (with a no-break space)
 * @example formatMoney(-5000 as Cents, "GBP", "en-GB")  //=> "-£50.00"
 */
export function formatMoney(amountCents: Cents, currency: string, locale: string): string {
  if (!isCurrencyCode(currency)) throw new InvalidCurrencyCodeError(currency);
  const key = `${locale}|${currency}`;
  let formatter = FORMATTERS.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(locale, { style: "currency", currency, currencyDisplay: "symbol" });
    FORMATTERS.set(key, formatter);
  }
  return formatter.format(centsToAmount(amountCents));
}

const INTEGER_FORMATTERS = new Map<string, Intl.NumberFormat>();

/**
 * A whole number in the locale's digits grouping ("1,234" / "1.234").
 *
 * @example formatCount(1234, "de-DE") //=> "1.234"
 */
export function formatCount(value: number, locale: string): string {
  let formatter = INTEGER_FORMATTERS.get(locale);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    INTEGER_FORMATTERS.set(locale, formatter);
  }
  return formatter.format(value);
}
