import type { Cents } from "../money/cents";
import { InvalidCurrencyCodeError, formatCount, formatMoney, isCurrencyCode } from "./format-money";

const NBSP = "\u00A0";

describe("formatMoney", () => {
  it.each([
    { name: "pounds in en-GB", cents: 123456, currency: "GBP", locale: "en-GB", text: "£1,234.56" },
    { name: "euros in de-DE", cents: 123456, currency: "EUR", locale: "de-DE", text: `1.234,56${NBSP}€` },
    { name: "euros in en-GB", cents: 123456, currency: "EUR", locale: "en-GB", text: "€1,234.56" },
    { name: "a credit in en-GB", cents: -12000, currency: "GBP", locale: "en-GB", text: "-£120.00" },
    { name: "a credit in de-DE", cents: -12000, currency: "EUR", locale: "de-DE", text: `-120,00${NBSP}€` },
    { name: "zero", cents: 0, currency: "GBP", locale: "en-GB", text: "£0.00" },
    { name: "a large amount", cents: 123456789012, currency: "GBP", locale: "en-GB", text: "£1,234,567,890.12" },
  ])("writes $name", ({ cents, currency, locale, text }) => {
    expect(formatMoney(cents as Cents, currency, locale)).toBe(text);
  });

  it.each([
    { name: "a symbol", currency: "€" },
    { name: "lower case", currency: "gbp" },
    { name: "an empty code", currency: "" },
    { name: "a header injection", currency: "GBP\r\nX: y" },
  ])("throws InvalidCurrencyCodeError for $name (callers check with isCurrencyCode)", ({ currency }) => {
    expect(isCurrencyCode(currency)).toBe(false);
    expect(() => formatMoney(100 as Cents, currency, "en-GB")).toThrow(InvalidCurrencyCodeError);
  });

  it("groups whole numbers by locale", () => {
    expect(formatCount(1234, "en-GB")).toBe("1,234");
    expect(formatCount(1234, "de-DE")).toBe("1.234");
  });
});
