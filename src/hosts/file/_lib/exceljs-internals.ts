import type ExcelJS from "exceljs";

/*
 * ExcelJS 4.4.0 keeps a few things its type declarations get wrong or leave out. This file is the one place that
 * reaches them, each with a runtime check, so a changed ExcelJS fails loudly here instead of writing a bad file.
 * - `worksheet.tables` is a record of Table objects whose `.model` holds name/tableRef/autoFilterRef (the d.ts says
 *   `getTables(): [Table, void][]`, the runtime returns Table[] and `Table` has no `model`).
 * - `worksheet.orderNo` sets the tab order (`workbook.worksheets` sorts by it) and is not declared.
 * - `worksheet._merges` records the merged areas (master address → Range) that `worksheet.model.merges` lists.
 * - `worksheet.conditionalFormattings` lists the sheet's conditional formats and is not declared.
 */

/** What Collect reads or changes of an ExcelJS table model. */
export interface TableModelLike {
  name: string;
  tableRef: string;
  autoFilterRef?: string;
  /** The column names, left to right. */
  columns?: readonly { readonly name?: unknown }[];
  /** The table style (`theme` is its name, "TableStyleMedium2"). */
  style?: { readonly theme?: unknown };
}

/** Thrown when ExcelJS's runtime shape is not the one this file was written against. */
export class ExcelJsShapeError extends Error {
  override readonly name = "ExcelJsShapeError";
}

function isTableModel(value: unknown): value is TableModelLike {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record["name"] === "string" && typeof record["tableRef"] === "string";
}

/** The table models of a worksheet (live objects: changing `tableRef` changes what is written). */
export function tableModelsOf(worksheet: ExcelJS.Worksheet): readonly TableModelLike[] {
  const tables = (worksheet as unknown as { tables?: unknown }).tables;
  if (typeof tables !== "object" || tables === null) {
    throw new ExcelJsShapeError(`ExcelJS worksheet "${worksheet.name}" has no tables record.`);
  }
  return Object.values(tables as Record<string, unknown>).map((table) => {
    const model = (table as { model?: unknown } | null)?.model;
    if (!isTableModel(model)) throw new ExcelJsShapeError(`ExcelJS table on "${worksheet.name}" has no usable model.`);
    return model;
  });
}

/** The tab position ExcelJS sorts worksheets by. */
export function orderNoOf(worksheet: ExcelJS.Worksheet): number {
  const orderNo = (worksheet as unknown as { orderNo?: unknown }).orderNo;
  if (typeof orderNo !== "number") throw new ExcelJsShapeError(`ExcelJS worksheet "${worksheet.name}" has no orderNo.`);
  return orderNo;
}

/** Moves a worksheet to a tab position (see `orderNoOf`). */
export function setOrderNo(worksheet: ExcelJS.Worksheet, orderNo: number): void {
  (worksheet as unknown as { orderNo: number }).orderNo = orderNo;
}

/**
 * Merged areas of a worksheet in A1 notation ("A3:F3"), from the worksheet's `_merges` record (master address →
 * Range with `.range`), which is what `worksheet.model.merges` lists; reading `model` would build every row's
 * model too, a noticeable cost on a 100k-row sheet.
 */
export function mergesOf(worksheet: ExcelJS.Worksheet): readonly string[] {
  const merges = (worksheet as unknown as { _merges?: unknown })._merges;
  if (typeof merges !== "object" || merges === null) throw new ExcelJsShapeError(`ExcelJS worksheet "${worksheet.name}" has no merges record.`);
  return Object.values(merges as Record<string, unknown>).flatMap((merge) => {
    const range = (merge as { range?: unknown } | null)?.range;
    return typeof range === "string" ? [range] : [];
  });
}

/** The number of conditional formats a worksheet has. */
export function conditionalFormatCountOf(worksheet: ExcelJS.Worksheet): number {
  const formats = (worksheet as unknown as { conditionalFormattings?: unknown }).conditionalFormattings;
  if (!Array.isArray(formats)) throw new ExcelJsShapeError(`ExcelJS worksheet "${worksheet.name}" has no conditionalFormattings list.`);
  return formats.length;
}
