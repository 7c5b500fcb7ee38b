import { pickThemeMode, relativeLuminance, type OfficeThemeLike } from "./pick-theme-mode";

describe("pickThemeMode", () => {
  it.each<{ name: string; theme: OfficeThemeLike | undefined; prefersDark?: boolean; expected: "light" | "dark" }>([
    { name: "Office says dark", theme: { isDarkTheme: true, bodyBackgroundColor: "#FFFFFF" }, expected: "dark" },
    { name: "Office says light", theme: { isDarkTheme: false, bodyBackgroundColor: "#262626" }, expected: "light" },
    { name: "dark grey body background (Excel dark gray/black themes)", theme: { bodyBackgroundColor: "#262626" }, expected: "dark" },
    { name: "white body background (Excel colorful/white themes)", theme: { bodyBackgroundColor: "#FFFFFF" }, expected: "light" },
    { name: "light grey body background", theme: { bodyBackgroundColor: "#E6E6E6" }, expected: "light" },
    { name: "three-digit hex background", theme: { bodyBackgroundColor: "#222" }, expected: "dark" },
    { name: "no Office theme, browser prefers dark", theme: undefined, prefersDark: true, expected: "dark" },
    { name: "no Office theme, no preference", theme: undefined, expected: "light" },
  ])("chooses $expected when $name", ({ theme, prefersDark, expected }) => {
    expect(pickThemeMode(theme, prefersDark === undefined ? {} : { prefersDark })).toBe(expected);
  });

  it.each([
    { name: "an empty string", bodyBackgroundColor: "" },
    { name: "a colour name", bodyBackgroundColor: "black" },
    { name: "an rgb() value", bodyBackgroundColor: "rgb(0,0,0)" },
    { name: "five hex digits", bodyBackgroundColor: "#12345" },
  ])("ignores a background that is $name and falls back to the browser preference", ({ bodyBackgroundColor }) => {
    expect(pickThemeMode({ bodyBackgroundColor }, { prefersDark: true })).toBe("dark");
    expect(pickThemeMode({ bodyBackgroundColor })).toBe("light");
  });
});

describe("relativeLuminance", () => {
  it.each([
    { name: "white", colour: "#FFFFFF", expected: 1 },
    { name: "black", colour: "#000000", expected: 0 },
    { name: "short white without #", colour: "fff", expected: 1 },
  ])("is $expected for $name", ({ colour, expected }) => {
    expect(relativeLuminance(colour)).toBeCloseTo(expected, 6);
  });

  it.each([{ name: "not hex", colour: "#GGGGGG" }, { name: "too long", colour: "#FFFFFFF" }])("is null for $name", ({ colour }) => {
    expect(relativeLuminance(colour)).toBeNull();
  });
});
