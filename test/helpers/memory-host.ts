import type { DateSystem } from "../../src/core/excel/serial";
import { assertOwnedSheetNames, NotOwnedSheetError, OWNED_SHEET_PREFIX, SheetNotFoundError, type OwnedSheet, type WorkbookHost } from "../../src/hosts/host";
import type { CellValue, Grid, WorkbookGrids } from "../../src/workbook/grid";
import { ownedSheetToGrid } from "../../src/workbook/owned";

/** What a test can see of the calls a `MemoryHost` received. */
export interface MemoryHostLog {
  readonly reads: (readonly string[])[];
  readonly written: string[];
  readonly created: string[];
  readonly appended: { readonly sheet: string; readonly rows: readonly (readonly CellValue[])[] }[];
  readonly selected: (readonly string[])[];
}

/** Options for `MemoryHost`. */
export interface MemoryHostOptions {
  /** Offer `selectCells` like the Excel host (default true). */
  readonly canSelect?: boolean;
  /** Make the next calls fail: each read or write rejects with this error until it is set back to null. */
  readonly failWith?: Error | null;
}

/**
 * `WorkbookHost` over plain grids, for task-pane and service tests: sheets are `Grid`s, owned sheets are written as
 * `ownedSheetToGrid` lays them out, appended rows go below the last row. Refuses writes to sheets Collect does not
 * own, like the real hosts. Test-only.
 */
export class MemoryHost implements WorkbookHost {
  readonly ownedSheetPrefix = OWNED_SHEET_PREFIX;
  readonly log: MemoryHostLog = { reads: [], written: [], created: [], appended: [], selected: [] };
  failWith: Error | null;
  private readonly sheets: Grid[];
  private readonly system: DateSystem;

  constructor(book: WorkbookGrids, options: MemoryHostOptions = {}) {
    this.sheets = [...book.sheets];
    this.system = book.dateSystem;
    this.failWith = options.failWith ?? null;
    if (options.canSelect === false) delete this.selectCells;
  }

  async listSheets(): Promise<readonly string[]> {
    this.check();
    return this.sheets.map((grid) => grid.sheetName);
  }

  async readSheets(names: readonly string[]): Promise<readonly Grid[]> {
    this.check();
    this.log.reads.push(names);
    return names.map((name) => {
      const grid = this.find(name);
      if (grid === undefined) throw new SheetNotFoundError(name, this.sheets.map((g) => g.sheetName));
      return grid;
    });
  }

  async dateSystem(): Promise<DateSystem> {
    this.check();
    return this.system;
  }

  async writeOwnedSheets(sheets: readonly OwnedSheet[]): Promise<void> {
    this.check();
    this.assertWritable(sheets.map((sheet) => sheet.name));
    for (const sheet of sheets) {
      this.put(ownedSheetToGrid(sheet));
      this.log.written.push(sheet.name);
    }
  }

  async ensureOwnedSheet(sheet: OwnedSheet): Promise<boolean> {
    this.check();
    this.assertWritable([sheet.name]);
    if (this.find(sheet.name) !== undefined) return false;
    this.put(ownedSheetToGrid(sheet));
    this.log.created.push(sheet.name);
    return true;
  }

  async appendRows(sheetName: string, rows: readonly (readonly CellValue[])[], numberFormats?: readonly (string | undefined)[]): Promise<void> {
    this.check();
    assertOwnedSheetNames([sheetName]);
    const grid = this.find(sheetName);
    if (grid === undefined) throw new SheetNotFoundError(sheetName, this.sheets.map((g) => g.sheetName));
    const width = Math.max(grid.values[0]?.length ?? 0, ...rows.map((row) => row.length));
    const pad = <T,>(row: readonly T[], fill: T): T[] => [...row, ...new Array<T>(Math.max(0, width - row.length)).fill(fill)];
    this.put({
      ...grid,
      values: [...grid.values.map((row) => pad(row, null)), ...rows.map((row) => pad(row, null))],
      numberFormats: [
        ...grid.numberFormats.map((row) => pad(row, "General")),
        ...rows.map((row) => pad(row.map((_, c) => numberFormats?.[c] ?? "General"), "General")),
      ],
    });
    this.log.appended.push({ sheet: sheetName, rows });
  }

  selectCells?: (addresses: readonly string[]) => Promise<void> = async (addresses) => {
    this.check();
    this.log.selected.push(addresses);
  };

  /** The grid of a sheet as it is now (tests read what was written). */
  grid(name: string): Grid | undefined {
    return this.find(name);
  }

  private check(): void {
    if (this.failWith !== null) throw this.failWith;
  }

  private find(name: string): Grid | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((grid) => grid.sheetName.toLowerCase() === wanted);
  }

  private assertWritable(names: readonly string[]): void {
    assertOwnedSheetNames(names);
    for (const name of names) {
      const existing = this.find(name);
      if (existing !== undefined && existing.sheetName !== name) throw new NotOwnedSheetError(name, `the workbook has "${existing.sheetName}"`);
    }
  }

  private put(grid: Grid): void {
    const index = this.sheets.findIndex((g) => g.sheetName.toLowerCase() === grid.sheetName.toLowerCase());
    if (index === -1) this.sheets.push(grid);
    else this.sheets[index] = grid;
  }
}
