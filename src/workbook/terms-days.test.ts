import { parseTermsDays } from "./terms-days";

describe("parseTermsDays", () => {
  it.each([
    { name: "Net 30", terms: "Net 30", days: 30 },
    { name: "a discount with net days", terms: "2/10 Net 45", days: 45 },
    { name: "N30", terms: "N30", days: 30 },
    { name: "Net30 without a space", terms: "net30", days: 30 },
    { name: "30 days", terms: "30 days", days: 30 },
    { name: "German", terms: "30 Tage netto", days: 30 },
    { name: "French", terms: "à 45 jours", days: 45 },
    { name: "Spanish", terms: "60 días", days: 60 },
    { name: "Dutch", terms: "binnen 14 dagen", days: 14 },
    { name: "due on receipt", terms: "Due on receipt", days: 0 },
    { name: "German immediate", terms: "sofort", days: 0 },
  ])("reads $name", ({ terms, days }) => {
    expect(parseTermsDays(terms)).toBe(days);
  });

  it.each([
    { name: "a system code", terms: "NAA8" },
    { name: "another system code", terms: "CA10" },
    { name: "empty text", terms: "" },
    { name: "end of month words", terms: "EOM" },
    { name: "a sentence without days", terms: "as agreed" },
  ])("does not read $name", ({ terms }) => {
    expect(parseTermsDays(terms)).toBeNull();
  });
});
