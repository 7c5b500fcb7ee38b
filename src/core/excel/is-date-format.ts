/**
 * Whether an Excel number format shows a number as a calendar date. Excel stores dates as plain numbers;
 * only the format says a number is a date (ExcelJS/SheetJS `is_date` follow the same rule).
 *
 * Ignored on the way, as Excel ignores them when it picks the kind of value: quoted text (`"Due "`),
 * backslash-escaped characters (`\d`), padding (`_)`) and fill (`*-`) characters, colour, locale and
 * condition brackets (`[Red]`, `[$-409]`, `[>=100]`), scientific exponents (`E+00`) and AM/PM markers.
 * Elapsed-time formats (`[h]:mm`, `[mm]:ss`) are durations, and time-only formats (`h:mm`) are times of
 * day: neither is a date.
 *
 * @param code an Excel number format code in its English (non-local) form, as Office.js `numberFormat`
 *             and the .xlsx file store it
 * @returns true for a date or date-and-time format
 * @example isDateFormat("yyyy-mm-dd")            //=> true
 * @example isDateFormat("[$-409]m/d/yy h:mm AM/PM") //=> true
 * @example isDateFormat("[h]:mm")                //=> false
 * @example isDateFormat('#,##0;(#,##0);"-"')     //=> false
 * @example isDateFormat('0" days"')              //=> false
 */
export function isDateFormat(code: string): boolean {
  if (code.length === 0) return false;
  const stripped = stripLiterals(code);
  if (stripped === null) return false;
  const lower = stripped.toLowerCase().replace(AM_PM, " ").replace(EXPONENT, " ");
  if (lower.trim() === "general") return false;
  if (DATE_LETTER.test(lower)) return true;
  if (!lower.includes("m")) return false;
  return hasMonthRun(lower);
}

/** AM/PM markers (AM/PM, A/P) contain the letters a, m and p, which are not date parts here. */
const AM_PM = /a\/p|am\/pm/g;

/** Scientific notation (0.00E+00) uses "e", which alone would mean an era year. */
const EXPONENT = /e[+-]/g;

/** Year, day, era-year and Buddhist-year letters: any of them makes a calendar date. */
const DATE_LETTER = /[ydeb]/;

/** An elapsed-time bracket such as [h], [mm] or [ss]. */
const ELAPSED_BRACKET = /^\[(h+|m+|s+)\]$/i;

/**
 * Removes quoted text, escaped, padding and fill characters and every bracket. Returns null when a
 * bracket is an elapsed-time counter, which makes the format a duration whatever else it shows.
 */
function stripLiterals(code: string): string | null {
  let out = "";
  for (let index = 0; index < code.length; index += 1) {
    const char = code[index];
    if (char === '"') {
      const close = code.indexOf('"', index + 1);
      index = close === -1 ? code.length : close;
    } else if (char === "\\" || char === "_" || char === "*") {
      index += 1; // the next character is shown as itself (or is only a width)
    } else if (char === "[") {
      const close = code.indexOf("]", index + 1);
      const bracket = code.slice(index, close === -1 ? code.length : close + 1);
      if (ELAPSED_BRACKET.test(bracket)) return null;
      index = close === -1 ? code.length : close;
    } else {
      out += char;
    }
  }
  return out;
}

/**
 * True when some run of "m" means months rather than minutes. Excel reads "m" as minutes when it follows an
 * hour ("h:mm") or precedes seconds ("mm:ss"), and as a month otherwise ("mmm", "mm/yy").
 */
function hasMonthRun(lower: string): boolean {
  const runs = /m+/g;
  let match = runs.exec(lower);
  while (match !== null) {
    const before = lower.slice(0, match.index).replace(/[^a-z]/g, "");
    const after = lower.slice(match.index + match[0].length).replace(/[^a-z]/g, "");
    const isMinute = before.endsWith("h") || after.startsWith("s");
    if (!isMinute) return true;
    match = runs.exec(lower);
  }
  return false;
}
