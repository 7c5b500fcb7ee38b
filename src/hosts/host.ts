import type { DateSystem } from "../core/excel/serial";
import type { CellValue, Grid } from "../workbook/grid";

/** Prefix of every sheet Collect owns. Collect never writes to a sheet whose name does not start with it. */
export const OWNED_SHEET_PREFIX = "Collect ";

/** A column of a sheet Collect writes: header text, Excel number format, and width in characters. */
export interface OwnedColumn {
  readonly header: string;
  /** Excel number format code, e.g. "yyyy-mm-dd", "#,##0.00", "@" for text. */
  readonly numberFormat?: string;
  readonly width?: number;
}

/** A sheet Collect writes in full (its content is replaced on every run). */
export interface OwnedSheet {
  readonly name: string;
  readonly columns: readonly OwnedColumn[];
  readonly rows: readonly (readonly CellValue[])[];
  /** Rows of text written above the table (title, basis, check cells); the table starts below them. */
  readonly preamble?: readonly (readonly CellValue[])[];
  /** Write the rows as an Excel Table with filters and banding (default true). */
  readonly asTable?: boolean;
  /** Freeze panes below the header row (default true). */
  readonly freezeHeader?: boolean;
}

/**
 * The one interface between Collect and a workbook. `hosts/excel` implements it with Office.js,
 * `hosts/file` with ExcelJS/CSV. The task pane, CLI and tests only see this.
 */
export interface WorkbookHost {
  /** Every sheet Collect writes starts with this ("Collect "). */
  readonly ownedSheetPrefix: string;
  /** Names of all worksheets, in tab order. */
  listSheets(): Promise<readonly string[]>;
  /** The used range of each named sheet (values + number formats), read in one batch. */
  readSheets(names: readonly string[]): Promise<readonly Grid[]>;
  /** The workbook's date system (1900, or 1904 for workbooks from early Mac Excel). */
  dateSystem(): Promise<DateSystem>;
  /** Replaces the content of sheets Collect owns (creating them). Rejects a name without the owned prefix. */
  writeOwnedSheets(sheets: readonly OwnedSheet[]): Promise<void>;
  /** Creates an owned sheet with default content only if it does not exist yet (Policy, Letters, Log). */
  ensureOwnedSheet(sheet: OwnedSheet): Promise<boolean>;
  /** Appends rows below the last used row of an owned sheet (the contact log). */
  appendRows(sheetName: string, rows: readonly (readonly CellValue[])[]): Promise<void>;
}
