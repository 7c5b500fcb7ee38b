import { monthFromName } from "./month-names";

describe("monthFromName", () => {
  it.each([
    { name: "English abbreviation", word: "sep", month: 9 },
    { name: "English long", word: "september", month: 9 },
    { name: "German", word: "dezember", month: 12 },
    { name: "German umlaut written out", word: "maerz", month: 3 },
    { name: "French", word: "aout", month: 8 },
    { name: "Spanish", word: "ene", month: 1 },
    { name: "Dutch", word: "mei", month: 5 },
  ])("reads $name", ({ word, month }) => {
    expect(monthFromName(word)).toBe(month);
  });

  it.each([
    { name: "two letters", word: "ju" },
    { name: "a prefix shared by June and July", word: "jui" },
    { name: "a word", word: "total" },
  ])("refuses $name", ({ word }) => {
    expect(monthFromName(word)).toBeNull();
  });
});
