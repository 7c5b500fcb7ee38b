import type { Cents } from "../money/cents";
import { formatMoney } from "./format-money";

describe("formatMoney", () => {
  it.each([
    { name: "pounds in whole units", cents: 1240000, currency: "GBP", options: { wholeUnits: true }, text: "£12,400" },
    { name: "euros with cents", cents: 123456, currency: "EUR", options: undefined, text: "€1,234.56" },
    { name: "dollars negative", cents: -2000, currency: "USD", options: undefined, text: "-$20.00" },
    { name: "no currency", cents: 123456, currency: null, options: undefined, text: "1,234.56" },
    { name: "a German locale", cents: 123456, currency: "EUR", options: { locale: "de-DE" }, text: "1.234,56 €" },
  ])("$name → $text", ({ cents, currency, options, text }) => {
    expect(formatMoney(cents as Cents, currency, options).replace(/\u00a0/g, " ")).toBe(text);
  });

  it.each([
    { name: "text that is not an ISO code", currency: "dollars", text: "12.00 dollars" },
    { name: "a lower-case code", currency: "usd", text: "12.00 usd" },
  ])("never throws on $name", ({ currency, text }) => {
    expect(formatMoney(1200 as Cents, currency)).toBe(text);
  });
});
