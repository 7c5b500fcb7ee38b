import type { DateOrder } from "../core/dates/parse-date-text";
import { columnNumber, toCellAddress } from "../core/excel/address";
import { toCurrencyCode } from "../core/money/currency-code";
import type { DecimalMark } from "../core/money/parse-amount-text";
import type { Issue, Parsed } from "../core/types/issue";
import { cellText, isBlankCell } from "./cell-text";
import { FIELD_IDS, FIELD_LABELS, type FieldId } from "./fields";
import type { CellValue, Grid } from "./grid";
import { ANY_SHEET, type CollectSettings, EMPTY_SETTINGS, SHEET_CHOICES, type SheetChoice } from "./sheet-settings";
import { makeIssue } from "./messages";
import type { ColumnOverrides } from "./map-columns";

/** The sheet Collect keeps the bookkeeper's reading choices in. It is Collect's own, and travels with the file. */
export const SETTINGS_SHEET_NAME = "Collect Settings";

const TITLE = "Collect settings: how Collect reads this workbook. Change the Value column; delete a row to let Collect decide again.";
const HEADER = ["Setting", "Sheet", "Field", "Value"] as const;
/** Rows above the header that may hold a title or notes. */
const HEADER_SEARCH_ROWS = 10;

type SettingKey = "mapping" | "role" | "headerRow" | "dateOrder" | "decimalMark" | "currency";

const KEY_WORDS: ReadonlyMap<string, SettingKey> = new Map([
  ["mapping", "mapping"], ["column", "mapping"], ["map", "mapping"],
  ["role", "role"], ["sheet role", "role"], ["sheet", "role"],
  ["headerrow", "headerRow"], ["header row", "headerRow"], ["header", "headerRow"],
  ["dateorder", "dateOrder"], ["date order", "dateOrder"],
  ["decimalmark", "decimalMark"], ["decimal mark", "decimalMark"], ["decimal", "decimalMark"],
  ["currency", "currency"],
]);

const FIELD_WORDS: ReadonlyMap<string, FieldId> = new Map(
  FIELD_IDS.flatMap((field) => [[field.toLowerCase(), field], [FIELD_LABELS[field].toLowerCase(), field]] as [string, FieldId][]),
);

const DATE_ORDER_WORDS: ReadonlyMap<string, DateOrder> = new Map([
  ["day-first", "day-first"], ["day first", "day-first"], ["dmy", "day-first"], ["d/m/y", "day-first"], ["dd/mm/yyyy", "day-first"], ["d.m.y", "day-first"], ["dd.mm.yyyy", "day-first"],
  ["month-first", "month-first"], ["month first", "month-first"], ["mdy", "month-first"], ["m/d/y", "month-first"], ["mm/dd/yyyy", "month-first"],
]);

const DECIMAL_WORDS: ReadonlyMap<string, DecimalMark> = new Map([
  [",", ","], ["comma", ","], ["1.234,56", ","], ["1 234,56", ","],
  [".", "."], ["point", "."], ["dot", "."], ["period", "."], ["1,234.56", "."],
]);

/**
 * Reads the "Collect Settings" sheet: one setting per row under a `Setting | Sheet | Field | Value` header,
 * e.g. `mapping | Invoices | dueDate | F`, `role | Old data | | ignore`, `headerRow | Aging | | 5`,
 * `dateOrder | * | | day-first`, `decimalMark | Ledger | | ,`, `currency | Open Invoices | | ILS`.
 * A row it cannot read is reported with its address and left out.
 *
 * @example readSettings(gridOf([["Setting", "Sheet", "Field", "Value"], ["mapping", "Invoices", "dueDate", "F"]])).value.mapping //=> { Invoices: { dueDate: "F" } }
 */
export function readSettings(grid: Grid): Parsed<CollectSettings> {
  const issues: Issue[] = [];
  const mapping: Record<string, Record<string, string>> = {};
  const sheets: Record<string, SheetChoice> = {};
  const headerRows: Record<string, number> = {};
  const dateOrders: Record<string, DateOrder> = {};
  const decimalMarks: Record<string, DecimalMark> = {};
  const currencies: Record<string, string> = {};
  const start = findHeader(grid.values) + 1;

  for (let index = start; index < grid.values.length; index += 1) {
    const cells = grid.values[index] ?? [];
    if (cells.every((cell) => isBlankCell(cell))) continue;
    const row = grid.top + index;
    const fail = (column: number, what: string): void => {
      const address = toCellAddress(grid.sheetName, row, grid.left + column);
      issues.push(makeIssue("settings-row-unreadable", "warning", address,
        `Sheet "${grid.sheetName}", row ${String(row)}: ${what} Collect ignored this row.`));
    };
    const key = KEY_WORDS.get(cellText(cells[0]).toLowerCase());
    if (key === undefined) {
      // A lone text is a title or a note the bookkeeper wrote; anything else was meant as a setting.
      const isNote = cells.filter((cell) => !isBlankCell(cell)).length === 1 && typeof cells[0] === "string";
      if (!isNote) fail(0, `"${cellText(cells[0])}" is not a setting Collect knows (mapping, role, headerRow, dateOrder, decimalMark, currency).`);
      continue;
    }
    const sheet = cellText(cells[1]) === "" ? ANY_SHEET : cellText(cells[1]);
    const value = cellText(cells[3]);
    const lowerValue = value.toLowerCase();
    if (key === "mapping") {
      const field = FIELD_WORDS.get(cellText(cells[2]).toLowerCase());
      if (field === undefined) fail(2, `"${cellText(cells[2])}" is not a field Collect knows (for example invoiceNo, customerName, dueDate, amount, openBalance).`);
      else if (!isUnmapWord(lowerValue) && !columnNumber(value).ok) fail(3, `"${value}" is not a column letter (use A, B, … or "none").`);
      else (mapping[sheet] ??= {})[field] = isUnmapWord(lowerValue) ? "none" : value.toUpperCase().replace("$", "");
    } else if (key === "role") {
      const choice = SHEET_CHOICES.find((candidate) => candidate === lowerValue);
      if (choice === undefined) fail(3, `"${value}" is not a sheet role (${SHEET_CHOICES.join(", ")}).`);
      else sheets[sheet] = choice;
    } else if (key === "headerRow") {
      const number = Number(value);
      if (!Number.isInteger(number) || number < 1) fail(3, `"${value}" is not a row number.`);
      else headerRows[sheet] = number;
    } else if (key === "dateOrder") {
      const order = DATE_ORDER_WORDS.get(lowerValue);
      if (order === undefined) fail(3, `"${value}" is not a date order (day-first or month-first).`);
      else dateOrders[sheet] = order;
    } else if (key === "decimalMark") {
      const mark = DECIMAL_WORDS.get(lowerValue);
      if (mark === undefined) fail(3, `"${value}" is not a decimal mark ("." or ",").`);
      else decimalMarks[sheet] = mark;
    } else {
      const code = toCurrencyCode(value);
      if (!code.ok) fail(3, `"${value}" is not a currency code (for example USD, EUR, ILS).`);
      else currencies[sheet] = code.value;
    }
  }
  return { value: { mapping: mapping as Record<string, ColumnOverrides>, sheets, headerRows, dateOrders, decimalMarks, currencies }, issues };
}

/**
 * The rows of the "Collect Settings" sheet for these settings, title and header first, for a host to write.
 * `readSettings` reads them back to the same settings.
 *
 * @example settingsToRows({ ...EMPTY_SETTINGS, mapping: { Invoices: { dueDate: "F" } } })[2] //=> ["mapping", "Invoices", "dueDate", "F"]
 */
export function settingsToRows(settings: CollectSettings): readonly (readonly CellValue[])[] {
  const rows: CellValue[][] = [[TITLE, null, null, null], [...HEADER]];
  for (const [sheet, columns] of sorted(settings.mapping)) {
    for (const [field, letters] of sorted(columns)) if (letters !== undefined) rows.push(["mapping", sheet, field, letters]);
  }
  for (const [sheet, choice] of sorted(settings.sheets)) rows.push(["role", sheet, null, choice]);
  for (const [sheet, row] of sorted(settings.headerRows)) rows.push(["headerRow", sheet, null, row]);
  for (const [sheet, order] of sorted(settings.dateOrders)) rows.push(["dateOrder", sheet, null, order]);
  for (const [sheet, mark] of sorted(settings.decimalMarks)) rows.push(["decimalMark", sheet, null, mark]);
  for (const [sheet, code] of sorted(settings.currencies)) rows.push(["currency", sheet, null, code]);
  return rows;
}

/** Settings as read when the workbook has no settings sheet. */
export const NO_SETTINGS: Parsed<CollectSettings> = { value: EMPTY_SETTINGS, issues: [] };

function findHeader(values: readonly (readonly CellValue[])[]): number {
  const last = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < last; index += 1) {
    const cells = values[index] ?? [];
    if (cellText(cells[0]).toLowerCase() === "setting" && cellText(cells[3]).toLowerCase() === "value") return index;
  }
  return -1;
}

function isUnmapWord(text: string): boolean {
  return text === "none" || text === "-";
}

function sorted<T>(record: Readonly<Record<string, T>>): [string, T][] {
  return Object.entries(record).sort(([a], [b]) => a.localeCompare(b));
}
