import { toCellAddress } from "../core/excel/address";
import type { RowAccounting } from "../core/ledger/ledger";
import type { Issue } from "../core/types/issue";
import type { PaymentDraft } from "./ledger-drafts";
import { missingValue, unreadableAmount, unreadableDate } from "./messages";
import { columnOf, newRowCounter, type SheetTable } from "./prepare-sheet";
import { sheetRowReader } from "./sheet-row-reader";
import { prepareTypedColumns, type ReadContext } from "./typed-columns";

/** What a payments list holds. */
export interface PaymentSheetResult {
  readonly payments: readonly PaymentDraft[];
  readonly rows: RowAccounting;
  readonly issues: readonly Issue[];
}

/**
 * Reads a payments list: date, amount, and the invoice and/or customer each payment is for. A payment needs a
 * readable date and amount and must say whom or what it is for; otherwise the row is skipped with an error.
 *
 * @example readPaymentSheet(paymentsTable, context).payments[0] //=> { invoiceNo: "1001", date: "2026-11-01", amountCents: 6000, … }
 */
export function readPaymentSheet(table: SheetTable, context: ReadContext): PaymentSheetResult {
  const issues: Issue[] = [];
  const counter = newRowCounter();
  const dateColumn = columnOf(table, "paymentDate", "date", "paidDate", "invoiceDate");
  const amountColumn = columnOf(table, "paymentAmount", "paidAmount", "amount", "total");
  const invoiceColumn = columnOf(table, "invoiceNo");
  const nameColumn = columnOf(table, "customerName");
  const idColumn = columnOf(table, "customerId");
  const currencyColumn = columnOf(table, "currency");
  const typed = prepareTypedColumns(table,
    dateColumn === undefined ? [] : [{ column: dateColumn, field: "paymentDate" }],
    amountColumn === undefined ? [] : [{ column: amountColumn, field: "paymentAmount" }], context);
  issues.push(...typed.issues);
  const reader = sheetRowReader(table, typed, issues);
  const payments: PaymentDraft[] = [];
  let groupName: string | null = null;

  for (let row = table.headerIndex + 1; row < table.grid.values.length; row += 1) {
    const kind = table.rowKinds[row];
    if (kind === undefined || kind.kind === "blank") counter.blank += 1;
    else if (kind.kind === "repeated-header") counter.repeatedHeader += 1;
    else if (kind.kind === "label") {
      counter.title += 1;
      groupName = kind.note ? groupName : kind.text;
    } else if (kind.kind === "total") {
      counter.subtotal += 1;
      groupName = null;
    } else {
      const sheetRow = reader.sheetRow(row);
      const col = (column: number | undefined): number => reader.sheetColumn(column ?? 0);
      const errors: Issue[] = [];
      const dateCell = typed.date(dateColumn, row);
      const cell = typed.amount(amountColumn, row);
      const invoiceNo = reader.id(invoiceColumn, row);
      const customerId = reader.id(idColumn, row);
      const customerName = reader.text(nameColumn, row) ?? groupName;
      if (dateCell === null) errors.push(missingValue("missing-date", table.name, sheetRow, col(dateColumn), "this payment has no date", "Fill in the payment date."));
      else if (typeof dateCell !== "string") errors.push(unreadableDate(table.name, sheetRow, col(dateColumn), "paymentDate", dateCell.problem, dateCell.text, "The payment was not read.", "error"));
      if (cell === null) errors.push(missingValue("missing-amount", table.name, sheetRow, col(amountColumn), "this payment has no amount", "Fill in the amount."));
      else if (!("cents" in cell)) errors.push(unreadableAmount(table.name, sheetRow, col(amountColumn), "paymentAmount", cell.problem, cell.text));
      if (invoiceNo === null && customerId === null && customerName === null) {
        errors.push(missingValue("missing-customer", table.name, sheetRow, col(invoiceColumn ?? nameColumn ?? idColumn), "this payment names no invoice and no customer", "Fill in the invoice number or the customer."));
      }
      if (errors.length > 0 || typeof dateCell !== "string" || cell === null || !("cents" in cell)) {
        issues.push(...errors);
        counter.withIssue += 1;
        continue;
      }
      const date = dateCell;
      const currency = reader.currency(currencyColumn, row) ?? cell.currency ?? table.columns.currencies.get(amountColumn ?? -1) ?? table.settings.currency;
      payments.push({
        customerId, customerName, invoiceNo, date, amountCents: cell.cents, currency,
        source: toCellAddress(table.name, sheetRow, table.grid.left),
      });
      counter.used += 1;
    }
  }
  return { payments, rows: counter, issues };
}
