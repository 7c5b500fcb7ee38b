import type { IsoDate } from "../core/dates/iso-date";
import type { Cents } from "../core/money/cents";
import { toCurrencyCode } from "../core/money/currency-code";
import { columnLetter, quoteSheetName } from "../core/excel/address";
import type { CellAddress, Issue, Severity } from "../core/types/issue";
import { cellText, isBlankCell, readIdText, readYesNo } from "./cell-text";
import type { FieldId } from "./fields";
import type { CustomerDetails } from "./ledger-drafts";
import { unknownCurrency, unreadableDate, unreadableOptionalAmount, unreadableYesNo } from "./messages";
import { columnOf, type SheetTable } from "./prepare-sheet";
import { readStatusWords, type StatusMeaning } from "./status-words";
import { parseTermsDays } from "./terms-days";
import type { TypedColumns } from "./typed-columns";

/** Reads the cells of one sheet's rows, reporting what it cannot read into `issues`. */
export interface SheetRowReader {
  /** Text of a cell, or null when the column is not mapped or the cell is blank. */
  text(column: number | undefined, row: number): string | null;
  /** An identifier (leading zeros kept, "123.0" → "123"). */
  id(column: number | undefined, row: number): string | null;
  /**
   * A date, or null. A cell that holds something unreadable is reported (once per cell; a column whose order
   * is unknown was reported once already) and read as null, with `outcome` telling the bookkeeper what
   * happened to the row.
   */
  date(column: number | undefined, row: number, field: FieldId, outcome: string, severity?: Severity): IsoDate | null;
  /** A yes/no cell. Text that is neither is reported and read as `whenUnreadable` (the safe side). */
  flag(column: number | undefined, row: number, field: FieldId, whenUnreadable: boolean, assumed: string): boolean;
  /** A currency code cell; unknown text is reported and read as null. */
  currency(column: number | undefined, row: number): string | null;
  /** Optional amount (credit limit, promise): unreadable is reported and read as null. */
  optionalCents(column: number | undefined, row: number, field: FieldId): Cents | null;
  /** Customer details in the mapped columns of this row. */
  details(row: number): CustomerDetails;
  /** What a status or document-type cell says (memoised: statuses repeat on every row). */
  status(column: number | undefined, row: number): StatusMeaning;
  /** Days the terms text gives (memoised), or null. */
  termsDays(terms: string): number | null;
  /** The address of the row's first cell, the row's `source`. */
  rowAddress(row: number): CellAddress;
  /** 1-based sheet row and column of a grid position. */
  sheetRow(row: number): number;
  sheetColumn(column: number): number;
}

const DETAIL_TEXT_FIELDS = ["email", "phone", "contactPerson", "address", "segment", "industryCode", "language", "collector", "terms"] as const;

/**
 * A reader over one sheet's rows, with the sheet's typed columns.
 *
 * @example sheetRowReader(table, typed, issues).id(0, 1) //=> "0000611365"
 */
export function sheetRowReader(table: SheetTable, typed: TypedColumns, issues: Issue[]): SheetRowReader {
  const { grid } = table;
  const value = (column: number | undefined, row: number) => (column === undefined ? undefined : grid.values[row]?.[column]);
  const sheetRow = (row: number): number => grid.top + row;
  const sheetColumn = (column: number): number => grid.left + column;
  const detailColumns = DETAIL_TEXT_FIELDS.map((field) => [field, columnOf(table, field)] as const).filter(([, column]) => column !== undefined);
  const creditLimitColumn = columnOf(table, "creditLimit");
  const onHoldColumn = columnOf(table, "onHold");
  const statusCache = new Map<string, StatusMeaning>();
  const termsCache = new Map<string, number | null>();
  const currencyCache = new Map<string, ReturnType<typeof toCurrencyCode>>();
  // Every row's source is its first cell: "'Open Invoices'!A" + row, built from this once-quoted prefix.
  const addressPrefix = `${quoteSheetName(table.name)}!${columnLetter(grid.left)}`;

  const reader: SheetRowReader = {
    text(column, row) {
      const cell = value(column, row);
      return isBlankCell(cell) ? null : cellText(cell);
    },
    id(column, row) {
      return readIdText(value(column, row));
    },
    date(column, row, field, outcome, severity = "warning") {
      if (column === undefined) return null;
      const cell = typed.date(column, row);
      if (cell === null || typeof cell === "string") return cell;
      if (!(cell.problem === "ambiguous-order" && typed.dateOrderUnsettled(column))) {
        issues.push(unreadableDate(table.name, sheetRow(row), sheetColumn(column), field, cell.problem, cell.text, outcome, severity));
      }
      return null;
    },
    flag(column, row, field, whenUnreadable, assumed) {
      if (column === undefined) return false;
      const cell = value(column, row);
      const read = readYesNo(cell);
      if (read !== null) return read;
      issues.push(unreadableYesNo(table.name, sheetRow(row), sheetColumn(column), field, cellText(cell), assumed));
      return whenUnreadable;
    },
    currency(column, row) {
      const text = reader.text(column, row);
      if (text === null || column === undefined) return null;
      let code = currencyCache.get(text);
      if (code === undefined) {
        code = toCurrencyCode(text);
        currencyCache.set(text, code);
      }
      if (code.ok) return code.value;
      issues.push(unknownCurrency(table.name, sheetRow(row), sheetColumn(column), text));
      return null;
    },
    optionalCents(column, row, field) {
      const cell = typed.amount(column, row);
      if (cell === null || column === undefined) return null;
      if ("cents" in cell) return cell.cents;
      issues.push(unreadableOptionalAmount(table.name, sheetRow(row), sheetColumn(column), field, cell.problem, cell.text));
      return null;
    },
    details(row) {
      const details: { -readonly [K in keyof CustomerDetails]: CustomerDetails[K] } = {};
      for (const [field, column] of detailColumns) {
        const text = reader.text(column, row);
        if (text !== null) details[field] = text;
      }
      const limit = reader.optionalCents(creditLimitColumn, row, "creditLimit");
      if (limit !== null) details.creditLimitCents = limit;
      if (onHoldColumn !== undefined) details.onHold = reader.flag(onHoldColumn, row, "onHold", true, "Collect treats the customer as on hold (not chased) until it is corrected.");
      return details;
    },
    status(column, row) {
      const text = reader.text(column, row) ?? "";
      let meaning = statusCache.get(text);
      if (meaning === undefined) {
        meaning = readStatusWords(text);
        statusCache.set(text, meaning);
      }
      return meaning;
    },
    termsDays(terms) {
      let days = termsCache.get(terms);
      if (days === undefined) {
        days = parseTermsDays(terms);
        termsCache.set(terms, days);
      }
      return days;
    },
    rowAddress(row) {
      return `${addressPrefix}${String(grid.top + row)}` as CellAddress;
    },
    sheetRow,
    sheetColumn,
  };
  return reader;
}
