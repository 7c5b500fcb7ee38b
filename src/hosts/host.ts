import type { DateSystem } from "../core/excel/serial";
import type { CellValue, Grid } from "../workbook/grid";
import type { OwnedSheet } from "../workbook/owned-sheet";

/** Prefix of every sheet Collect owns. Collect never writes to a sheet whose name does not start with it. */
export const OWNED_SHEET_PREFIX = "Collect ";

/** Table style of every sheet Collect writes as an Excel Table (Excel's default blue, banded). */
export const DEFAULT_TABLE_STYLE = "TableStyleMedium2";

export type { OwnedBlock, OwnedChart, OwnedColumn, OwnedSheet } from "../workbook/owned-sheet";

/**
 * The one interface between Collect and a workbook. `hosts/excel` implements it with Office.js,
 * `hosts/file` with ExcelJS/CSV. The task pane, CLI and tests only see this.
 *
 * Strings are always written as text: a value such as "=SUM(A1)", "+1", "-", "@home" or "00123" lands in the
 * cell as that exact text, never as a formula or a number.
 */
export interface WorkbookHost {
  /** Every sheet Collect writes starts with this ("Collect "). */
  readonly ownedSheetPrefix: string;
  /** Names of all worksheets, in tab order. */
  listSheets(): Promise<readonly string[]>;
  /**
   * The used range of each named sheet (values + number formats), read in one batch, in the order asked.
   * Throws `SheetNotFoundError` when a name is not a sheet of the workbook (sheet names match without regard to case,
   * as in Excel).
   */
  readSheets(names: readonly string[]): Promise<readonly Grid[]>;
  /** The workbook's date system (1900, or 1904 for workbooks from early Mac Excel). */
  dateSystem(): Promise<DateSystem>;
  /**
   * Replaces the content of sheets Collect owns (creating them). Throws `NotOwnedSheetError`, before touching the
   * workbook, for a name without the owned prefix or one that matches a user's sheet.
   */
  writeOwnedSheets(sheets: readonly OwnedSheet[]): Promise<void>;
  /** Creates an owned sheet with default content only if it does not exist yet (Policy, Letters, Log). True when created. */
  ensureOwnedSheet(sheet: OwnedSheet): Promise<boolean>;
  /**
   * Appends rows below the last used row of an owned sheet (the contact log), extending its table when it has one.
   * Throws `NotOwnedSheetError` for a sheet Collect does not own and `SheetNotFoundError` when it does not exist.
   * `numberFormats` gives each column's format (a log's dates stay dates even when it was empty); a column without
   * one takes the format of the row above.
   */
  appendRows(sheetName: string, rows: readonly (readonly CellValue[])[], numberFormats?: readonly (string | undefined)[]): Promise<void>;
  /**
   * Optional: selects ranges in the workbook the user is looking at, so the task pane can point at a customer's
   * rows. Addresses are ranges with their sheet (`'Open Invoices'!A12:M12`); only the first sheet named is
   * activated, with every range of it selected. Hosts without a user interface (files) leave it out.
   */
  selectCells?(addresses: readonly string[]): Promise<void>;
  /**
   * Optional: `listSheets`, `readSheets` of every sheet and `dateSystem` in one go, for hosts where each call costs a
   * round trip (Excel: 2 syncs instead of 4). Callers fall back to the three calls when a host leaves it out.
   */
  readWorkbook?(options?: ReadWorkbookOptions): Promise<WorkbookRead>;
  /**
   * Optional: `ensureOwnedSheet` for each of `create`, `writeOwnedSheets(replace)` and `appendRows(append)` in one go,
   * with the same refusals (checked before anything is written) and the same results. Excel: 2 syncs, 3 with an
   * append, where the separate calls take 2 each and 3 for the append. Callers fall back when a host leaves it out.
   */
  writeBatch?(batch: OwnedWriteBatch): Promise<void>;
}

/** The whole workbook as one read sees it (`readWorkbook`). */
export interface WorkbookRead {
  /** Names of all worksheets, in tab order. */
  readonly sheetNames: readonly string[];
  /** The used range of every sheet, in the same order. */
  readonly grids: readonly Grid[];
  readonly dateSystem: DateSystem;
}

/** Options for `readWorkbook`. */
export interface ReadWorkbookOptions {
  /** Sheets not worth reading (Collect's own generated output): they come back as empty grids, still named. */
  readonly skip?: (sheetName: string) => boolean;
}

/** Rows to add below an owned sheet's last row (as `appendRows`). */
export interface OwnedAppend {
  readonly sheetName: string;
  readonly rows: readonly (readonly CellValue[])[];
  readonly numberFormats?: readonly (string | undefined)[];
}

/** Everything a run writes, for hosts that can write it in one go (`writeBatch`). */
export interface OwnedWriteBatch {
  /** Sheets created with this content only when they do not exist yet (as `ensureOwnedSheet`). */
  readonly create: readonly OwnedSheet[];
  /** Sheets whose content is replaced (as `writeOwnedSheets`). */
  readonly replace: readonly OwnedSheet[];
  /** Rows appended to an owned sheet that exists (as `appendRows`), after the sheets above are written. */
  readonly append?: OwnedAppend;
}

/** True when Collect may write to a sheet of this name: it starts with the owned prefix, in exactly that case. */
export function isOwnedSheetName(name: string): boolean {
  return name.startsWith(OWNED_SHEET_PREFIX) && name.length > OWNED_SHEET_PREFIX.length;
}

/** A write was aimed at a sheet Collect does not own. A programmer error: callers only build owned names. */
export class NotOwnedSheetError extends Error {
  override readonly name = "NotOwnedSheetError";
  constructor(readonly sheetName: string, reason = `it does not start with "${OWNED_SHEET_PREFIX}"`) {
    super(`Collect refuses to write to sheet "${sheetName}": ${reason}.`);
  }
}

/** A sheet asked for by name is not in the workbook. */
export class SheetNotFoundError extends Error {
  override readonly name = "SheetNotFoundError";
  constructor(readonly sheetName: string, readonly available: readonly string[]) {
    super(`No sheet named "${sheetName}" in the workbook (sheets: ${available.map((n) => `"${n}"`).join(", ")}).`);
  }
}

/** Throws `NotOwnedSheetError` unless every name may be written by Collect. */
export function assertOwnedSheetNames(names: readonly string[]): void {
  for (const name of names) {
    if (!isOwnedSheetName(name)) throw new NotOwnedSheetError(name);
  }
}
