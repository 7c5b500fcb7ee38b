import { baseLanguage, letterLocale, normalizeLanguageTag } from "./letter-locale";

describe("normalizeLanguageTag", () => {
  it.each([
    { name: "a bare code", text: "de", tag: "de" },
    { name: "capitals", text: "DE", tag: "de" },
    { name: "an underscore region", text: "de_at", tag: "de-AT" },
    { name: "a script", text: "sr-latn-rs", tag: "sr-Latn-RS" },
    { name: "spaces", text: " en-gb ", tag: "en-GB" },
    { name: "a numeric region", text: "es-419", tag: "es-419" },
  ])("reads $name", ({ text, tag }) => {
    expect(normalizeLanguageTag(text)).toBe(tag);
  });

  it.each([
    { name: "a language name", text: "German" },
    { name: "an empty cell", text: "" },
    { name: "a number", text: "49" },
    { name: "a sentence", text: "de please" },
  ])("refuses $name", ({ text }) => {
    expect(normalizeLanguageTag(text)).toBeNull();
  });
});

describe("letterLocale", () => {
  it.each([
    { name: "English to a British customer", letter: "en", customer: "en", locale: "en-GB" },
    { name: "German to a German customer", letter: "de", customer: "de", locale: "de-DE" },
    { name: "German to an Austrian customer", letter: "de", customer: "de-AT", locale: "de-AT" },
    { name: "the English fallback to a French customer", letter: "en", customer: "fr", locale: "en-GB" },
    { name: "English with no customer language", letter: "en", customer: null, locale: "en-GB" },
    { name: "a language without a default region", letter: "pt", customer: null, locale: "pt" },
  ])("formats $name in $locale", ({ letter, customer, locale }) => {
    expect(letterLocale(letter, customer)).toBe(locale);
  });

  it("takes the base language of a tag", () => {
    expect(baseLanguage("de-AT")).toBe("de");
  });
});
