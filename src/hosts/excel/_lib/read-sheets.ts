import type { CellValue, Grid } from "../../../workbook/grid";
import { SheetNotFoundError } from "../../host";
import { fromOfficeValue } from "./cell-input";
import { INITIAL_RESPONSE_BYTES_PER_CELL, READ_ESTIMATE_MARGIN, isPayloadLimitError, jsonBytes } from "./payload";

/** How `readSheetsInBatch` may split its reads. */
export interface ReadPlanOptions {
  /** Response bytes one sync may bring back; null reads every sheet in one sync whatever its size. */
  readonly budgetBytes: number | null;
  /** Call `getMergedAreasOrNullObject` (ExcelApi 1.13). */
  readonly readMergedAreas: boolean;
}

interface SheetRead {
  readonly name: string;
  readonly worksheet: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly merged: Excel.RangeAreas | null;
}

/** Names of all worksheets: one sync. */
export async function loadSheetNames(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  return sheets.items.map((sheet) => sheet.name);
}

/** The actual name of `wanted` among `names`, matched without regard to case as Excel does; null when absent. */
export function matchSheetName(names: readonly string[], wanted: string): string | null {
  const key = wanted.toLowerCase();
  return names.find((name) => name.toLowerCase() === key) ?? null;
}

function mergesOf(merged: Excel.RangeAreas | null): string[] | undefined {
  if (merged === null) return undefined;
  if (merged.isNullObject) return [];
  return merged.areas.items.map((area) => area.address.slice(area.address.lastIndexOf("!") + 1));
}

function gridFrom(name: string, top: number, left: number, values: unknown[][], formats: unknown[][], merges: string[] | undefined): Grid {
  const grid: Grid = {
    sheetName: name,
    top,
    left,
    values: values.map((row) => row.map((value): CellValue => fromOfficeValue(value))),
    numberFormats: formats.map((row) => row.map((format) => (typeof format === "string" && format !== "" ? format : "General"))),
  };
  return merges === undefined ? grid : { ...grid, merges };
}

/**
 * Reads the used range (values and number formats) of each named sheet.
 *
 * Syncs: 1 to list the sheets, then with no budget 1 for every sheet's whole used range (2 in all, whatever the size);
 * with a budget, 1 for the used ranges' sizes and then 1 per block of rows that fits the budget (Excel on the web
 * refuses responses over 5 MB, so 100k rows × 15 columns cannot come back in one response there).
 */
export async function readSheetsInBatch(
  context: Excel.RequestContext,
  names: readonly string[],
  options: ReadPlanOptions,
  /** The workbook's sheet names when the caller loaded them in this same run (saves a sync). */
  knownNames?: readonly string[],
): Promise<Grid[]> {
  const available = knownNames ?? (await loadSheetNames(context));
  const reads: SheetRead[] = names.map((wanted) => {
    const actual = matchSheetName(available, wanted);
    if (actual === null) throw new SheetNotFoundError(wanted, available);
    const worksheet = context.workbook.worksheets.getItem(actual);
    const used = worksheet.getUsedRangeOrNullObject(true);
    const merged = options.readMergedAreas ? used.getMergedAreasOrNullObject() : null;
    merged?.load("areas/items/address");
    return { name: actual, worksheet, used, merged };
  });
  if (options.budgetBytes === null) {
    for (const { used } of reads) used.load(["values", "numberFormat", "address", "rowIndex", "columnIndex"]);
    await context.sync();
    return reads.map(({ name, used, merged }) =>
      used.isNullObject
        ? gridFrom(name, 1, 1, [], [], mergesOf(merged))
        : gridFrom(name, used.rowIndex + 1, used.columnIndex + 1, used.values, used.numberFormat, mergesOf(merged)),
    );
  }
  for (const { used } of reads) used.load(["address", "rowIndex", "columnIndex", "rowCount", "columnCount"]);
  await context.sync();
  return readInBlocks(context, reads, options.budgetBytes);
}

interface Block {
  readonly sheet: number;
  readonly firstRow: number;
  readonly range: Excel.Range;
  readonly rows: number;
  readonly cells: number;
}

/** A read that Excel on the web refused even for a single row: nothing smaller can be asked for. */
export class RowTooLargeToReadError extends Error {
  override readonly name = "RowTooLargeToReadError";
  constructor(readonly sheetName: string, readonly row: number) {
    super(`Row ${row} of the sheet "${sheetName}" holds more than Excel on the web lets an add-in read at once (5 MB). Shorten the longest cells in that row, or run Collect in Excel for Windows or Mac.`);
  }
}

async function readInBlocks(context: Excel.RequestContext, reads: readonly SheetRead[], budgetBytes: number): Promise<Grid[]> {
  const values: unknown[][][] = reads.map(() => []);
  const formats: unknown[][][] = reads.map(() => []);
  let bytesPerCell = INITIAL_RESPONSE_BYTES_PER_CELL;
  let densestObserved = 0;
  let sheet = 0;
  let nextRow = 0;
  const rowsOf = (index: number): number => (reads[index]?.used.isNullObject === false ? (reads[index]?.used.rowCount ?? 0) : 0);
  while (sheet < reads.length) {
    const cellBudget = Math.max(1, Math.floor(budgetBytes / bytesPerCell));
    const start = { sheet, nextRow };
    const blocks: Block[] = [];
    let cells = 0;
    while (sheet < reads.length && cells < cellBudget) {
      const read = reads[sheet];
      const rowCount = rowsOf(sheet);
      if (read === undefined || nextRow >= rowCount) {
        sheet += 1;
        nextRow = 0;
        continue;
      }
      const columns = read.used.columnCount;
      const rows = Math.min(rowCount - nextRow, Math.max(1, Math.floor((cellBudget - cells) / columns)));
      const range = read.worksheet.getRangeByIndexes(read.used.rowIndex + nextRow, read.used.columnIndex, rows, columns);
      range.load(["values", "numberFormat"]);
      blocks.push({ sheet, firstRow: nextRow, range, rows, cells: rows * columns });
      cells += rows * columns;
      nextRow += rows;
    }
    if (blocks.length === 0) break;
    try {
      await context.sync();
    } catch (error) {
      // The estimate comes from the rows read so far; a later, denser sheet (long notes) can still overflow 5 MB.
      // Excel refuses the whole response and reads nothing, so ask again for the same rows in smaller blocks.
      if (!isPayloadLimitError(error)) throw error;
      const first = blocks[0] as Block;
      if (blocks.length === 1 && first.rows === 1) {
        const read = reads[first.sheet] as SheetRead;
        throw new RowTooLargeToReadError(read.name, read.used.rowIndex + first.firstRow + 1);
      }
      ({ sheet, nextRow } = start);
      bytesPerCell = Math.max(bytesPerCell, budgetBytes / cells) * 2;
      continue;
    }
    let bytes = 0;
    for (const block of blocks) {
      values[block.sheet]?.push(...block.range.values);
      formats[block.sheet]?.push(...block.range.numberFormat);
      bytes += jsonBytes(block.range.values) + jsonBytes(block.range.numberFormat);
    }
    // Size the next block on the densest block seen so far: a notes column can make rows much larger than a guess.
    densestObserved = Math.max(densestObserved, bytes / cells);
    bytesPerCell = densestObserved * READ_ESTIMATE_MARGIN;
  }
  return reads.map(({ name, used, merged }, index) =>
    used.isNullObject
      ? gridFrom(name, 1, 1, [], [], mergesOf(merged))
      : gridFrom(name, used.rowIndex + 1, used.columnIndex + 1, values[index] ?? [], formats[index] ?? [], mergesOf(merged)),
  );
}
