import type { RowAccounting, SheetRole } from "../core/ledger/ledger";
import type { Issue } from "../core/types/issue";
import { cellText } from "./cell-text";
import { classifyRow, type RowKind, type RowLayout } from "./classify-row";
import { classifySheetRole } from "./classify-sheet-role";
import { detectHeaderRow } from "./detect-header-row";
import type { FieldId } from "./fields";
import { expandMerges } from "./expand-merges";
import type { Grid } from "./grid";
import { type ColumnMap, mapColumns } from "./map-columns";
import { noHeader } from "./messages";
import type { SheetSettings } from "./sheet-settings";

/** A sheet with its header found, columns mapped, role decided and every row below the header classified. */
export interface SheetTable {
  readonly grid: Grid;
  readonly name: string;
  /** Index of the header in `grid.values`, and its 1-based sheet row. */
  readonly headerIndex: number;
  readonly headerRowNumber: number;
  readonly columns: ColumnMap;
  readonly role: SheetRole;
  /** Per grid row index below the header. */
  readonly rowKinds: readonly RowKind[];
  /** Grid row indexes of data rows (the only evidence for a column's date order and decimal mark). */
  readonly dataRows: readonly number[];
  readonly settings: SheetSettings;
}

/** Row accounting that a reader fills in as it goes. */
export type RowCounter = { -readonly [K in keyof RowAccounting]: RowAccounting[K] };

/**
 * A counter with every row not yet counted.
 *
 * @example newRowCounter() //=> { used: 0, blank: 0, title: 0, subtotal: 0, repeatedHeader: 0, withIssue: 0 }
 */
export function newRowCounter(): RowCounter {
  return { used: 0, blank: 0, title: 0, subtotal: 0, repeatedHeader: 0, withIssue: 0 };
}

/**
 * Finds a sheet's header (or takes the one the user set), maps its columns, decides its role (or takes the
 * user's choice) and classifies every row below the header. Values merged down several rows are repeated on
 * each row first. Null with an issue when no header is found.
 *
 * @example prepareSheet(openInvoicesGrid, settingsForSheet(EMPTY_SETTINGS, "Open Invoices")).table?.role //=> "aging-detail"
 */
export function prepareSheet(input: Grid, settings: SheetSettings): { table: SheetTable | null; issues: readonly Issue[] } {
  const grid = expandMerges(input);
  const headerIndex = settings.headerRow !== null ? settings.headerRow - grid.top : findHeader(grid);
  const headerCells = headerIndex === null ? undefined : grid.values[headerIndex];
  if (headerIndex === null || headerCells === undefined || headerIndex < 0) {
    return { table: null, issues: [noHeader(grid.sheetName, settings.headerRow ?? grid.top, grid.left)] };
  }
  const headerRowNumber = grid.top + headerIndex;
  const mapped = mapColumns(headerCells, { sheetName: grid.sheetName, headerRowNumber, left: grid.left, overrides: settings.columns });
  const columns = mapped.value;
  const detected = classifySheetRole({ sheetName: grid.sheetName, fields: new Set(columns.fields.keys()), bucketColumns: columns.buckets.length });
  const role: SheetRole = settings.choice !== null && settings.choice !== "ignore" && detected !== "collect-owned" ? settings.choice : detected;

  const layout = rowLayout(headerCells, columns, role);
  const rowKinds: RowKind[] = new Array<RowKind>(grid.values.length);
  const dataRows: number[] = [];
  for (let index = headerIndex + 1; index < grid.values.length; index += 1) {
    const kind = classifyRow(grid.values[index] ?? [], layout);
    rowKinds[index] = kind;
    if (kind.kind === "data") dataRows.push(index);
  }
  return { table: { grid, name: grid.sheetName, headerIndex, headerRowNumber, columns, role, rowKinds, dataRows, settings }, issues: mapped.issues };
}

/**
 * The column of the first of `fields` that is mapped, if any.
 *
 * @example columnOf(table, "paymentDate", "date") //=> 0 when column A is "Date"
 */
export function columnOf(table: SheetTable, ...fields: readonly FieldId[]): number | undefined {
  for (const field of fields) {
    const column = table.columns.fields.get(field);
    if (column !== undefined) return column;
  }
  return undefined;
}

function findHeader(grid: Grid): number | null {
  const found = detectHeaderRow(grid);
  return found.ok ? found.value.row : null;
}

const AMOUNT_FIELDS: readonly FieldId[] = ["amount", "openBalance", "paidAmount", "total", "paymentAmount", "promiseAmount", "creditLimit"];

function rowLayout(headerCells: readonly unknown[], columns: ColumnMap, role: SheetRole): RowLayout {
  const amountColumns = new Set<number>(columns.buckets);
  for (const field of AMOUNT_FIELDS) {
    const column = columns.fields.get(field);
    if (column !== undefined) amountColumns.add(column);
  }
  const keyField: FieldId = role === "aging-summary" || role === "customers" ? "customerName" : "invoiceNo";
  return {
    headerTexts: headerCells.map((cell) => (typeof cell === "string" ? cellText(cell).toLowerCase() : "")),
    mappedColumns: [...columns.fields.values(), ...columns.buckets],
    keyColumn: columns.fields.get(keyField) ?? (role === "aging-summary" ? columns.fields.get("customerId") : undefined),
    amountColumns,
  };
}
