import { decimalMarkOf, parseAmountText, resolveAmountText } from "./parse-amount-text";

describe("parseAmountText", () => {
  it.each([
    { name: "plain decimals", text: "55.94", point: 55.94, comma: null, currency: null },
    { name: "whole number", text: "1234", point: 1234, comma: 1234, currency: null },
    { name: "US thousands", text: "1,234.56", point: 1234.56, comma: null, currency: null },
    { name: "European thousands", text: "1.234,56", point: null, comma: 1234.56, currency: null },
    { name: "French spaces", text: "1 234,56", point: null, comma: 1234.56, currency: null },
    { name: "non-breaking space groups", text: "1\u00a0234\u00a0567,5", point: null, comma: 1234567.5, currency: null },
    { name: "Swiss apostrophe", text: "1'234.50", point: 1234.5, comma: null, currency: null },
    { name: "millions with commas", text: "1,000,000", point: 1000000, comma: null, currency: null },
    { name: "a comma decimal", text: "12,5", point: null, comma: 12.5, currency: null },
    { name: "three digits after a comma", text: "1,234", point: 1234, comma: 1.234, currency: null },
    { name: "three digits after a point", text: "1.234", point: 1.234, comma: 1234, currency: null },
    { name: "parentheses negative", text: "(1,234.56)", point: -1234.56, comma: null, currency: null },
    { name: "leading minus", text: "-42.10", point: -42.1, comma: null, currency: null },
    { name: "unicode minus", text: "\u221242.10", point: -42.1, comma: null, currency: null },
    { name: "trailing minus", text: "1,234.56-", point: -1234.56, comma: null, currency: null },
    { name: "credit suffix", text: "250.00 CR", point: -250, comma: null, currency: null },
    { name: "debit suffix", text: "250.00 DR", point: 250, comma: null, currency: null },
    { name: "dollar sign", text: "$1,234.56", point: 1234.56, comma: null, currency: null },
    { name: "minus before the dollar", text: "-$1,234.56", point: -1234.56, comma: null, currency: null },
    { name: "minus after the dollar", text: "$-1,234.56", point: -1234.56, comma: null, currency: null },
    { name: "euro after", text: "1.234,56 €", point: null, comma: 1234.56, currency: "EUR" },
    { name: "code before", text: "EUR 12,50", point: null, comma: 12.5, currency: "EUR" },
    { name: "code after", text: "99.90 usd", point: 99.9, comma: null, currency: "USD" },
    { name: "negative euro in parentheses", text: "(€1.234,56)", point: null, comma: -1234.56, currency: "EUR" },
    { name: "shekel sign", text: "₪15,725", point: 15725, comma: 15.725, currency: "ILS" },
    { name: "Canadian dollar sign", text: "C$10", point: 10, comma: 10, currency: "CAD" },
    { name: "accounting dash for zero", text: "-", point: 0, comma: 0, currency: null },
    { name: "leading point", text: ".5", point: 0.5, comma: null, currency: null },
    { name: "plus sign", text: "+7", point: 7, comma: 7, currency: null },
    { name: "Indian lakh grouping", text: "12,34,567.00", point: 1234567, comma: null, currency: null },
  ])("reads $name ($text)", ({ text, point, comma, currency }) => {
    expect(parseAmountText(text)).toEqual({ ok: true, value: { withPoint: point, withComma: comma, currency } });
  });

  it.each([
    { name: "empty text", text: "" },
    { name: "spaces only", text: "   " },
    { name: "a word", text: "n/a" },
    { name: "a date", text: "2026-11-25" },
    { name: "an unknown code", text: "ABC 12" },
    { name: "two decimal points", text: "1.2.3.4" },
    { name: "bad grouping", text: "1,23,4.00" },
    { name: "letters inside", text: "12a4" },
    { name: "only a currency", text: "€" },
    { name: "an invoice number", text: "INV-0012" },
    { name: "a percentage", text: "12%" },
  ])("refuses $name", ({ text }) => {
    expect(parseAmountText(text)).toEqual({ ok: false, error: "not-an-amount" });
  });
});

describe("decimalMarkOf and resolveAmountText", () => {
  it.each([
    { name: "a point-only reading", text: "12.50", mark: null, evidence: ".", value: 12.5 },
    { name: "a comma-only reading", text: "12,50", mark: null, evidence: ",", value: 12.5 },
    { name: "a number both read alike", text: "1234", mark: null, evidence: "either", value: 1234 },
    { name: "an ambiguous number in a comma column", text: "1.234", mark: ",", evidence: "ambiguous", value: 1234 },
    { name: "an ambiguous number in a point column", text: "1.234", mark: ".", evidence: "ambiguous", value: 1.234 },
  ])("resolves $name", ({ text, mark, evidence, value }) => {
    const parsed = parseAmountText(text);
    if (!parsed.ok) throw new Error(`fixture ${text} did not parse`);
    expect(decimalMarkOf(parsed.value)).toBe(evidence);
    expect(resolveAmountText(parsed.value, mark as "." | "," | null)).toEqual({ ok: true, value });
  });

  it.each([
    { name: "an ambiguous number without a column mark", text: "1,234", mark: null, error: "ambiguous-decimal-mark" },
    { name: "a comma decimal in a point column", text: "12,5", mark: ".", error: "wrong-decimal-mark" },
    { name: "a point decimal in a comma column", text: "12.50", mark: ",", error: "wrong-decimal-mark" },
  ])("refuses $name", ({ text, mark, error }) => {
    const parsed = parseAmountText(text);
    if (!parsed.ok) throw new Error(`fixture ${text} did not parse`);
    expect(resolveAmountText(parsed.value, mark as "." | "," | null)).toEqual({ ok: false, error });
  });
});
