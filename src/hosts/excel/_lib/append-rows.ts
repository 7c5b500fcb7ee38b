import type { CellValue } from "../../../workbook/grid";
import { blockAddress } from "../../_lib/a1";
import { InvalidOwnedSheetError, TEXT_FORMAT, padRow } from "../../_lib/owned-layout";
import { SheetNotFoundError } from "../../host";
import { toOfficeValue } from "./cell-input";
import { REQUEST_BYTES_PER_OPERATION, jsonBytes } from "./payload";
import { existingOwnedSheet, type WorkbookState } from "./write-sheets";

/** Where an append goes: the sheet, its used range and its tables, queued for loading (resolved at the next sync). */
export interface AppendTarget {
  readonly sheetName: string;
  readonly worksheet: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly tables: readonly { readonly object: Excel.Table; readonly range: Excel.Range; readonly lastRow: Excel.Range }[];
}

/**
 * Queues the loads an append needs (used range, each table's range and last row's formats) on an owned sheet that
 * exists. No sync: they resolve with the caller's next one. Throws `SheetNotFoundError` when the sheet is missing.
 */
export function measureAppendTarget(context: Excel.RequestContext, state: WorkbookState, sheetName: string): AppendTarget {
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
  return { sheetName: actual, worksheet, used, tables };
}

/**
 * Writes the rows below the target's last row (after the loads of `measureAppendTarget` resolved) and extends its
 * table, then syncs once. Text cells get the text format first, so "=x" stays text; other cells take the column's
 * given format, else the format of the row above.
 */
export async function writeAppend(
  context: Excel.RequestContext,
  target: AppendTarget,
  rows: readonly (readonly CellValue[])[],
  numberFormats: readonly (string | undefined)[] | undefined,
  budgetBytes: number | null,
): Promise<void> {
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  const block = rows.map((row) => padRow(row, width));
  const { used, tables, worksheet, sheetName } = target;
  const usedEnd = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
  const table = tables.find(({ range }) => range.rowIndex + range.rowCount >= usedEnd) ?? tables[tables.length - 1];
  const left = table?.range.columnIndex ?? (used.isNullObject ? 0 : used.columnIndex);
  // Below the table when it ends under the last value (its empty placeholder row is reused), else below the last value.
  const top = Math.max(usedEnd, table === undefined ? 0 : table.range.rowIndex + 1);
  const above = table?.lastRow.numberFormat[0] ?? [];
  const formats = block.map((row) => row.map((value, c) => (typeof value === "string" ? TEXT_FORMAT : (numberFormats?.[c] ?? above[c] ?? null))));
  const values = block.map((row, r) => row.map((value, c) => toOfficeValue(value, `'${sheetName}'!R${top + r + 1}C${left + c + 1}`)));
  if (jsonBytes(values) + jsonBytes(formats) + REQUEST_BYTES_PER_OPERATION > (budgetBytes ?? Infinity)) {
    throw new InvalidOwnedSheetError(`Appending ${block.length} rows to "${sheetName}" exceeds one request; append in parts.`);
  }
  context.application.suspendApiCalculationUntilNextSync();
  const range = worksheet.getRangeByIndexes(top, left, block.length, width);
  range.numberFormat = formats;
  range.values = values;
  if (table !== undefined) {
    const tableWidth = Math.max(table.range.columnCount, width);
    const bottom = Math.max(table.range.rowIndex + table.range.rowCount, top + block.length);
    table.object.resize(blockAddress({ top: table.range.rowIndex + 1, left: left + 1, bottom, right: left + tableWidth }));
  }
  await context.sync();
}
