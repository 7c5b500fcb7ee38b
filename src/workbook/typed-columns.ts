import type { DateSystem } from "../core/excel/serial";
import type { Issue } from "../core/types/issue";
import { type AmountCell, type AmountColumnScan, decideDecimalMark, type DecimalMarkDecision, resolveAmountCell, scanAmountColumn, sheetDecimalMarkHint } from "./amount-column";
import { type DateCell, type DateColumnScan, decideDateOrder, type DateOrderDecision, resolveDateCell, scanDateColumn, sheetDateOrderHint } from "./date-column";
import type { FieldId } from "./fields";
import { dateOrderAmbiguous, dateOrderConflict, dateOrderFromSheet, decimalMarkIssue } from "./messages";
import type { SheetTable } from "./prepare-sheet";

/** A column to read, and the field it is read as (for messages). */
export interface TypedColumn {
  readonly column: number;
  readonly field: FieldId | "bucket";
}

/** What reading dates needs from the workbook. */
export interface ReadContext {
  readonly dateSystem: DateSystem;
  /** Memoised `isDateFormat` (format codes repeat on every row). */
  readonly isDateFormat: (code: string) => boolean;
}

/** A sheet's date and amount columns, each read once and settled as a whole column. */
export interface TypedColumns {
  /** The date in a cell (null when the column is not mapped or the cell is blank). */
  date(column: number | undefined, row: number): DateCell;
  /** The amount in a cell (null when the column is not mapped or the cell is blank). */
  amount(column: number | undefined, row: number): AmountCell;
  /** True when the column's day/month order is unknown or conflicting: its cells already have a column issue. */
  dateOrderUnsettled(column: number | undefined): boolean;
  readonly issues: readonly Issue[];
}

/**
 * Scans the date and amount columns of a sheet over its data and total rows, settles each column's
 * day/month order and decimal mark (the user's setting, the column's own evidence, then the sheet's other
 * columns), and reports columns that stay ambiguous or conflict, once per column.
 *
 * @example prepareTypedColumns(table, [{ column: 4, field: "dueDate" }], [], context).date(4, 1) //=> "2025-09-11"
 */
export function prepareTypedColumns(table: SheetTable, dates: readonly TypedColumn[], amounts: readonly TypedColumn[], context: ReadContext): TypedColumns {
  const issues: Issue[] = [];
  const rows: number[] = [];
  table.rowKinds.forEach((kind, index) => {
    if (kind.kind === "data" || kind.kind === "total") rows.push(index);
  });
  const { grid, settings } = table;
  const column = (index: number): number => grid.left + index;

  const dateScans = uniqueColumns(dates).map((typed) => ({ typed, scan: scanDateColumn(grid, table.dataRows, typed.column, context) }));
  const orderHint = sheetDateOrderHint(dateScans.map(({ scan }) => scan));
  const dateByColumn = new Map<number, { scan: DateColumnScan; decision: DateOrderDecision }>();
  for (const { typed, scan } of dateScans) {
    const decision = decideDateOrder(scan, settings.dateOrder, orderHint);
    dateByColumn.set(typed.column, { scan, decision });
    if (typed.field === "bucket") continue;
    const example = scan.ambiguousRows[0];
    if (decision.status === "ambiguous" && example !== undefined) {
      const text = scan.cells[example];
      issues.push(dateOrderAmbiguous(table.name, table.headerRowNumber, column(typed.column), typed.field, grid.top + example, text !== undefined && text !== null && typeof text === "object" ? text.text : ""));
    } else if (decision.status === "conflict") {
      issues.push(dateOrderConflict(table.name, table.headerRowNumber, column(typed.column), typed.field, grid.top + (scan.dayFirstRows[0] ?? 0), grid.top + (scan.monthFirstRows[0] ?? 0)));
    } else if (decision.status === "from-sheet" && decision.order !== null) {
      issues.push(dateOrderFromSheet(table.name, table.headerRowNumber, column(typed.column), typed.field, decision.order));
    }
  }

  const amountScans = uniqueColumns(amounts).map((typed) => ({ typed, scan: scanAmountColumn(grid, rows, typed.column) }));
  const markHint = sheetDecimalMarkHint(amountScans.map(({ scan }) => scan));
  const amountByColumn = new Map<number, { scan: AmountColumnScan; decision: DecimalMarkDecision }>();
  for (const { typed, scan } of amountScans) {
    const decision = decideDecimalMark(scan, settings.decimalMark, markHint);
    amountByColumn.set(typed.column, { scan, decision });
    if (decision.status === "ambiguous" || decision.status === "conflict") {
      issues.push(decimalMarkIssue(table.name, table.headerRowNumber, column(typed.column), typed.field, decision.status === "conflict"));
    }
  }

  return {
    date(columnIndex, row) {
      const entry = columnIndex === undefined ? undefined : dateByColumn.get(columnIndex);
      return entry === undefined ? null : resolveDateCell(entry.scan, entry.decision, row);
    },
    amount(columnIndex, row) {
      const entry = columnIndex === undefined ? undefined : amountByColumn.get(columnIndex);
      return entry === undefined ? null : resolveAmountCell(entry.scan, entry.decision, row);
    },
    dateOrderUnsettled(columnIndex) {
      const status = columnIndex === undefined ? undefined : dateByColumn.get(columnIndex)?.decision.status;
      return status === "ambiguous" || status === "conflict";
    },
    issues,
  };
}

function uniqueColumns(columns: readonly TypedColumn[]): TypedColumn[] {
  const byColumn = new Map<number, TypedColumn>();
  for (const typed of columns) if (!byColumn.has(typed.column)) byColumn.set(typed.column, typed);
  return [...byColumn.values()];
}
