import { toCellAddress } from "../core/excel/address";
import type { RowAccounting } from "../core/ledger/ledger";
import type { Issue } from "../core/types/issue";
import type { CustomerSighting } from "./ledger-drafts";
import { missingValue } from "./messages";
import { columnOf, newRowCounter, type SheetTable } from "./prepare-sheet";
import { sheetRowReader } from "./sheet-row-reader";
import { prepareTypedColumns, type ReadContext } from "./typed-columns";

/** What a customer list holds. */
export interface CustomerSheetResult {
  readonly sightings: readonly CustomerSighting[];
  readonly rows: RowAccounting;
  readonly issues: readonly Issue[];
}

/**
 * Reads a customer list: name and/or id, contact person, e-mail, phone, address, segment, industry, credit
 * limit, terms, language, collector and the on-hold switch. A row with neither a name nor an id is skipped
 * with an error.
 *
 * @example readCustomerSheet(customersTable, context).sightings[0].details.email //=> "ann@acme.example"
 */
export function readCustomerSheet(table: SheetTable, context: ReadContext): CustomerSheetResult {
  const issues: Issue[] = [];
  const counter = newRowCounter();
  const nameColumn = columnOf(table, "customerName");
  const idColumn = columnOf(table, "customerId");
  const limitColumn = columnOf(table, "creditLimit");
  const typed = prepareTypedColumns(table, [], limitColumn === undefined ? [] : [{ column: limitColumn, field: "creditLimit" }], context);
  issues.push(...typed.issues);
  const reader = sheetRowReader(table, typed, issues);
  const sightings: CustomerSighting[] = [];

  for (let row = table.headerIndex + 1; row < table.grid.values.length; row += 1) {
    const kind = table.rowKinds[row];
    if (kind === undefined || kind.kind === "blank") counter.blank += 1;
    else if (kind.kind === "repeated-header") counter.repeatedHeader += 1;
    else if (kind.kind === "total") counter.subtotal += 1;
    else if (kind.kind === "label" && (kind.note || kind.column !== nameColumn)) counter.title += 1;
    else {
      const customerId = reader.id(idColumn, row);
      const customerName = reader.text(nameColumn, row);
      const sheetRow = reader.sheetRow(row);
      if (customerId === null && customerName === null) {
        issues.push(missingValue("missing-customer", table.name, sheetRow, reader.sheetColumn(nameColumn ?? idColumn ?? 0), "this row has neither a customer name nor a customer ID", "Fill in the customer's name or ID, or delete the row."));
        counter.withIssue += 1;
        continue;
      }
      sightings.push({ customerId, customerName, details: reader.details(row), source: toCellAddress(table.name, sheetRow, table.grid.left), fromList: true });
      counter.used += 1;
    }
  }
  return { sightings, rows: counter, issues };
}
