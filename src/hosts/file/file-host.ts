import ExcelJS from "exceljs";
import type { DateSystem } from "../../core/excel/serial";
import type { CellValue, Grid } from "../../workbook/grid";
import { blockAddress, parseBlockAddress } from "../_lib/a1";
import { InvalidOwnedSheetError, layOutOwnedSheet, uniqueTableName, type OwnedSheetLayout } from "../_lib/owned-layout";
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
import type { OwnedSheetSource } from "./_lib/owned-sheet-xml";
import { writePackageCopy, type PackageCopyRefusal } from "./_lib/package-copy";
import { rebuildOwnedSheet } from "./_lib/rebuild-owned-sheet";
import { readWorksheetGrid } from "./_lib/read-worksheet";
import { assertStorableNumbers, toExcelJsValue, writeOwnedWorksheet } from "./_lib/write-worksheet";

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

/**
 * How the last `toBuffer`/`saveAs` wrote the copy: by editing the input package (the user's parts byte for byte), or
 * through ExcelJS (a CSV, a workbook built in memory, or a package the editor declined, with its reason).
 */
export type SaveRoute =
  | { readonly route: "package-copy" }
  | { readonly route: "exceljs"; readonly reason: PackageCopyRefusal | "no-input-package" | "log-not-rebuildable" };

/** `saveAs` was asked to write over the file the workbook was read from; Collect never modifies its input. */
export class WouldOverwriteSourceError extends Error {
  override readonly name = "WouldOverwriteSourceError";
  constructor(readonly path: string) {
    super(`Refusing to write over the input file ${path}: Collect writes a copy and never modifies its input.`);
  }
}

/**
 * `WorkbookHost` over an ExcelJS workbook (an .xlsx read from disk or memory, or a CSV held as one text-only sheet).
 * Reads never change the workbook; writes only create, replace or append to sheets named "Collect …". Opened from
 * .xlsx bytes, the copy is the input package with Collect's sheets put into it, every other part byte for byte (so
 * charts, pivot tables and images ExcelJS cannot round-trip stay); otherwise ExcelJS writes the whole workbook (see
 * the round-trip tests for what it keeps).
 * An owned sheet's `charts` are skipped: ExcelJS cannot write charts, so files written by the CLI have none (the
 * Excel host adds them); such sheets carry a note row saying so.
 */
export class FileHost implements WorkbookHost {
  readonly ownedSheetPrefix = OWNED_SHEET_PREFIX;
  /** The CSV sheet until the workbook is saved (kept as a grid so a 100k-row CSV does not become 1.5M ExcelJS cells). */
  private csv: CsvSheet | null;
  private readonly csvInfo: CsvReadInfo | null;
  /**
   * Owned sheets written since the workbook was opened, by lower-case name, in the order they were first written: the
   * layout and table name it was written with, or null when rows were appended (it is rebuilt from its cells).
   */
  private readonly ownedWrites = new Map<string, { readonly layout: OwnedSheetLayout; readonly tableName: string } | null>();
  /**
   * Owned sheets (lower-case names) whose ExcelJS worksheet is still empty: with an input package to edit, a written
   * sheet's cells go into ExcelJS only when something reads them or ExcelJS saves, since the package copy writes them
   * from the layout (800k cells at 100k invoices: a second of work and a larger heap for nothing).
   */
  private readonly unfilled = new Set<string>();
  private route: SaveRoute | null = null;

  /** `packageBytes`: the .xlsx the workbook was read from, which the copy is made by editing (null: save through ExcelJS). */
  constructor(
    private readonly workbook: ExcelJS.Workbook,
    readonly source: FileHostSource,
    csv: CsvSheet | null = null,
    private readonly packageBytes: Uint8Array | null = null,
  ) {
    this.csv = csv;
    this.csvInfo =
      csv === null
        ? null
        : { sheetName: csv.grid.sheetName, encoding: csv.encoding, delimiter: csv.delimiter, problems: csv.problems };
  }

  /** How the last save wrote the copy, or null before the first. */
  get lastSaveRoute(): SaveRoute | null {
    return this.route;
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
    this.ownedWrites.set(actual.toLowerCase(), null);
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

  /**
   * The workbook as .xlsx bytes: the user's sheets as read, the CSV as a text sheet, and the Collect sheets. Opened
   * from an .xlsx, the input package with Collect's sheets put in (the user's parts byte for byte); else, or when that
   * package has a shape the editor declines, ExcelJS's save. `lastSaveRoute` says which.
   */
  async toBuffer(): Promise<Uint8Array> {
    if (this.packageBytes !== null && this.csv === null) {
      const sources = this.ownedSources();
      if (sources !== null) {
        const copy = await writePackageCopy(this.packageBytes, this.sheetNames(), sources);
        this.route = copy.ok ? { route: "package-copy" } : { route: "exceljs", reason: copy.reason };
        if (copy.ok) return copy.bytes;
      } else {
        this.route = { route: "exceljs", reason: "log-not-rebuildable" };
      }
    } else {
      this.route = { route: "exceljs", reason: "no-input-package" };
    }
    this.materialiseCsv();
    for (const key of [...this.unfilled]) this.worksheet(this.resolveSheetName(key) ?? key);
    const written = await this.workbook.xlsx.writeBuffer();
    return new Uint8Array(written);
  }

  /** What the package copy writes for each owned sheet written since opening, or null when one cannot be rebuilt. */
  private ownedSources(): OwnedSheetSource[] | null {
    const sources: OwnedSheetSource[] = [];
    for (const [key, written] of this.ownedWrites) {
      const actual = this.resolveSheetName(key);
      if (actual === null) throw new SheetNotFoundError(key, this.sheetNames());
      const source = written ?? rebuildOwnedSheet(this.worksheet(actual), this.system());
      if (source === null) return null;
      sources.push(source);
    }
    return sources;
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

  /** The ExcelJS worksheet of a sheet, with its cells (an owned sheet written since opening is filled first). */
  private worksheet(name: string): ExcelJS.Worksheet {
    const worksheet = this.workbook.getWorksheet(name);
    if (worksheet === undefined) throw new SheetNotFoundError(name, this.sheetNames());
    const key = name.toLowerCase();
    const written = this.ownedWrites.get(key);
    if (this.unfilled.has(key) && written !== undefined && written !== null) {
      this.unfilled.delete(key);
      writeOwnedWorksheet(worksheet, written.layout, written.tableName);
    }
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
      const layout = layOutOwnedSheet(sheet);
      assertStorableNumbers(layout);
      return { layout, existing };
    });
    let written = 0;
    for (const { layout, existing } of plans) {
      if (existing !== null && mode === "create-only") continue;
      let orderNo: number | null = null;
      if (existing !== null) {
        const old = this.workbook.getWorksheet(existing);
        if (old === undefined) throw new SheetNotFoundError(existing, this.sheetNames());
        orderNo = orderNoOf(old);
        this.workbook.removeWorksheet(old.id);
        this.unfilled.delete(existing.toLowerCase());
      }
      const worksheet = this.workbook.addWorksheet(layout.name);
      if (orderNo !== null) setOrderNo(worksheet, orderNo);
      const tableName = uniqueTableName(layout.name, this.takenTableNames());
      const key = layout.name.toLowerCase();
      this.ownedWrites.set(key, { layout, tableName });
      if (this.packageBytes === null) writeOwnedWorksheet(worksheet, layout, tableName);
      else this.unfilled.add(key);
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
    for (const key of this.unfilled) {
      const written = this.ownedWrites.get(key);
      if (written !== undefined && written !== null) taken.add(written.tableName.toLowerCase());
    }
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
