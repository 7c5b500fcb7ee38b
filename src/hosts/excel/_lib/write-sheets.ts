import type { CellValue } from "../../../workbook/grid";
import { NotOwnedSheetError, isOwnedSheetName } from "../../host";
import type { OwnedChart } from "../../host";
import { AGE_BANDS, TEXT_FORMAT, type OwnedSheetLayout, uniqueTableName } from "../../_lib/owned-layout";
import { columnWidthPoints, toOfficeValue } from "./cell-input";
import { REQUEST_BYTES_PER_OPERATION, jsonBytes, packOperations, type Operation } from "./payload";
import { matchSheetName } from "./read-sheets";

/** What a write needs to know of the workbook before it changes anything: loaded in one sync. */
export interface WorkbookState {
  readonly sheetNames: readonly string[];
  readonly tables: readonly { readonly name: string; readonly sheetName: string }[];
  readonly definedNames: readonly string[];
  /** Names of the charts on each sheet (an owned sheet's charts are deleted when it is rewritten). */
  readonly charts: ReadonlyMap<string, readonly string[]>;
}

/** Sheet names with their charts, tables with their sheets, and defined names: one sync, nothing written. */
export async function loadWorkbookState(context: Excel.RequestContext): Promise<WorkbookState> {
  const { workbook } = context;
  // Load options reach each sheet's chart collection in the same request (WorksheetCollectionLoadOptions.charts).
  workbook.worksheets.load({ name: true, charts: { name: true } });
  workbook.tables.load("items/name,items/worksheet/name");
  workbook.names.load("items/name");
  await context.sync();
  return {
    sheetNames: workbook.worksheets.items.map((sheet) => sheet.name),
    tables: workbook.tables.items.map((table) => ({ name: table.name, sheetName: table.worksheet.name })),
    definedNames: workbook.names.items.map((name) => name.name),
    charts: new Map(workbook.worksheets.items.map((sheet) => [sheet.name, sheet.charts.items.map((chart) => chart.name)])),
  };
}

/**
 * The existing sheet an owned name would replace, or null. Throws `NotOwnedSheetError` when the match is a user's
 * sheet that equals the owned name only without regard to case ("collect worklist"): Excel would treat it as the same sheet.
 */
export function existingOwnedSheet(state: WorkbookState, name: string): string | null {
  const existing = matchSheetName(state.sheetNames, name);
  if (existing !== null && !isOwnedSheetName(existing)) {
    throw new NotOwnedSheetError(name, `the workbook's own sheet "${existing}" has that name`);
  }
  return existing;
}

type ColumnKind = "text" | "other" | "mixed";

/** JSON bytes of one cell of a mixed column's format vector: `[null],` is the longest. */
const MIXED_FORMAT_BYTES_PER_CELL = 7;

/** Whether each column holds only text, no text, or both: text cells need the "@" format before their value is set. */
function columnKinds(rows: readonly (readonly CellValue[])[], width: number): ColumnKind[] {
  const kinds: ColumnKind[] = [];
  for (let c = 0; c < width; c += 1) {
    let text = false;
    let other = false;
    for (const row of rows) {
      const value = row[c] ?? null;
      if (typeof value === "string") text = true;
      else if (value !== null) other = true;
    }
    kinds.push(text && other ? "mixed" : text ? "text" : "other");
  }
  return kinds;
}

/**
 * The operations that write one owned sheet, in order. Every string is written into a cell that already has the
 * text format "@": Office.js sets `values` like typed input, so "=SUM(A1)", "+1", "-x" or "@x" would become
 * formulas and "00123" or "1/2" numbers and dates. Whole-column formats use Office.js's single-input copy (a 1×1
 * array on a larger range fills it) so they cost a few bytes; only columns mixing text and numbers send a per-cell
 * column of formats, with null ("leave unchanged") for non-text cells.
 */
export function ownedSheetOperations(
  context: Excel.RequestContext,
  layout: OwnedSheetLayout,
  existing: { readonly name: string; readonly tables: readonly string[]; readonly charts?: readonly string[] } | null,
  tableName: string,
  budgetBytes: number | null,
): Operation[] {
  const width = layout.headers.length;
  const dataTop = layout.headerRow + 1;
  const rowCount = layout.rows.length;
  // A table always keeps one data row; formatting it means rows typed or appended there get the column's format.
  const formattedRows = layout.asTable ? Math.max(rowCount, 1) : rowCount;
  const where = (r: number, c: number): string => `'${layout.name}'!R${r + 1}C${c + 1}`;
  const values = layout.rows.map((row, r) => row.map((value, c) => toOfficeValue(value, where(dataTop + r, c))));
  const kinds = columnKinds(layout.rows, width);
  let worksheet: Excel.Worksheet | null = null;
  const sheet = (): Excel.Worksheet => {
    if (worksheet === null) throw new Error(`Owned sheet "${layout.name}" used before it was prepared.`);
    return worksheet;
  };
  const operations: Operation[] = [];
  operations.push({
    bytes: REQUEST_BYTES_PER_OPERATION * (4 + (existing?.tables.length ?? 0) + (existing?.charts?.length ?? 0)),
    apply: () => {
      if (existing === null) {
        worksheet = context.workbook.worksheets.add(layout.name);
        return;
      }
      const found = context.workbook.worksheets.getItem(existing.name);
      for (const table of existing.tables) found.tables.getItem(table).delete();
      // Charts float above the cells: clearing the range leaves them, so the previous run's charts go explicitly.
      for (const chart of existing.charts ?? []) found.charts.getItem(chart).delete();
      // Clearing in place (not delete + add) keeps the tab position and every formula that refers to this sheet.
      found.getRange().clear();
      found.freezePanes.unfreeze();
      if (existing.name !== layout.name) found.name = layout.name;
      worksheet = found;
    },
  });
  const columnFormats = layout.columnFormats.map((format, c) => (kinds[c] === "text" ? TEXT_FORMAT : format));
  operations.push({
    bytes: REQUEST_BYTES_PER_OPERATION * (width + 2) + jsonBytes(columnFormats) + jsonBytes(layout.headers),
    apply: () => {
      columnFormats.forEach((format, c) => {
        if (formattedRows > 0) sheet().getRangeByIndexes(dataTop, c, formattedRows, 1).numberFormat = [[format]];
      });
      const header = sheet().getRangeByIndexes(layout.headerRow, 0, 1, width);
      header.numberFormat = [[TEXT_FORMAT]];
      header.values = [layout.headers.slice()];
    },
  });
  for (const [r, row] of layout.preamble.entries()) {
    if (row.length === 0) continue;
    const rowValues = row.map((value, c) => toOfficeValue(value, where(r, c)));
    const rowFormats = (layout.preambleFormats[r] ?? []).slice();
    operations.push({
      bytes: REQUEST_BYTES_PER_OPERATION * 2 + jsonBytes(rowValues) + jsonBytes(rowFormats),
      apply: () => {
        const range = sheet().getRangeByIndexes(r, 0, 1, row.length);
        range.numberFormat = [rowFormats];
        range.values = [rowValues];
      },
    });
  }
  const mixedColumns = kinds.flatMap((kind, c) => (kind === "mixed" ? [c] : []));
  const chunkBudget = budgetBytes === null ? Infinity : budgetBytes - REQUEST_BYTES_PER_OPERATION * (mixedColumns.length + 1);
  let start = 0;
  while (start < rowCount) {
    let end = start;
    let bytes = REQUEST_BYTES_PER_OPERATION * (mixedColumns.length + 1);
    while (end < rowCount) {
      const row = values[end] ?? [];
      // Each row costs its values' JSON and a comma, plus `["@"],` or `[null],` (≤ 7 bytes) per mixed column.
      const rowBytes = jsonBytes(row) + 1 + mixedColumns.length * MIXED_FORMAT_BYTES_PER_CELL;
      if (end > start && bytes + rowBytes > chunkBudget) break;
      bytes += rowBytes;
      end += 1;
    }
    const first = start;
    const chunkValues = values.slice(first, end);
    const chunkFormats = mixedColumns.map((c) =>
      layout.rows.slice(first, end).map((row) => [typeof row[c] === "string" ? TEXT_FORMAT : null]),
    );
    operations.push({
      bytes,
      apply: () => {
        mixedColumns.forEach((c, i) => {
          sheet().getRangeByIndexes(dataTop + first, c, chunkValues.length, 1).numberFormat = chunkFormats[i] ?? [];
        });
        sheet().getRangeByIndexes(dataTop + first, 0, chunkValues.length, width).values = chunkValues;
      },
    });
    start = end;
  }
  operations.push({
    bytes: REQUEST_BYTES_PER_OPERATION * (4 + width + CHART_OPERATIONS * layout.charts.length),
    apply: () => {
      const ws = sheet();
      layout.charts.forEach((chart, i) => addChart(ws, chart, i));
      if (layout.asTable) {
        const table = ws.tables.add(ws.getRangeByIndexes(layout.headerRow, 0, formattedRows + 1, width), true);
        table.name = tableName;
        table.style = layout.tableStyle;
      } else {
        ws.getRangeByIndexes(layout.headerRow, 0, 1, width).format.font.bold = true;
      }
      if (layout.freezeHeader) ws.freezePanes.freezeRows(layout.headerRow + 1);
      if (layout.rows.length > 0) {
        for (const c of layout.ageColumns) {
          const cells = ws.getRangeByIndexes(layout.headerRow + 1, c, layout.rows.length, 1);
          for (const band of AGE_BANDS) {
            const format = cells.conditionalFormats.add("CellValue");
            format.cellValue.format.fill.color = `#${band.fill}`;
            format.cellValue.rule =
              band.max === null
                ? { formula1: String(band.min - 1), operator: "GreaterThan" }
                : { formula1: String(band.min), formula2: String(band.max), operator: "Between" };
          }
        }
      }
      layout.columnWidths.forEach((characters, c) => {
        if (characters !== null) ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = columnWidthPoints(characters);
      });
    },
  });
  return operations;
}

/** Queued calls per chart (add, name, title, legend, position): for the request-size estimate. */
const CHART_OPERATIONS = 5;

/** The Office.js chart type of an owned chart. */
const CHART_TYPES: Readonly<Record<OwnedChart["type"], Excel.ChartType>> = { column: "ColumnClustered" as Excel.ChartType.columnClustered };

/** Default size of a chart in cells, when the owned chart does not say. */
const DEFAULT_CHART_SIZE = { columns: 6, rows: 14 } as const;

/**
 * Queues one chart of the sheet's own cells: series by columns (first column categories, first row series names),
 * titled, named so a later run can delete it, placed over a block of cells. No load and no sync.
 */
function addChart(worksheet: Excel.Worksheet, chart: OwnedChart, index: number): void {
  const { source, anchor } = chart;
  const size = chart.size ?? DEFAULT_CHART_SIZE;
  const data = worksheet.getRangeByIndexes(source.row, source.column, source.rows, source.columns);
  const added = worksheet.charts.add(CHART_TYPES[chart.type], data, "Columns" as Excel.ChartSeriesBy.columns);
  added.name = `Collect chart ${index + 1}`;
  added.title.text = chart.title;
  added.legend.visible = source.columns > 2;
  added.setPosition(worksheet.getRangeByIndexes(anchor.row, anchor.column, 1, 1), worksheet.getRangeByIndexes(anchor.row + size.rows - 1, anchor.column + size.columns - 1, 1, 1));
}

/** Table names a new table must not take: every table (but those about to be deleted) and every defined name. */
export function takenNames(state: WorkbookState, deleting: ReadonlySet<string>): Set<string> {
  const taken = new Set<string>();
  for (const table of state.tables) if (!deleting.has(table.name)) taken.add(table.name.toLowerCase());
  for (const name of state.definedNames) taken.add(name.toLowerCase());
  return taken;
}

/**
 * Applies operations in batches of at most `budgetBytes`, one sync per batch, each with calculation suspended until
 * that sync. This loop is the one place a host syncs repeatedly: it runs once per ~4.5 MB of payload, never per row,
 * because Excel on the web rejects a larger request. Returns the number of syncs made.
 */
export async function applyInBatches(
  context: Excel.RequestContext,
  operations: readonly Operation[],
  budgetBytes: number | null,
): Promise<number> {
  const batches = packOperations(operations, budgetBytes);
  for (const batch of batches) {
    context.application.suspendApiCalculationUntilNextSync();
    for (const operation of batch) operation.apply();
    await context.sync();
  }
  return batches.length;
}

/** Plans the writes of several owned sheets against one loaded workbook state. */
export function planOwnedSheets(
  context: Excel.RequestContext,
  state: WorkbookState,
  layouts: readonly OwnedSheetLayout[],
  budgetBytes: number | null,
): Operation[] {
  const deleting = new Set<string>();
  const existing = layouts.map((layout) => {
    const name = existingOwnedSheet(state, layout.name);
    if (name === null) return null;
    const tables = state.tables.filter((table) => table.sheetName === name).map((table) => table.name);
    for (const table of tables) deleting.add(table);
    return { name, tables, charts: state.charts.get(name) ?? [] };
  });
  const taken = takenNames(state, deleting);
  return layouts.flatMap((layout, index) => {
    const tableName = uniqueTableName(layout.name, taken);
    taken.add(tableName.toLowerCase());
    return ownedSheetOperations(context, layout, existing[index] ?? null, tableName, budgetBytes);
  });
}
