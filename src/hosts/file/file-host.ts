import ExcelJS from "exceljs";
import type { DateSystem } from "../../core/excel/serial";
import type { CellValue, Grid } from "../../workbook/grid";
import { blockAddress, parseBlockAddress } from "../_lib/a1";
import { InvalidOwnedSheetError, layOutOwnedSheet, uniqueTableName } from "../_lib/owned-layout";
import {
  NotOwnedSheetError,
  OWNED_SHEET_PREFIX,
  SheetNotFoundError,
  assertOwnedSheetNames,
  isOwnedSheetName,
  type OwnedSheet,
  type OwnedWriteBatch,
  type WorkbookHost,
  type ReadWorkbookOptions,
  type WorkbookRead,
} from "../host";
import type { CsvDelimiter, CsvEncoding, CsvProblem, CsvSheet } from "./_lib/csv";
import { orderNoOf, setOrderNo, tableModelsOf } from "./_lib/exceljs-internals";
import { readWorksheetGrid } from "./_lib/read-worksheet";
import { toExcelJsValue, writeOwnedWorksheet } from "./_lib/write-worksheet";

/** How a CSV file was read: what the bookkeeper would want to know when something looks off. */
export interface CsvReadInfo {
  readonly sheetName: string;
  readonly encoding: CsvEncoding;
  readonly delimiter: CsvDelimiter;
  readonly problems: readonly CsvProblem[];
}

/** Where a `FileHost`'s workbook came from. */
export interface FileHostSource {
  /** The file name it was opened as (for messages), e.g. "ar.xlsx". */
  readonly fileName: string;
  /** The path it was read from, when it was read from disk: `saveAs` refuses to write over it. */
  readonly path?: string;
}

/** `saveAs` was asked to write over the file the workbook was read from; Collect never modifies its input. */
export class WouldOverwriteSourceError extends Error {
  override readonly name = "WouldOverwriteSourceError";
  constructor(readonly path: string) {
    super(`Refusing to write over the input file ${path}: Collect writes a copy and never modifies its input.`);
  }
}

/**
 * `WorkbookHost` over an ExcelJS workbook (an .xlsx read from disk or memory, or a CSV held as one text-only sheet).
 * Reads never change the workbook; writes only create, replace or append to sheets named "Collect …"; the user's
 * sheets are written back by ExcelJS as it read them (see the round-trip tests for what ExcelJS keeps).
 * An owned sheet's `charts` are skipped: ExcelJS cannot write charts, so files written by the CLI have none (the
 * Excel host adds them); such sheets carry a note row saying so.
 */
export class FileHost implements WorkbookHost {
  readonly ownedSheetPrefix = OWNED_SHEET_PREFIX;
  /** The CSV sheet until the workbook is saved (kept as a grid so a 100k-row CSV does not become 1.5M ExcelJS cells). */
  private csv: CsvSheet | null;
  private readonly csvInfo: CsvReadInfo | null;

  constructor(
    private readonly workbook: ExcelJS.Workbook,
    readonly source: FileHostSource,
    csv: CsvSheet | null = null,
  ) {
    this.csv = csv;
    this.csvInfo =
      csv === null
        ? null
        : { sheetName: csv.grid.sheetName, encoding: csv.encoding, delimiter: csv.delimiter, problems: csv.problems };
  }

  /** How the CSV was decoded and split, or null for a workbook file. */
  get csvReadInfo(): CsvReadInfo | null {
    return this.csvInfo;
  }

  async listSheets(): Promise<readonly string[]> {
    return this.sheetNames();
  }

  async readSheets(names: readonly string[]): Promise<readonly Grid[]> {
    const system = this.system();
    return names.map((name) => {
      const actual = this.resolveSheetName(name);
      if (actual === null) throw new SheetNotFoundError(name, this.sheetNames());
      if (this.csv !== null && actual === this.csv.grid.sheetName) return this.csv.grid;
      return readWorksheetGrid(this.worksheet(actual), system);
    });
  }

  async dateSystem(): Promise<DateSystem> {
    return this.system();
  }

  async writeOwnedSheets(sheets: readonly OwnedSheet[]): Promise<void> {
    this.writeAll(sheets, "replace");
  }

  async ensureOwnedSheet(sheet: OwnedSheet): Promise<boolean> {
    return this.writeAll([sheet], "create-only") > 0;
  }

  async appendRows(sheetName: string, rows: readonly (readonly CellValue[])[], numberFormats?: readonly (string | undefined)[]): Promise<void> {
    assertOwnedSheetNames([sheetName]);
    const actual = this.resolveSheetName(sheetName);
    if (actual === null) throw new SheetNotFoundError(sheetName, this.sheetNames());
    this.assertReplaceable(sheetName, actual);
    if (rows.length === 0) return;
    const worksheet = this.worksheet(actual);
    const grid = readWorksheetGrid(worksheet, this.system());
    const lastRow = grid.values.length === 0 ? 0 : grid.top + grid.values.length - 1;
    const tables = tableModelsOf(worksheet).map((model) => ({ model, block: parseBlockAddress(model.tableRef) }));
    const table = tables.find(({ block }) => block.bottom >= lastRow) ?? tables[tables.length - 1];
    const left = table?.block.left ?? (grid.values.length === 0 ? 1 : grid.left);
    // Below the table when it ends under the last value (its placeholder row is reused), else below the last value.
    const firstRow = Math.max(lastRow, table === undefined ? 0 : table.block.top) + 1;
    const formatRow = firstRow - 1;
    rows.forEach((row, r) => {
      row.forEach((value, c) => {
        const cell = worksheet.getCell(firstRow + r, left + c);
        cell.value = toExcelJsValue(value, `'${actual}'!R${firstRow + r}C${left + c}`);
        // New rows take the column's given format, else the format of the row above, so the log's dates stay dates.
        const above = numberFormats?.[c] ?? (formatRow > 0 ? worksheet.getCell(formatRow, left + c).numFmt : undefined);
        if (typeof above === "string" && above !== "") cell.numFmt = above;
      });
    });
    if (table !== undefined) {
      const width = Math.max(table.block.right - table.block.left + 1, ...rows.map((row) => row.length));
      const grown = blockAddress({
        top: table.block.top,
        left: table.block.left,
        bottom: Math.max(table.block.bottom, firstRow + rows.length - 1),
        right: table.block.left + width - 1,
      });
      table.model.tableRef = grown;
      table.model.autoFilterRef = grown;
    }
  }

  /** Every sheet name, every sheet's grid and the date system (the three reads in one call). */
  async readWorkbook(options?: ReadWorkbookOptions): Promise<WorkbookRead> {
    const sheetNames = this.sheetNames();
    const skip = options?.skip ?? (() => false);
    const grids = await Promise.all(sheetNames.map(async (name) => (skip(name) ? { sheetName: name, top: 1, left: 1, values: [], numberFormats: [] } : ((await this.readSheets([name]))[0] as Grid))));
    return { sheetNames, grids, dateSystem: this.system() };
  }

  /**
   * `ensureOwnedSheet` for each of `create`, `writeOwnedSheets(replace)` and `appendRows(append)`, after checking every
   * name (and that the append's sheet exists) so a refused batch leaves the workbook untouched.
   */
  async writeBatch(batch: OwnedWriteBatch): Promise<void> {
    const names = [...batch.create, ...batch.replace].map((sheet) => sheet.name);
    assertOwnedSheetNames(batch.append === undefined ? names : [...names, batch.append.sheetName]);
    if (new Set(names.map((name) => name.toLowerCase())).size !== names.length) throw new InvalidOwnedSheetError(`An owned sheet is written twice in one batch (${names.join(", ")}).`);
    for (const name of names) {
      const existing = this.resolveSheetName(name);
      if (existing !== null) this.assertReplaceable(name, existing);
    }
    if (batch.append !== undefined) {
      const target = this.resolveSheetName(batch.append.sheetName);
      if (target === null) throw new SheetNotFoundError(batch.append.sheetName, this.sheetNames());
      this.assertReplaceable(batch.append.sheetName, target);
    }
    this.writeAll(batch.create, "create-only");
    this.writeAll(batch.replace, "replace");
    if (batch.append !== undefined) await this.appendRows(batch.append.sheetName, batch.append.rows, batch.append.numberFormats);
  }

  /** The workbook as .xlsx bytes: the user's sheets as read, the CSV as a text sheet, and the Collect sheets. */
  async toBuffer(): Promise<Uint8Array> {
    this.materialiseCsv();
    const written = await this.workbook.xlsx.writeBuffer();
    return new Uint8Array(written);
  }

  /** Writes the workbook as .xlsx to `path`. Throws `WouldOverwriteSourceError` when `path` is the input file. */
  async saveAs(path: string): Promise<void> {
    const { resolve } = await import("node:path");
    if (this.source.path !== undefined && resolve(path) === resolve(this.source.path)) {
      throw new WouldOverwriteSourceError(path);
    }
    const bytes = await this.toBuffer();
    const { writeFile } = await import("node:fs/promises");
    await writeFile(path, bytes);
  }

  private system(): DateSystem {
    return this.workbook.properties.date1904 === true ? "1904" : "1900";
  }

  private sheetNames(): string[] {
    const names = this.workbook.worksheets.map((worksheet) => worksheet.name);
    return this.csv === null ? names : [this.csv.grid.sheetName, ...names];
  }

  /** The sheet's actual name, matched without regard to case as Excel matches sheet names; null when absent. */
  private resolveSheetName(name: string): string | null {
    const wanted = name.toLowerCase();
    return this.sheetNames().find((candidate) => candidate.toLowerCase() === wanted) ?? null;
  }

  private worksheet(name: string): ExcelJS.Worksheet {
    const worksheet = this.workbook.getWorksheet(name);
    if (worksheet === undefined) throw new SheetNotFoundError(name, this.sheetNames());
    return worksheet;
  }

  /** A sheet that matches an owned name only by ignoring case is still the user's ("collect notes"): refuse it. */
  private assertReplaceable(requested: string, actual: string): void {
    const isCsvSheet = this.csv !== null && actual === this.csv.grid.sheetName;
    if (isCsvSheet || !isOwnedSheetName(actual)) {
      throw new NotOwnedSheetError(requested, `the workbook's own sheet "${actual}" has that name`);
    }
  }

  /** Validates everything first, so a refused write leaves the workbook untouched. Returns the number of sheets written. */
  private writeAll(sheets: readonly OwnedSheet[], mode: "replace" | "create-only"): number {
    assertOwnedSheetNames(sheets.map((sheet) => sheet.name));
    const seen = new Set<string>();
    for (const sheet of sheets) {
      const key = sheet.name.toLowerCase();
      if (seen.has(key)) throw new InvalidOwnedSheetError(`Owned sheet "${sheet.name}" is written twice in one call.`);
      seen.add(key);
    }
    const plans = sheets.map((sheet) => {
      const existing = this.resolveSheetName(sheet.name);
      if (existing !== null) this.assertReplaceable(sheet.name, existing);
      return { layout: layOutOwnedSheet(sheet), existing };
    });
    let written = 0;
    for (const { layout, existing } of plans) {
      if (existing !== null && mode === "create-only") continue;
      let orderNo: number | null = null;
      if (existing !== null) {
        const old = this.worksheet(existing);
        orderNo = orderNoOf(old);
        this.workbook.removeWorksheet(old.id);
      }
      const worksheet = this.workbook.addWorksheet(layout.name);
      if (orderNo !== null) setOrderNo(worksheet, orderNo);
      writeOwnedWorksheet(worksheet, layout, uniqueTableName(layout.name, this.takenTableNames()));
      written += 1;
    }
    return written;
  }

  /** Lower-cased names of every table and defined name: a new table name must differ from all of them. */
  private takenTableNames(): Set<string> {
    const taken = new Set<string>();
    for (const worksheet of this.workbook.worksheets) {
      for (const model of tableModelsOf(worksheet)) taken.add(model.name.toLowerCase());
    }
    for (const defined of this.workbook.definedNames.model) taken.add(defined.name.toLowerCase());
    return taken;
  }

  /** Turns the CSV grid into a real first sheet of text cells (once, on the first save). */
  private materialiseCsv(): void {
    if (this.csv === null) return;
    const { grid } = this.csv;
    const worksheet = this.workbook.addWorksheet(grid.sheetName);
    setOrderNo(worksheet, Math.min(0, ...this.workbook.worksheets.map(orderNoOf)) - 1);
    grid.values.forEach((row, r) => {
      const sheetRow = worksheet.getRow(grid.top + r);
      row.forEach((value, c) => {
        if (value !== null) sheetRow.getCell(grid.left + c).value = toExcelJsValue(value, `${grid.sheetName}!R${r + 1}`);
      });
    });
    this.csv = null;
  }
}
