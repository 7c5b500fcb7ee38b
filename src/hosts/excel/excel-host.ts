import type { DateSystem } from "../../core/excel/serial";
import type { CellValue, Grid } from "../../workbook/grid";
import { InvalidOwnedSheetError, TEXT_FORMAT, layOutOwnedSheet, padRow } from "../_lib/owned-layout";
import { blockAddress } from "../_lib/a1";
import {
  OWNED_SHEET_PREFIX,
  SheetNotFoundError,
  assertOwnedSheetNames,
  type OwnedSheet,
  type WorkbookHost,
} from "../host";
import { toOfficeValue } from "./_lib/cell-input";
import { DEFAULT_PAYLOAD_BUDGET_BYTES, REQUEST_BYTES_PER_OPERATION, jsonBytes } from "./_lib/payload";
import { loadSheetNames, matchSheetName, readSheetsInBatch } from "./_lib/read-sheets";
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
    const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
    const block = rows.map((row) => padRow(row, width));
    await this.run(async (context) => {
      const state = await loadWorkbookState(context);
      const actual = existingOwnedSheet(state, sheetName);
      if (actual === null) throw new SheetNotFoundError(sheetName, state.sheetNames);
      const worksheet = context.workbook.worksheets.getItem(actual);
      const used = worksheet.getUsedRangeOrNullObject(true);
      used.load(["rowIndex", "rowCount", "columnIndex"]);
      const tables = state.tables
        .filter((table) => table.sheetName === actual)
        .map((table) => {
          const object = worksheet.tables.getItem(table.name);
          const range = object.getRange();
          range.load(["rowIndex", "rowCount", "columnIndex", "columnCount"]);
          const lastRow = object.getDataBodyRange().getLastRow();
          lastRow.load("numberFormat");
          return { object, range, lastRow };
        });
      await context.sync();
      const usedEnd = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
      const table = tables.find(({ range }) => range.rowIndex + range.rowCount >= usedEnd) ?? tables[tables.length - 1];
      const left = table?.range.columnIndex ?? (used.isNullObject ? 0 : used.columnIndex);
      // Below the table when it ends under the last value (its empty placeholder row is reused), else below the last value.
      const top = Math.max(usedEnd, table === undefined ? 0 : table.range.rowIndex + 1);
      const above = table?.lastRow.numberFormat[0] ?? [];
      const formats = block.map((row) => row.map((value, c) => (typeof value === "string" ? TEXT_FORMAT : (numberFormats?.[c] ?? above[c] ?? null))));
      const values = block.map((row, r) => row.map((value, c) => toOfficeValue(value, `'${actual}'!R${top + r + 1}C${left + c + 1}`)));
      if (jsonBytes(values) + jsonBytes(formats) + REQUEST_BYTES_PER_OPERATION > (this.budgetBytes ?? Infinity)) {
        throw new InvalidOwnedSheetError(`Appending ${block.length} rows to "${actual}" exceeds one request; append in parts.`);
      }
      context.application.suspendApiCalculationUntilNextSync();
      const target = worksheet.getRangeByIndexes(top, left, block.length, width);
      target.numberFormat = formats;
      target.values = values;
      if (table !== undefined) {
        const tableWidth = Math.max(table.range.columnCount, width);
        const bottom = Math.max(table.range.rowIndex + table.range.rowCount, top + block.length);
        table.object.resize(
          blockAddress({ top: table.range.rowIndex + 1, left: left + 1, bottom, right: left + tableWidth }),
        );
      }
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
