import { toCurrencyCode } from "./currency-code";

describe("toCurrencyCode", () => {
  it.each([
    { name: "an ISO code", text: "USD", code: "USD" },
    { name: "a lower-case code with spaces", text: " cad ", code: "CAD" },
    { name: "the shekel code", text: "ILS", code: "ILS" },
    { name: "the euro sign", text: "€", code: "EUR" },
    { name: "the pound sign", text: "£", code: "GBP" },
    { name: "the shekel sign", text: "₪", code: "ILS" },
    { name: "a prefixed dollar", text: "C$", code: "CAD" },
    { name: "US dollar sign", text: "US$", code: "USD" },
    { name: "Swiss francs", text: "Fr.", code: "CHF" },
  ])("reads $name", ({ text, code }) => {
    expect(toCurrencyCode(text)).toEqual({ ok: true, value: code });
  });

  it.each([
    { name: "a bare dollar", text: "$", error: "ambiguous-symbol" },
    { name: "a yen/yuan sign", text: "¥", error: "ambiguous-symbol" },
    { name: "kronor", text: "kr", error: "ambiguous-symbol" },
    { name: "a word", text: "Net", error: "unknown-currency" },
    { name: "empty text", text: "", error: "unknown-currency" },
    { name: "a made-up code", text: "XYZ", error: "unknown-currency" },
  ])("refuses $name", ({ text, error }) => {
    expect(toCurrencyCode(text)).toEqual({ ok: false, error });
  });
});
