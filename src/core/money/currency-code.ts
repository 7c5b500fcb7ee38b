import { err, ok, type Result } from "../types/result";

/**
 * ISO 4217 codes Collect recognises in text ("EUR 1.234,56", a Currency column, a header "Amount (ILS)").
 * Limited to currencies in common use so that a random three-letter word is not read as a currency.
 */
const ISO_CODES: ReadonlySet<string> = new Set(
  (
    "AED ARS AUD BGN BHD BRL CAD CHF CLP CNY COP CZK DKK EGP EUR GBP HKD HUF IDR ILS INR ISK JOD JPY KES KRW KWD " +
    "MAD MXN MYR NGN NOK NZD OMR PEN PHP PKR PLN QAR RON RSD RUB SAR SEK SGD THB TND TRY TWD UAH USD UYU VND ZAR"
  ).split(" "),
);

/**
 * Symbols that name exactly one currency. A bare "$", "¥" or "kr" is left out on purpose: it is used by
 * several currencies, so the currency has to come from a column, a header or the settings instead.
 */
const SYMBOLS: ReadonlyMap<string, string> = new Map([
  ["€", "EUR"], ["£", "GBP"], ["₪", "ILS"], ["₹", "INR"], ["₩", "KRW"], ["₽", "RUB"], ["₺", "TRY"], ["₫", "VND"],
  ["US$", "USD"], ["C$", "CAD"], ["CA$", "CAD"], ["CAD$", "CAD"], ["A$", "AUD"], ["AU$", "AUD"], ["NZ$", "NZD"],
  ["HK$", "HKD"], ["S$", "SGD"], ["R$", "BRL"], ["ZŁ", "PLN"], ["FR.", "CHF"], ["SFR.", "CHF"], ["NIS", "ILS"],
  ["EURO", "EUR"], ["EUROS", "EUR"],
]);

/** Symbols that show an amount is money but do not say which currency. */
const AMBIGUOUS_SYMBOLS: ReadonlySet<string> = new Set(["$", "¥", "KR", "KR.", "R"]);

/** Why text names no currency: unknown, or a symbol several currencies use. */
export type CurrencyCodeError = "unknown-currency" | "ambiguous-symbol";

/**
 * The ISO 4217 code of a currency code or symbol as written in a cell or header.
 *
 * @example toCurrencyCode(" usd ") //=> { ok: true, value: "USD" }
 * @example toCurrencyCode("€")     //=> { ok: true, value: "EUR" }
 * @example toCurrencyCode("$")     //=> { ok: false, error: "ambiguous-symbol" }
 * @example toCurrencyCode("Net")   //=> { ok: false, error: "unknown-currency" }
 */
export function toCurrencyCode(text: string): Result<string, CurrencyCodeError> {
  const upper = text.trim().toUpperCase();
  if (ISO_CODES.has(upper)) return ok(upper);
  const symbol = SYMBOLS.get(upper);
  if (symbol !== undefined) return ok(symbol);
  return AMBIGUOUS_SYMBOLS.has(upper) ? err("ambiguous-symbol") : err("unknown-currency");
}
