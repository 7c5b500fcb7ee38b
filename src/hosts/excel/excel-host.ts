import type { DateSystem } from "../../core/excel/serial";
import type { CellValue, Grid } from "../../workbook/grid";
import { InvalidOwnedSheetError, layOutOwnedSheet } from "../_lib/owned-layout";
import {
  OWNED_SHEET_PREFIX,
  assertOwnedSheetNames,
  type OwnedSheet,
  type OwnedWriteBatch,
  type WorkbookHost,
  type ReadWorkbookOptions,
  type WorkbookRead,
} from "../host";
import { DEFAULT_PAYLOAD_BUDGET_BYTES } from "./_lib/payload";
import { measureAppendTarget, writeAppend } from "./_lib/append-rows";
import { loadSheetNames, matchSheetName, readSheetsInBatch } from "./_lib/read-sheets";
import { areasToSelect } from "./_lib/select-areas";
import { applyInBatches, existingOwnedSheet, loadWorkbookState, planOwnedSheets } from "./_lib/write-sheets";

/** Runs one batch of Office.js work in a request context: `Excel.run`, or a test's fake. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelHostOptions {
  /** How to get a request context (default `Excel.run`). */
  readonly run?: ExcelRun;
  /**
   * Bytes one sync may carry each way (default 4.5 MB, under Excel on the web's 5 MB request/response limit).
   * null sends everything in one sync whatever its size: reads take 2 syncs, writes 2, but a large workbook then
   * fails on Excel on the web.
   */
  readonly payloadBudgetBytes?: number | null;
  /** Read merged areas with `getMergedAreasOrNullObject` (ExcelApi 1.13). Default: when the host supports 1.13. */
  readonly readMergedAreas?: boolean;
}

/** A sheet left unread: its name and no cells. */
function emptyGrid(sheetName: string): Grid {
  return { sheetName, top: 1, left: 1, values: [], numberFormats: [] };
}

/** DATE(1904,1,1) is serial 0 in a 1904 workbook and 1462 in a 1900 one: the released API has no date-system property. */
const PROBE_YEAR = 1904;

function defaultRun<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(batch);
}

function supportsExcelApi(version: string): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
}

/**
 * `WorkbookHost` over the open workbook through Office.js. The only code in Collect that calls `Excel.*`.
 * Each method is one `Excel.run`; the number of syncs depends on the payload, never on a loop over rows:
 * - `listSheets`, `dateSystem`: 1 sync.
 * - `readSheets`: 2 syncs without a budget; with the default budget 3 syncs up to ~4.5 MB of values and number
 *   formats (≈110k cells), then one more per further ~4.5 MB.
 * - `writeOwnedSheets`/`ensureOwnedSheet`: 1 sync to look at the workbook, then 1 per ~4.5 MB of values
 *   (100k rows × 15 columns of typical worklist data ≈ 15 MB → 4 + 1 = 5 syncs).
 * - `appendRows`: 3 syncs (look, measure, write) for a log-sized append.
 * - `readWorkbook`: 2 syncs without a budget (names and date system, then every sheet), else 2 + 1 per ~4.5 MB.
 * - `writeBatch`: 2 syncs without a budget (look, write everything), 3 with an append; a budget adds 1 per ~4.5 MB.
 * - `selectCells`: 1 sync.
 */
export class ExcelHost implements WorkbookHost {
  readonly ownedSheetPrefix = OWNED_SHEET_PREFIX;
  private readonly run: ExcelRun;
  private readonly budgetBytes: number | null;
  private readonly readMergedAreas: boolean;

  constructor(options: ExcelHostOptions = {}) {
    this.run = options.run ?? defaultRun;
    this.budgetBytes = options.payloadBudgetBytes === undefined ? DEFAULT_PAYLOAD_BUDGET_BYTES : options.payloadBudgetBytes;
    this.readMergedAreas = options.readMergedAreas ?? supportsExcelApi("1.13");
  }

  listSheets(): Promise<readonly string[]> {
    return this.run((context) => loadSheetNames(context));
  }

  readSheets(names: readonly string[]): Promise<readonly Grid[]> {
    return this.run((context) =>
      readSheetsInBatch(context, names, { budgetBytes: this.budgetBytes, readMergedAreas: this.readMergedAreas }),
    );
  }

  dateSystem(): Promise<DateSystem> {
    return this.run(async (context) => {
      const probe = context.workbook.functions.date(PROBE_YEAR, 1, 1);
      probe.load("value");
      await context.sync();
      return probe.value === 0 ? "1904" : "1900";
    });
  }

  async writeOwnedSheets(sheets: readonly OwnedSheet[]): Promise<void> {
    await this.write(sheets, "replace");
  }

  async ensureOwnedSheet(sheet: OwnedSheet): Promise<boolean> {
    return (await this.write([sheet], "create-only")) > 0;
  }

  async appendRows(sheetName: string, rows: readonly (readonly CellValue[])[], numberFormats?: readonly (string | undefined)[]): Promise<void> {
    assertOwnedSheetNames([sheetName]);
    if (rows.length === 0) return;
    await this.run(async (context) => {
      const state = await loadWorkbookState(context);
      const target = measureAppendTarget(context, state, sheetName);
      await context.sync();
      await writeAppend(context, target, rows, numberFormats, this.budgetBytes);
    });
  }

  /**
   * The sheet names and the date system (1 sync), then every sheet's used range (1 sync without a payload budget;
   * with one, 1 for the sizes and 1 per ~4.5 MB): one `Excel.run` where the three separate calls take four syncs.
   */
  readWorkbook(options?: ReadWorkbookOptions): Promise<WorkbookRead> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      const probe = context.workbook.functions.date(PROBE_YEAR, 1, 1);
      probe.load("value");
      await context.sync();
      const sheetNames = sheets.items.map((sheet) => sheet.name);
      const skip = options?.skip ?? (() => false);
      const wanted = sheetNames.filter((name) => !skip(name));
      const read = await readSheetsInBatch(context, wanted, { budgetBytes: this.budgetBytes, readMergedAreas: this.readMergedAreas }, sheetNames);
      const byName = new Map(read.map((grid) => [grid.sheetName, grid]));
      const grids = sheetNames.map((name) => byName.get(name) ?? emptyGrid(name));
      return { sheetNames, grids, dateSystem: probe.value === 0 ? "1904" : "1900" };
    });
  }

  /**
   * Creates the missing sheets of `create`, replaces `replace` and appends `append`, in one `Excel.run`: 1 sync to look
   * at the workbook (refusing a user's look-alike sheet before anything is written), 1 per ~4.5 MB of sheets (1 without
   * a budget), which also measures the append's sheet, and 1 for the append.
   */
  async writeBatch(batch: OwnedWriteBatch): Promise<void> {
    const append = batch.append !== undefined && batch.append.rows.length > 0 ? batch.append : null;
    const all = [...batch.create, ...batch.replace];
    assertOwnedSheetNames([...all.map((sheet) => sheet.name), ...(append === null ? [] : [append.sheetName])]);
    const creating = batch.create.map((sheet) => layOutOwnedSheet(sheet));
    const replacing = batch.replace.map((sheet) => layOutOwnedSheet(sheet));
    const seen = new Set<string>();
    for (const layout of [...creating, ...replacing]) {
      if (seen.has(layout.name.toLowerCase())) throw new InvalidOwnedSheetError(`Owned sheet "${layout.name}" is written twice in one call.`);
      seen.add(layout.name.toLowerCase());
    }
    await this.run(async (context) => {
      const state = await loadWorkbookState(context);
      for (const layout of [...creating, ...replacing]) existingOwnedSheet(state, layout.name);
      const target = append === null ? null : measureAppendTarget(context, state, append.sheetName);
      const wanted = [...creating.filter((layout) => matchSheetName(state.sheetNames, layout.name) === null), ...replacing];
      const syncs = await applyInBatches(context, planOwnedSheets(context, state, wanted, this.budgetBytes), this.budgetBytes);
      // With nothing to write, the append's measurements still need their sync.
      if (syncs === 0 && target !== null) await context.sync();
      if (target !== null && append !== null) await writeAppend(context, target, append.rows, append.numberFormats, this.budgetBytes);
    });
  }

  /**
   * Activates the first sheet named and selects its ranges (several areas at once where ExcelApi 1.9 offers
   * `getRanges`, else the first one), in one sync. The user's sheets are only looked at, never changed.
   */
  async selectCells(addresses: readonly string[]): Promise<void> {
    const target = areasToSelect(addresses);
    if (target === null) return;
    const multiArea = supportsExcelApi("1.9");
    await this.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(target.sheet);
      worksheet.activate();
      if (multiArea) worksheet.getRanges(target.areas.join(",")).select();
      else worksheet.getRange(target.areas[0]).select();
      await context.sync();
    });
  }

  /** Looks at the workbook (1 sync), refuses before writing anything, then writes in payload-sized batches. */
  private write(sheets: readonly OwnedSheet[], mode: "replace" | "create-only"): Promise<number> {
    assertOwnedSheetNames(sheets.map((sheet) => sheet.name));
    const layouts = sheets.map((sheet) => layOutOwnedSheet(sheet));
    const seen = new Set<string>();
    for (const layout of layouts) {
      if (seen.has(layout.name.toLowerCase())) {
        throw new InvalidOwnedSheetError(`Owned sheet "${layout.name}" is written twice in one call.`);
      }
      seen.add(layout.name.toLowerCase());
    }
    return this.run(async (context) => {
      const state = await loadWorkbookState(context);
      // Refuse a user's look-alike sheet ("collect log") even when this call would only create missing sheets.
      for (const layout of layouts) existingOwnedSheet(state, layout.name);
      const wanted =
        mode === "replace" ? layouts : layouts.filter((layout) => matchSheetName(state.sheetNames, layout.name) === null);
      const operations = planOwnedSheets(context, state, wanted, this.budgetBytes);
      await applyInBatches(context, operations, this.budgetBytes);
      return wanted.length;
    });
  }
}
