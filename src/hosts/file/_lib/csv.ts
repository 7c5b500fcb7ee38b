import Papa from "papaparse";
import type { CellValue, Grid } from "../../../workbook/grid";
import { GENERAL_FORMAT } from "../../_lib/owned-layout";

/** Text encodings Collect recognises in a CSV file. */
export type CsvEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1252";

/** Field separators Collect tries, in order of preference when two fit equally well. */
export const CSV_DELIMITERS = [",", ";", "\t", "|"] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** Something odd in the CSV text that the parser worked around (an unclosed quote). The rows are still all kept. */
export interface CsvProblem {
  /** 1-based record (row) number in the grid. */
  readonly row: number;
  readonly message: string;
}

/** A CSV file read as one sheet. */
export interface CsvSheet {
  readonly grid: Grid;
  readonly encoding: CsvEncoding;
  readonly delimiter: CsvDelimiter;
  readonly problems: readonly CsvProblem[];
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
const UTF16LE_BOM = [0xff, 0xfe] as const;
const UTF16BE_BOM = [0xfe, 0xff] as const;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/**
 * Decodes CSV bytes: a byte-order mark decides UTF-8 or UTF-16 (LE/BE); without one, bytes that are valid UTF-8 are
 * UTF-8 and anything else is Windows-1252 (what Excel on Windows writes for "CSV" in Western locales).
 *
 * @example decodeCsvBytes(new Uint8Array([0x43, 0xe9])) //=> { text: "Cé", encoding: "windows-1252" }
 */
export function decodeCsvBytes(bytes: Uint8Array): { readonly text: string; readonly encoding: CsvEncoding } {
  if (startsWith(bytes, UTF8_BOM)) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(UTF8_BOM.length)), encoding: "utf-8-bom" };
  }
  if (startsWith(bytes, UTF16LE_BOM)) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(UTF16LE_BOM.length)), encoding: "utf-16le" };
  }
  if (startsWith(bytes, UTF16BE_BOM)) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(UTF16BE_BOM.length)), encoding: "utf-16be" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch (error) {
    // A fatal decoder throws a TypeError exactly when the bytes are not UTF-8: that is the answer we asked for.
    // Checked by name: under jest the error comes from another realm, where `instanceof` is false.
    if ((error as { name?: unknown } | null)?.name !== "TypeError") throw error;
    return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}

/**
 * Windows-1252 bytes 0x80–0x9F, per the WHATWG Encoding Standard index (https://encoding.spec.whatwg.org/index-windows-1252.txt).
 * Node's own `TextDecoder("windows-1252")` decodes these as Latin-1 control characters, so Collect maps them itself;
 * every other byte is the Latin-1 code point of the same number.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
] as const;
const WINDOWS_1252_HIGH_START = 0x80;

/** Decodes Windows-1252 bytes. @example decodeWindows1252(new Uint8Array([0x80, 0x35])) //=> "€5" */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) {
    const mapped = WINDOWS_1252_HIGH[byte - WINDOWS_1252_HIGH_START];
    text += String.fromCharCode(mapped ?? byte);
  }
  return text;
}

/** Records looked at to choose a delimiter: enough to outvote a title line, few enough to be instant. */
const DELIMITER_SAMPLE_RECORDS = 50;

/**
 * The delimiter that splits the first records most consistently: the most records share one field count above 1;
 * ties go to more fields, then to the order of `CSV_DELIMITERS`. Quotes are honoured (a comma inside "1,5" does not
 * count). Falls back to "," when no candidate gives two fields.
 *
 * @example detectCsvDelimiter("a;b;c\n1;2,5;3\n") //=> ";"
 */
export function detectCsvDelimiter(text: string): CsvDelimiter {
  let best: { delimiter: CsvDelimiter; share: number; fields: number } | null = null;
  for (const delimiter of CSV_DELIMITERS) {
    const parsed = Papa.parse<string[]>(text, { delimiter, preview: DELIMITER_SAMPLE_RECORDS, skipEmptyLines: "greedy" });
    const counts = new Map<number, number>();
    for (const record of parsed.data) counts.set(record.length, (counts.get(record.length) ?? 0) + 1);
    let modeFields = 0;
    let modeCount = 0;
    for (const [fields, count] of counts) {
      if (count > modeCount || (count === modeCount && fields > modeFields)) {
        modeFields = fields;
        modeCount = count;
      }
    }
    if (modeFields < 2 || parsed.data.length === 0) continue;
    const share = modeCount / parsed.data.length;
    if (best === null || share > best.share || (share === best.share && modeFields > best.fields)) {
      best = { delimiter, share, fields: modeFields };
    }
  }
  return best?.delimiter ?? ",";
}

/**
 * Reads CSV bytes as a one-sheet grid: every field is text (Collect's workbook layer parses numbers and dates),
 * an empty field is an empty cell, quoted fields may hold delimiters and line breaks, CRLF and LF both end a record,
 * and a blank line is an empty row (so row numbers match what Excel shows when it opens the file).
 */
export function readCsvSheet(bytes: Uint8Array, sheetName: string): CsvSheet {
  const { text, encoding } = decodeCsvBytes(bytes);
  const delimiter = detectCsvDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const records = parsed.data.slice();
  // Blank lines at the end of the file (and the line break that ends it) are not rows Excel would show as used.
  while (records.length > 0 && (records[records.length - 1] ?? []).every((field) => field === "")) records.pop();
  const width = records.reduce((max, record) => Math.max(max, record.length), 0);
  const values: CellValue[][] = records.map((record) => {
    const row: CellValue[] = record.map((field) => (field === "" ? null : field));
    while (row.length < width) row.push(null);
    return row;
  });
  const numberFormats = values.map((row) => row.map(() => GENERAL_FORMAT));
  const problems = parsed.errors
    .filter((error) => error.type === "Quotes")
    .map((error) => ({ row: (error.row ?? 0) + 1, message: error.message }));
  return {
    grid: { sheetName, top: 1, left: 1, values, numberFormats },
    encoding,
    delimiter,
    problems,
  };
}

/** Characters Excel does not allow in a sheet name. */
const FORBIDDEN_SHEET_NAME_CHARACTERS = /[[\]:*?/\\]/g;

/** Longest sheet name Excel accepts. */
export const MAX_SHEET_NAME_LENGTH = 31;

/**
 * The sheet name Excel gives a CSV it opens: the file name without folder and extension, cut to 31 characters,
 * with characters a sheet name cannot hold replaced by "_".
 *
 * @example sheetNameForCsv("/data/highradius_open_invoices_with_predictions.csv") //=> "highradius_open_invoices_with_p"
 */
export function sheetNameForCsv(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const stem = base.replace(/\.[^.]*$/, "");
  const cleaned = stem.replace(FORBIDDEN_SHEET_NAME_CHARACTERS, "_").replace(/^'+|'+$/g, "").slice(0, MAX_SHEET_NAME_LENGTH);
  return cleaned.trim() === "" ? "Sheet1" : cleaned;
}
