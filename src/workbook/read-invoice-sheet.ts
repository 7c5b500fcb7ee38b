import { toCellAddress } from "../core/excel/address";
import type { RowAccounting } from "../core/ledger/ledger";
import type { Issue } from "../core/types/issue";
import { isBucketLabel } from "./match-header";
import type { CustomerSighting, InvoiceDraft, PaymentDraft } from "./ledger-drafts";
import { makeIssue, noDueDateColumn } from "./messages";
import { columnOf, newRowCounter, type SheetTable } from "./prepare-sheet";
import { readInvoiceRow, type InvoiceColumns } from "./read-invoice-row";
import { sheetRowReader } from "./sheet-row-reader";
import { addToScope, checkStatedTotal, newScopeSums } from "./total-checks";
import { prepareTypedColumns, type ReadContext, type TypedColumn } from "./typed-columns";

/** What one invoice register or open-items sheet holds. */
export interface InvoiceSheetResult {
  readonly invoices: readonly InvoiceDraft[];
  /** Payment rows inside the report (QuickBooks lists unapplied payments among open invoices). */
  readonly payments: readonly PaymentDraft[];
  readonly sightings: readonly CustomerSighting[];
  readonly rows: RowAccounting;
  readonly issues: readonly Issue[];
}

/**
 * Reads an invoice register or open-items (aging detail) sheet: invoice and credit-memo rows, customer
 * group headings above their rows (QuickBooks), subtotal and grand-total rows (checked against the rows
 * read, never counted as invoices), repeated headers, notes. Every row below the header is counted once.
 *
 * @example readInvoiceSheet(openInvoicesTable, context).rows //=> { used: 26, blank: 1, title: 1, subtotal: 0, repeatedHeader: 0, withIssue: 0 }
 */
export function readInvoiceSheet(table: SheetTable, context: ReadContext): InvoiceSheetResult {
  const issues: Issue[] = [];
  const counter = newRowCounter();
  const columns = invoiceColumns(table);
  const dates: TypedColumn[] = [];
  for (const [field, column] of [["invoiceDate", columns.invoiceDate], ["dueDate", columns.dueDate], ["paidDate", columns.paidDate]] as const) {
    if (column !== undefined) dates.push({ column, field });
  }
  const amounts: TypedColumn[] = table.columns.buckets.map((column) => ({ column, field: "bucket" as const }));
  for (const [field, column] of [["amount", columns.amount], ["openBalance", columns.open], ["paidAmount", columns.paid], ["creditLimit", columnOf(table, "creditLimit")]] as const) {
    if (column !== undefined) amounts.push({ column, field });
  }
  const typed = prepareTypedColumns(table, dates, amounts, context);
  issues.push(...typed.issues);
  const reader = sheetRowReader(table, typed, issues);
  const { grid } = table;
  if (columns.dueDate === undefined && columns.terms === undefined) issues.push(noDueDateColumn(table.name, table.headerRowNumber, grid.left));
  if (columns.invoiceNo === undefined) {
    issues.push(makeIssue("missing-invoice-number", "warning", toCellAddress(table.name, table.headerRowNumber, grid.left),
      `Sheet "${table.name}" has no invoice-number column Collect recognised, so each invoice is named by its row ("${table.name} row 7"). Name the column "Invoice #", or add "mapping | ${table.name} | invoiceNo | A" (with the right column letter) to the "Collect Settings" sheet.`));
  }

  const invoices: InvoiceDraft[] = [];
  const payments: PaymentDraft[] = [];
  const sightings: CustomerSighting[] = [];
  const collectDetails = table.columns.fields.has("email") || table.columns.fields.has("phone") || table.columns.fields.has("address") ||
    table.columns.fields.has("contactPerson") || table.columns.fields.has("creditLimit") || table.columns.fields.has("segment");
  const sheetScope = newScopeSums();
  let groupScope = newScopeSums();
  let groupName: string | null = null;
  const firstSeen = new Map<string, number>();

  for (let row = table.headerIndex + 1; row < grid.values.length; row += 1) {
    const kind = table.rowKinds[row];
    if (kind === undefined || kind.kind === "blank") counter.blank += 1;
    else if (kind.kind === "repeated-header") counter.repeatedHeader += 1;
    else if (kind.kind === "label") {
      counter.title += 1;
      if (!kind.note && !isBucketLabel(kind.text)) groupName = kind.text;
      else if (!kind.note) groupName = null;
      groupScope = newScopeSums();
    } else if (kind.kind === "total") {
      counter.subtotal += 1;
      for (const [compare, column] of [["open", columns.open], ["amount", columns.amount]] as const) {
        const cell = typed.amount(column, row);
        if (column === undefined || cell === null || !("cents" in cell)) continue;
        const scope = kind.grand ? sheetScope : groupScope;
        issues.push(...checkStatedTotal({ sheet: table.name, row: reader.sheetRow(row), column: reader.sheetColumn(column), statedCents: cell.cents, compare, grand: kind.grand, groupName: kind.label || (groupName ?? "") }, scope));
      }
      if (!kind.grand) groupName = null;
      groupScope = newScopeSums();
    } else {
      const result = readInvoiceRow(table, columns, typed, reader, row, groupName, issues);
      if (result.kind === "skipped") {
        counter.withIssue += 1;
        sheetScope.skipped += 1;
        groupScope.skipped += 1;
        continue;
      }
      counter.used += 1;
      if (result.kind === "payment") {
        payments.push(result.payment);
        addToScope(sheetScope, result.payment.currency, -result.payment.amountCents, -result.payment.amountCents);
        addToScope(groupScope, result.payment.currency, -result.payment.amountCents, -result.payment.amountCents);
        continue;
      }
      const invoice = result.invoice;
      invoices.push(invoice);
      const open = invoice.statedOpenCents ?? invoice.amountCents;
      addToScope(sheetScope, invoice.currency, invoice.amountCents, open);
      addToScope(groupScope, invoice.currency, invoice.amountCents, open);
      reportDuplicate(invoice, firstSeen, invoices.length - 1, invoices, issues);
      if (collectDetails) sightings.push({ customerId: invoice.customerId, customerName: invoice.customerName, details: reader.details(row), source: invoice.source, fromList: false });
    }
  }
  return { invoices, payments, sightings, rows: counter, issues };
}

/** The columns an invoice sheet is read from, with generic fields resolved for this role. */
function invoiceColumns(table: SheetTable): InvoiceColumns {
  const detail = table.role === "aging-detail";
  const amount = columnOf(table, "amount") ?? (detail ? undefined : columnOf(table, "total"));
  const open = columnOf(table, "openBalance") ?? (detail ? columnOf(table, "total") : undefined);
  return {
    invoiceNo: columnOf(table, "invoiceNo"),
    customerName: columnOf(table, "customerName"),
    customerId: columnOf(table, "customerId"),
    invoiceDate: columnOf(table, "invoiceDate", "date"),
    dueDate: columnOf(table, "dueDate"),
    paidDate: columnOf(table, "paidDate", "paymentDate"),
    amount,
    open,
    paid: columnOf(table, "paidAmount", "paymentAmount"),
    buckets: open === undefined ? table.columns.buckets : [],
    currency: columnOf(table, "currency"),
    terms: columnOf(table, "terms"),
    status: columnOf(table, "status"),
    docType: columnOf(table, "docType"),
    disputed: columnOf(table, "disputed"),
    onHold: columnOf(table, "onHold"),
    notes: columnOf(table, "notes"),
    billingChannel: columnOf(table, "billingChannel"),
  };
}

/**
 * Warns (once per repeat) when an invoice number appears again for the same customer and kind on the sheet.
 * Keyed by invoice number alone first, so the common case (no repeat) builds no composite keys.
 */
function reportDuplicate(invoice: InvoiceDraft, firstSeen: Map<string, number>, index: number, invoices: readonly InvoiceDraft[], issues: Issue[]): void {
  const first = firstSeen.get(invoice.invoiceNo);
  if (first === undefined) {
    firstSeen.set(invoice.invoiceNo, index);
    return;
  }
  const sameAs = (other: InvoiceDraft | undefined): boolean =>
    other !== undefined && other.kind === invoice.kind && (other.customerId ?? other.customerName) === (invoice.customerId ?? invoice.customerName);
  let original = invoices[first];
  if (!sameAs(original)) {
    // The same number for another customer or kind is legitimate; repeats of that pair are tracked apart.
    const key = `${invoice.invoiceNo}\u0000${invoice.customerId ?? invoice.customerName ?? ""}\u0000${invoice.kind}`;
    const pairFirst = firstSeen.get(key);
    if (pairFirst === undefined) {
      firstSeen.set(key, index);
      return;
    }
    original = invoices[pairFirst];
  }
  if (original === undefined) return;
  issues.push(makeIssue("duplicate-invoice", "warning", invoice.source,
    `Sheet "${invoice.sheet}", row ${String(invoice.row)}: invoice "${invoice.invoiceNo}" appears again for the same customer (first on row ${String(original.row)}). Collect counted both rows; if they are the same invoice, delete one.`));
}
