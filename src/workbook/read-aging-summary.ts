import type { RowAccounting } from "../core/ledger/ledger";
import type { Issue } from "../core/types/issue";
import { missingValue, unreadableAmount } from "./messages";
import { columnOf, newRowCounter, type SheetTable } from "./prepare-sheet";
import { sheetRowReader } from "./sheet-row-reader";
import { addToScope, checkStatedTotal, newScopeSums } from "./total-checks";
import { prepareTypedColumns, type ReadContext, type TypedColumns } from "./typed-columns";

/** One customer row of an aging summary: what it says the customer owes in all buckets together. */
export interface SummaryLine {
  readonly customerName: string | null;
  readonly customerId: string | null;
  readonly totalCents: number;
  /** Where the customer's total is (the Total cell, or the row's first bucket). */
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

/** What an aging summary holds. It is read to check the detail, never counted as invoices. */
export interface AgingSummaryResult {
  readonly lines: readonly SummaryLine[];
  readonly rows: RowAccounting;
  readonly issues: readonly Issue[];
}

/**
 * Reads an aging summary (customer × bucket, like QuickBooks "A/R Aging Summary" or the ILS workbook's
 * "Aging Report"): one line per customer with its total (the Total column, else the sum of its buckets; a
 * blank bucket is an empty bucket). Its own total row is checked against its lines.
 *
 * @example readAgingSummary(agingReportTable, context).lines[0] //=> { customerName: "Yizrael Import Ltd", totalCents: 149922000, … }
 */
export function readAgingSummary(table: SheetTable, context: ReadContext): AgingSummaryResult {
  const issues: Issue[] = [];
  const counter = newRowCounter();
  const nameColumn = columnOf(table, "customerName");
  const idColumn = columnOf(table, "customerId");
  const totalColumn = columnOf(table, "total", "openBalance", "amount");
  const amountColumns = totalColumn === undefined ? table.columns.buckets : [totalColumn];
  const typed = prepareTypedColumns(table, [], [...table.columns.buckets, ...(totalColumn === undefined ? [] : [totalColumn])].map((column) => ({ column, field: "bucket" as const })), context);
  issues.push(...typed.issues);
  const reader = sheetRowReader(table, typed, issues);
  const lines: SummaryLine[] = [];
  const scope = newScopeSums();

  for (let row = table.headerIndex + 1; row < table.grid.values.length; row += 1) {
    const kind = table.rowKinds[row];
    if (kind === undefined || kind.kind === "blank") counter.blank += 1;
    else if (kind.kind === "repeated-header") counter.repeatedHeader += 1;
    else if (kind.kind === "label") counter.title += 1;
    else if (kind.kind === "total") {
      counter.subtotal += 1;
      const column = totalColumn ?? table.columns.buckets[table.columns.buckets.length - 1];
      const cell = typed.amount(column, row);
      if (kind.grand && column !== undefined && cell !== null && "cents" in cell) {
        issues.push(...checkStatedTotal({ sheet: table.name, row: reader.sheetRow(row), column: reader.sheetColumn(column), statedCents: totalColumn === undefined ? sumCells(typed, table.columns.buckets, row) : cell.cents, compare: "open", grand: true, groupName: "" }, scope));
      }
    } else {
      const sheetRow = reader.sheetRow(row);
      const customerName = reader.text(nameColumn, row);
      const customerId = reader.id(idColumn, row);
      const errors: Issue[] = [];
      let total = 0;
      for (const column of amountColumns) {
        const cell = typed.amount(column, row);
        if (cell === null) continue;
        if ("cents" in cell) total += cell.cents;
        else errors.push(unreadableAmount(table.name, sheetRow, reader.sheetColumn(column), "bucket", cell.problem, cell.text));
      }
      if (customerName === null && customerId === null) {
        errors.push(missingValue("missing-customer", table.name, sheetRow, reader.sheetColumn(nameColumn ?? idColumn ?? 0), "this summary row names no customer", "Fill in the customer, or delete the row."));
      }
      if (errors.length > 0) {
        issues.push(...errors);
        counter.withIssue += 1;
        scope.skipped += 1;
        continue;
      }
      addToScope(scope, null, total, total);
      lines.push({ customerName, customerId, totalCents: total, sheet: table.name, row: sheetRow, column: reader.sheetColumn(totalColumn ?? amountColumns[0] ?? 0) });
      counter.used += 1;
    }
  }
  return { lines, rows: counter, issues };
}

function sumCells(typed: TypedColumns, columns: readonly number[], row: number): number {
  let total = 0;
  for (const column of columns) {
    const cell = typed.amount(column, row);
    if (cell !== null && "cents" in cell) total += cell.cents;
  }
  return total;
}
