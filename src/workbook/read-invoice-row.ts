import { addDays } from "../core/dates/iso-date";
import type { Cents } from "../core/money/cents";
import type { Issue } from "../core/types/issue";
import type { AmountCell } from "./amount-column";
import { readYesNo } from "./cell-text";
import type { FieldId } from "./fields";
import type { InvoiceDraft, PaymentDraft } from "./ledger-drafts";
import { currencyConflict, missingDueDate, missingValue, unreadableAmount } from "./messages";
import type { SheetTable } from "./prepare-sheet";
import type { SheetRowReader } from "./sheet-row-reader";
import type { TypedColumns } from "./typed-columns";

/** Grid columns of an invoice sheet, generic fields already resolved for its role. */
export interface InvoiceColumns {
  readonly invoiceNo: number | undefined;
  readonly customerName: number | undefined;
  readonly customerId: number | undefined;
  readonly invoiceDate: number | undefined;
  readonly dueDate: number | undefined;
  readonly paidDate: number | undefined;
  readonly amount: number | undefined;
  readonly open: number | undefined;
  readonly paid: number | undefined;
  /** Aging-bucket columns that make up the open balance when there is no open-balance column (Xero). */
  readonly buckets: readonly number[];
  readonly currency: number | undefined;
  readonly terms: number | undefined;
  readonly status: number | undefined;
  readonly docType: number | undefined;
  readonly disputed: number | undefined;
  readonly onHold: number | undefined;
  readonly notes: number | undefined;
  readonly billingChannel: number | undefined;
}

/** One data row of an invoice sheet: an invoice or credit memo, a payment row, or skipped with its issues. */
export type InvoiceRowResult =
  | { readonly kind: "invoice"; readonly invoice: InvoiceDraft }
  | { readonly kind: "payment"; readonly payment: PaymentDraft }
  | { readonly kind: "skipped" };

type Money = { readonly cents: Cents; readonly currency: string | null } | null;

const LETTER_ONLY = /^[^\d]+$/;

/**
 * Reads one data row of an invoice register or open-items sheet. A row without an invoice number, customer
 * or readable amount is skipped with an error (never read as 0); a date it cannot read is left empty with a
 * warning and the invoice is kept. `groupName` is the customer heading above the row, if any.
 *
 * @example readInvoiceRow(table, columns, typed, reader, 1, null, issues) //=> { kind: "invoice", invoice: { invoiceNo: "INV-2025-0010", … } }
 */
export function readInvoiceRow(table: SheetTable, columns: InvoiceColumns, typed: TypedColumns, reader: SheetRowReader, row: number, groupName: string | null, issues: Issue[]): InvoiceRowResult {
  const sheet = table.name;
  const sheetRow = reader.sheetRow(row);
  const source = reader.rowAddress(row);
  const errors: Issue[] = [];
  const col = (column: number | undefined): number => reader.sheetColumn(column ?? 0);

  const money = (column: number | undefined, field: FieldId): Money | "error" => {
    const cell: AmountCell = typed.amount(column, row);
    if (cell === null || "cents" in cell) return cell;
    errors.push(unreadableAmount(sheet, sheetRow, col(column), field, cell.problem, cell.text));
    return "error";
  };
  const invoiceNo = columns.invoiceNo === undefined ? `${sheet} row ${String(sheetRow)}` : reader.id(columns.invoiceNo, row);
  const customerId = reader.id(columns.customerId, row);
  const customerName = reader.text(columns.customerName, row) ?? groupName;
  const amount = money(columns.amount, "amount");
  const open = columns.open !== undefined ? money(columns.open, "openBalance") : bucketSum(columns.buckets, typed, row, sheet, sheetRow, reader, errors);
  const paidRaw = columns.paid === undefined ? undefined : table.grid.values[row]?.[columns.paid];
  const paidFlag = typeof paidRaw === "boolean" || (typeof paidRaw === "string" && LETTER_ONLY.test(paidRaw.trim())) ? readYesNo(paidRaw) : null;
  const paid = paidFlag === null ? money(columns.paid, "paidAmount") : null;

  if (invoiceNo === null) errors.push(missingValue("missing-invoice-number", sheet, sheetRow, col(columns.invoiceNo), "this row has no invoice number", "Fill in the invoice number."));
  if (customerId === null && customerName === null) {
    errors.push(missingValue("missing-customer", sheet, sheetRow, col(columns.customerName ?? columns.customerId), "this row names no customer", "Fill in the customer."));
  }
  if (amount === null && open === null && errors.length === 0) {
    errors.push(missingValue("missing-amount", sheet, sheetRow, col(columns.amount ?? columns.open), `invoice "${invoiceNo ?? ""}" has no amount`, "Fill in the amount."));
  }
  if (errors.length > 0 || invoiceNo === null || amount === "error" || open === "error" || paid === "error") {
    issues.push(...errors);
    return { kind: "skipped" };
  }
  const base = amount ?? open;
  if (base === null) return { kind: "skipped" };

  const docType = reader.status(columns.docType, row);
  const statusText = reader.text(columns.status, row);
  const status = reader.status(columns.status, row);
  const currency = rowCurrency(table, columns, reader, row, base.currency, issues);
  const dateOutcome = "The invoice is kept without this date.";
  const invoiceDate = reader.date(columns.invoiceDate, row, columns.invoiceDate === table.columns.fields.get("date") ? "date" : "invoiceDate", dateOutcome);

  if (docType.payment || status.payment) {
    if (invoiceDate === null) {
      issues.push(missingValue("missing-date", sheet, sheetRow, col(columns.invoiceDate), "this payment row has no date Collect can read", "Fill in the payment date."));
      return { kind: "skipped" };
    }
    const paymentCents = Math.abs((open ?? base).cents) as Cents;
    return { kind: "payment", payment: { customerId, customerName, invoiceNo: null, date: invoiceDate, amountCents: paymentCents, currency, source } };
  }

  const credit = docType.credit || status.credit || base.cents < 0;
  const sign = credit && base.cents > 0 ? -1 : 1;
  const amountCents = (sign * base.cents) as Cents;
  const statedOpenCents = open === null ? null : ((sign * open.cents) as Cents);
  const terms = reader.text(columns.terms, row);
  const dueCell = columns.dueDate === undefined ? null : typed.date(columns.dueDate, row);
  let dueDate = reader.date(columns.dueDate, row, "dueDate", "The invoice is kept without a due date, so it cannot be aged until you correct it.");
  if (dueDate === null && (dueCell === null || typed.dateOrderUnsettled(columns.dueDate))) {
    const days = terms === null ? null : reader.termsDays(terms);
    if (days !== null && invoiceDate !== null) dueDate = addDays(invoiceDate, days);
    else if (dueCell === null && !credit && (columns.dueDate !== undefined || columns.terms !== undefined)) {
      issues.push(missingDueDate(sheet, sheetRow, col(columns.dueDate ?? columns.terms), invoiceNo, terms));
    }
  }
  const paidDate = reader.date(columns.paidDate, row, "paidDate", "The invoice is kept without a paid date.");
  const disputed = reader.flag(columns.disputed, row, "disputed", true, "Collect treats the invoice as disputed (and will not chase it) until this is corrected.") || status.disputed;
  const onHold = reader.flag(columns.onHold, row, "onHold", true, "Collect treats the invoice as on hold (not chased) until this is corrected.") || status.onHold;
  const closedBy = paidDate !== null ? "paid-date" : status.closed ? "status" : paidFlag === true ? "paid-flag" : null;

  return {
    kind: "invoice",
    invoice: {
      invoiceNo, customerId, customerName, kind: credit ? "credit-memo" : "invoice", invoiceDate, dueDate, terms, amountCents,
      statedOpenCents, paidCents: paid === null ? null : paid.cents, closedBy, currency, status: statusText, disputed, paidDate, onHold,
      notes: reader.text(columns.notes, row), billingChannel: reader.text(columns.billingChannel, row), source, sheet, row: sheetRow,
    },
  };
}

/** The open balance as the sum of aging-bucket cells; null when they are all blank. */
function bucketSum(buckets: readonly number[], typed: TypedColumns, row: number, sheet: string, sheetRow: number, reader: SheetRowReader, errors: Issue[]): Money | "error" {
  let total = 0;
  let any = false;
  let currency: string | null = null;
  for (const column of buckets) {
    const cell = typed.amount(column, row);
    if (cell === null) continue;
    if (!("cents" in cell)) {
      errors.push(unreadableAmount(sheet, sheetRow, reader.sheetColumn(column), "bucket", cell.problem, cell.text));
      return "error";
    }
    total += cell.cents;
    currency ??= cell.currency;
    any = true;
  }
  return any ? { cents: total as Cents, currency } : null;
}

/** The row's currency: its currency cell, else the amount's symbol or code, else the header's, else the sheet's setting. */
function rowCurrency(table: SheetTable, columns: InvoiceColumns, reader: SheetRowReader, row: number, written: string | null, issues: Issue[]): string | null {
  const stated = reader.currency(columns.currency, row);
  if (stated !== null && written !== null && stated !== written) {
    issues.push(currencyConflict(table.name, reader.sheetRow(row), reader.sheetColumn(columns.amount ?? columns.open ?? 0), stated, written));
  }
  const header = table.columns.currencies.get(columns.open ?? -1) ?? table.columns.currencies.get(columns.amount ?? -1) ?? null;
  return stated ?? written ?? header ?? table.settings.currency;
}
