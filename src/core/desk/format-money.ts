import type { Cents } from "../money/cents";

/** Options for `formatMoney`. */
export interface FormatMoneyOptions {
  /** BCP 47 locale for separators and symbol placement. @defaultvalue "en-US" */
  readonly locale?: string;
  /** Round to whole units ("£12,400"), as the plain-words reason does. @defaultvalue false */
  readonly wholeUnits?: boolean;
}

const ISO_CODE = /^[A-Z]{3}$/;
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, currency: string | null, wholeUnits: boolean): Intl.NumberFormat {
  const key = `${locale}|${currency ?? ""}|${wholeUnits ? 1 : 0}`;
  const cached = formatters.get(key);
  if (cached !== undefined) return cached;
  const digits = wholeUnits ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : { minimumFractionDigits: 2, maximumFractionDigits: 2 };
  const created =
    currency === null ? new Intl.NumberFormat(locale, digits) : new Intl.NumberFormat(locale, { style: "currency", currency, currencyDisplay: "symbol", ...digits });
  formatters.set(key, created);
  return created;
}

/**
 * An amount for people, in its currency (Intl.NumberFormat: pure, no I/O). Without a currency (or with text
 * that is not an ISO 4217 code) the plain number is shown, with the text after it.
 *
 * @example formatMoney(1240000 as Cents, "GBP", { wholeUnits: true }) //=> "£12,400"
 * @example formatMoney(123456 as Cents, "EUR")                         //=> "€1,234.56"
 * @example formatMoney(123456 as Cents, null)                          //=> "1,234.56"
 */
export function formatMoney(cents: Cents, currency: string | null, options?: FormatMoneyOptions): string {
  const locale = options?.locale ?? "en-US";
  const wholeUnits = options?.wholeUnits ?? false;
  const amount = cents / 100;
  if (currency !== null && !ISO_CODE.test(currency)) return `${formatter(locale, null, wholeUnits).format(amount)} ${currency}`;
  return formatter(locale, currency, wholeUnits).format(amount);
}
