/** Which Fluent theme the pane uses. */
export type ThemeMode = "light" | "dark";

/** The parts of `Office.context.officeTheme` the pane reads (all optional: hosts differ). */
export interface OfficeThemeLike {
  readonly isDarkTheme?: boolean;
  /** Office's body background as "#RRGGBB". */
  readonly bodyBackgroundColor?: string;
}

/** Options for {@link pickThemeMode}. */
export interface PickThemeModeOptions {
  /** The browser's `prefers-color-scheme: dark`, used when Office gives no theme. @defaultvalue false */
  readonly prefersDark?: boolean;
}

/** Below this relative luminance (0 black .. 1 white) a background counts as dark. */
const DARK_LUMINANCE_THRESHOLD = 0.4;

/**
 * Relative luminance (WCAG 2.x) of a "#RRGGBB" or "#RGB" colour, or null when the text is not one.
 * @example relativeLuminance("#FFFFFF") //=> 1
 */
export function relativeLuminance(colour: string): number | null {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  const hex = match?.[1];
  if (hex === undefined) return null;
  const full = hex.length === 3 ? Array.from(hex, (c) => c + c).join("") : hex;
  const channel = (offset: number): number => {
    const srgb = parseInt(full.slice(offset, offset + 2), 16) / 255;
    return srgb <= 0.03928 ? srgb / 12.92 : ((srgb + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/**
 * Chooses light or dark: Office's `isDarkTheme` when the host reports it, else the luminance of
 * its body background, else the browser preference (preview outside Office), else light.
 * @example pickThemeMode({ bodyBackgroundColor: "#262626" }) //=> "dark"
 */
export function pickThemeMode(officeTheme: OfficeThemeLike | undefined, options: PickThemeModeOptions = {}): ThemeMode {
  if (typeof officeTheme?.isDarkTheme === "boolean") return officeTheme.isDarkTheme ? "dark" : "light";
  const luminance = officeTheme?.bodyBackgroundColor === undefined ? null : relativeLuminance(officeTheme.bodyBackgroundColor);
  if (luminance !== null) return luminance < DARK_LUMINANCE_THRESHOLD ? "dark" : "light";
  return options.prefersDark === true ? "dark" : "light";
}
