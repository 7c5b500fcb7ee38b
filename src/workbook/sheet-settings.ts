import type { DateOrder } from "../core/dates/parse-date-text";
import type { SheetRole } from "../core/ledger/ledger";
import type { DecimalMark } from "../core/money/parse-amount-text";
import type { ColumnOverrides } from "./map-columns";

/** Per sheet name: field → column letter ("F"), or "none" to leave a field unmapped. The user's word wins. */
export type MappingOverrides = Readonly<Record<string, ColumnOverrides>>;

/** What to do with a sheet: read it as this role, or leave it out. */
export type SheetChoice = Exclude<SheetRole, "collect-owned" | "unknown"> | "ignore";

/** Every sheet choice, in the words the settings sheet uses. */
export const SHEET_CHOICES: readonly SheetChoice[] = ["invoices", "aging-detail", "aging-summary", "payments", "customers", "contact-log", "ignore"];

/**
 * How the bookkeeper told Collect to read their workbook. Kept in the "Collect Settings" sheet so it travels
 * with the file. Every map is keyed by sheet name; the key "*" applies to every sheet without its own entry.
 */
export interface CollectSettings {
  readonly mapping: MappingOverrides;
  readonly sheets: Readonly<Record<string, SheetChoice>>;
  /** 1-based sheet row of the header. */
  readonly headerRows: Readonly<Record<string, number>>;
  readonly dateOrders: Readonly<Record<string, DateOrder>>;
  readonly decimalMarks: Readonly<Record<string, DecimalMark>>;
  /** Currency of amounts that name none (ISO 4217 code). */
  readonly currencies: Readonly<Record<string, string>>;
}

/** The settings of one sheet, after "*" defaults. */
export interface SheetSettings {
  readonly columns: ColumnOverrides;
  readonly choice: SheetChoice | null;
  readonly headerRow: number | null;
  readonly dateOrder: DateOrder | null;
  readonly decimalMark: DecimalMark | null;
  readonly currency: string | null;
}

/** Settings with nothing set. */
export const EMPTY_SETTINGS: CollectSettings = { mapping: {}, sheets: {}, headerRows: {}, dateOrders: {}, decimalMarks: {}, currencies: {} };

/** Wildcard sheet name: the setting applies to every sheet without its own. */
export const ANY_SHEET = "*";

/**
 * The settings that apply to one sheet: its own entry (matched exactly, then ignoring case), else "*".
 *
 * @example settingsForSheet({ ...EMPTY_SETTINGS, dateOrders: { "*": "day-first" } }, "Ledger").dateOrder //=> "day-first"
 */
export function settingsForSheet(settings: CollectSettings, sheetName: string): SheetSettings {
  return {
    columns: lookup(settings.mapping, sheetName) ?? {},
    choice: lookup(settings.sheets, sheetName) ?? null,
    headerRow: lookup(settings.headerRows, sheetName) ?? null,
    dateOrder: lookup(settings.dateOrders, sheetName) ?? null,
    decimalMark: lookup(settings.decimalMarks, sheetName) ?? null,
    currency: lookup(settings.currencies, sheetName) ?? null,
  };
}

/**
 * Lays `over` on top of `base`: per sheet, and for column mappings per field.
 *
 * @example mergeSettings(fromSheet, { dateOrders: { Ledger: "month-first" } }).dateOrders.Ledger //=> "month-first"
 */
export function mergeSettings(base: CollectSettings, over: Partial<CollectSettings>): CollectSettings {
  const mapping: Record<string, ColumnOverrides> = { ...base.mapping };
  for (const [sheet, columns] of Object.entries(over.mapping ?? {})) mapping[sheet] = { ...(mapping[sheet] ?? {}), ...columns };
  return {
    mapping,
    sheets: { ...base.sheets, ...over.sheets },
    headerRows: { ...base.headerRows, ...over.headerRows },
    dateOrders: { ...base.dateOrders, ...over.dateOrders },
    decimalMarks: { ...base.decimalMarks, ...over.decimalMarks },
    currencies: { ...base.currencies, ...over.currencies },
  };
}

function lookup<T>(record: Readonly<Record<string, T>>, sheetName: string): T | undefined {
  if (Object.prototype.hasOwnProperty.call(record, sheetName)) return record[sheetName];
  const lower = sheetName.toLowerCase();
  for (const [name, value] of Object.entries(record)) if (name.toLowerCase() === lower) return value;
  return Object.prototype.hasOwnProperty.call(record, ANY_SHEET) ? record[ANY_SHEET] : undefined;
}
