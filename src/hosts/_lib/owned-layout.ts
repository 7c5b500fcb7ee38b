import type { CellValue } from "../../workbook/grid";
import { DEFAULT_TABLE_STYLE, type OwnedChart, type OwnedSheet } from "../host";

/** The default number format of a cell, as Excel names it. */
export const GENERAL_FORMAT = "General";

/** Excel's number format for text: what is typed or written into such a cell is kept as text. */
export const TEXT_FORMAT = "@";

/** An `OwnedSheet` broke its own shape (a row wider than its columns): a programmer error. */
export class InvalidOwnedSheetError extends Error {
  override readonly name = "InvalidOwnedSheetError";
}

/**
 * Where everything of an owned sheet goes, 0-based from A1: preamble rows first, then the header row, then data.
 * Both hosts write from this, so they lay out a sheet identically.
 */
export interface OwnedSheetLayout {
  readonly name: string;
  readonly preamble: readonly (readonly CellValue[])[];
  /** 0-based row of the header (= number of preamble rows). */
  readonly headerRow: number;
  /** Header texts, made unique (case-insensitively, as Excel tables require) and non-empty. */
  readonly headers: readonly string[];
  /** Data rows, each exactly `headers.length` wide. */
  readonly rows: readonly (readonly CellValue[])[];
  readonly columnFormats: readonly string[];
  /** Width in characters, or null to leave Excel's default. */
  readonly columnWidths: readonly (number | null)[];
  readonly asTable: boolean;
  readonly freezeHeader: boolean;
  readonly tableStyle: string;
  /** 0-based columns shaded by age (see `AGE_BANDS`). */
  readonly ageColumns: readonly number[];
  /** Number format of each preamble cell (null: General), or "@" for text; same shape as `preamble`. */
  readonly preambleFormats: readonly (readonly (string | null)[])[];
  readonly charts: readonly OwnedChart[];
}

/** One shade of the age highlighting: days past due from `min` to `max` (null: no upper bound). */
export interface AgeBand {
  readonly min: number;
  readonly max: number | null;
  /** Fill colour as RRGGBB: Office's light yellow, orange and red status fills. */
  readonly fill: string;
}

/** How Collect shades days past due in its sheets: 1–30 light yellow, 31–60 orange, over 60 red. */
export const AGE_BANDS: readonly AgeBand[] = [
  { min: 1, max: 30, fill: "FFF4CE" },
  { min: 31, max: 60, fill: "FED9CC" },
  { min: 61, max: null, fill: "FDE7E9" },
];

/**
 * Checks an owned sheet and lays it out. Throws `InvalidOwnedSheetError` when it has no columns or a row is wider
 * than its columns. Shorter rows are padded with empty cells.
 *
 * @example layOutOwnedSheet({ name: "Collect Log", columns: [{ header: "Date" }], rows: [[]] }).rows //=> [[null]]
 */
export function layOutOwnedSheet(sheet: OwnedSheet): OwnedSheetLayout {
  const width = sheet.columns.length;
  if (width === 0) throw new InvalidOwnedSheetError(`Owned sheet "${sheet.name}" has no columns.`);
  const rows = sheet.rows.map((row, index) => {
    if (row.length > width) {
      throw new InvalidOwnedSheetError(
        `Row ${index + 1} of owned sheet "${sheet.name}" has ${row.length} cells but the sheet has ${width} columns.`,
      );
    }
    return padRow(row.map(fitCellText), width);
  });
  return {
    name: sheet.name,
    preamble: (sheet.preamble ?? []).map((row) => row.map(fitCellText)),
    headerRow: sheet.preamble?.length ?? 0,
    headers: uniqueHeaders(sheet.columns.map((column) => column.header)),
    rows,
    columnFormats: sheet.columns.map((column) => column.numberFormat ?? GENERAL_FORMAT),
    columnWidths: sheet.columns.map((column) => column.width ?? null),
    asTable: sheet.asTable ?? true,
    freezeHeader: sheet.freezeHeader ?? true,
    tableStyle: sheet.tableStyle ?? DEFAULT_TABLE_STYLE,
    ageColumns: ageColumnIndexes(sheet),
    preambleFormats: (sheet.preamble ?? []).map((row, r) => row.map((value, c) => (typeof value === "string" ? TEXT_FORMAT : (sheet.preambleFormats?.[r]?.[c] ?? null)))),
    charts: sheet.charts ?? [],
  };
}

/** The most characters Excel keeps in one cell; longer text makes Excel "repair" the file (and Office.js refuse it). */
export const MAX_CELL_TEXT_LENGTH = 32_767;

/**
 * Text cut to what a cell can hold, saying how much was left out; anything else unchanged. Collect's longest texts
 * are lists (a customer's invoice numbers), whose full story is in the user's own sheets.
 *
 * @example fitCellText("x".repeat(40_000)).length //=> 32767
 */
export function fitCellText(value: CellValue): CellValue {
  if (typeof value !== "string" || value.length <= MAX_CELL_TEXT_LENGTH) return value;
  const note = (left: number): string => ` … (${left.toLocaleString("en-GB")} more characters: too long for one cell)`;
  // The note's own length depends on the count it gives; two passes settle it.
  let kept = MAX_CELL_TEXT_LENGTH - note(value.length).length;
  kept = MAX_CELL_TEXT_LENGTH - note(value.length - kept).length;
  const code = value.charCodeAt(kept - 1);
  if (code >= 0xd800 && code <= 0xdbff) kept -= 1; // never split a character outside the BMP in two
  return `${value.slice(0, kept)}${note(value.length - kept)}`;
}

function ageColumnIndexes(sheet: OwnedSheet): readonly number[] {
  return (sheet.ageColumns ?? []).map((header) => {
    const index = sheet.columns.findIndex((column) => column.header === header);
    if (index < 0) throw new InvalidOwnedSheetError(`Owned sheet "${sheet.name}" shades the age column "${header}", which it does not have.`);
    return index;
  });
}

/** A row padded with empty cells to `width`. */
export function padRow(row: readonly CellValue[], width: number): readonly CellValue[] {
  if (row.length >= width) return row;
  const padded = row.slice();
  while (padded.length < width) padded.push(null);
  return padded;
}

/**
 * Header texts an Excel table accepts: non-empty ("Column3" as Excel names a blank one) and unique without regard
 * to case ("Amount", "Amount2").
 *
 * @example uniqueHeaders(["Amount", "amount", ""]) //=> ["Amount", "amount2", "Column3"]
 */
export function uniqueHeaders(headers: readonly string[]): readonly string[] {
  const taken = new Set<string>();
  return headers.map((raw, index) => {
    const base = raw.trim() === "" ? `Column${index + 1}` : raw;
    let candidate = base;
    for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) candidate = `${base}${n}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

/**
 * A table name for an owned sheet that no table or defined name in `taken` (lower-case) uses yet. Excel table names
 * hold only letters, digits, "_" and "." and are unique in the workbook together with defined names.
 *
 * @example uniqueTableName("Collect Worklist", new Set(["collectworklist"])) //=> "CollectWorklist2"
 */
export function uniqueTableName(sheetName: string, taken: ReadonlySet<string>): string {
  const cleaned = sheetName.replace(/[^\p{L}\p{N}_.]/gu, "");
  const base = /^[\p{L}_]/u.test(cleaned) ? cleaned : `T_${cleaned}`;
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) candidate = `${base}${n}`;
  return candidate;
}

/** True for a value that is a string, the only kind of value Excel might turn into a formula, number or date on input. */
export function isText(value: CellValue): value is string {
  return typeof value === "string";
}
