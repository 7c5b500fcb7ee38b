/**
 * Writes a sample book to .xlsx the way a tidy bookkeeper keeps it: one sheet per list, a bold frozen
 * header row with an autofilter, real Excel dates (serials with a date format, 1900 date system) and
 * amounts formatted "#,##0.00". The same book always gives the same bytes: workbook properties come
 * from the book's as-of date and the zip timestamps are fixed (see zip-timestamps.ts).
 */
import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import type { IsoDate } from "../../core/dates/iso-date";
import { isoDateToSerial } from "../../core/excel/serial";
import type {
  SampleBook, SampleCompanyRow, SampleContactRow, SampleCustomerRow, SampleInvoiceRow, SamplePaymentRow,
} from "./sample-book";
import { setZipTimestamps, toDosTimestamp } from "./_lib/zip-timestamps";

/** How date cells are shown; both are real dates underneath. */
export type SampleDateFormat = "dd/mm/yyyy" | "yyyy-mm-dd";

export interface WriteSampleOptions {
  /** Number format of date cells. @defaultvalue "dd/mm/yyyy" (the UK bookkeeper's habit) */
  readonly dateFormat?: SampleDateFormat;
}

/** The sheet names, in tab order. */
export const SAMPLE_SHEETS = {
  invoices: "Invoices", payments: "Payments", customers: "Customers", contactLog: "Contact Log", company: "Company",
} as const;

export const AMOUNT_FORMAT = "#,##0.00";
const WHOLE_AMOUNT_FORMAT = "#,##0";

/** Thrown when a date in the book cannot be an Excel date (outside 1900–9999): a broken generator invariant. */
export class SampleWriteError extends Error {
  override name = "SampleWriteError";
}

type CellContent = string | number | null;
type ColumnKind = "text" | "date" | "amount" | "whole-amount";

interface Column<Row> {
  readonly header: string;
  readonly width: number;
  readonly kind: ColumnKind;
  readonly value: (row: Row) => IsoDate | string | number | null;
}

const yesOrBlank = (flag: boolean): string | null => (flag ? "Yes" : null);
const centsOrBlank = (cents: number | null): number | null => (cents === null ? null : cents / 100);

const INVOICE_COLUMNS: readonly Column<SampleInvoiceRow>[] = [
  { header: "Invoice No", width: 12, kind: "text", value: (r) => r.invoiceNo },
  { header: "Customer ID", width: 12, kind: "text", value: (r) => r.customerId },
  { header: "Customer Name", width: 36, kind: "text", value: (r) => r.customerName },
  { header: "Invoice Date", width: 13, kind: "date", value: (r) => r.invoiceDate },
  { header: "Terms", width: 8, kind: "text", value: (r) => r.terms },
  { header: "Due Date", width: 13, kind: "date", value: (r) => r.dueDate },
  { header: "Amount", width: 13, kind: "amount", value: (r) => r.amountCents / 100 },
  { header: "Currency", width: 10, kind: "text", value: (r) => r.currency },
  { header: "Paid", width: 13, kind: "amount", value: (r) => r.paidCents / 100 },
  { header: "Balance", width: 13, kind: "amount", value: (r) => r.balanceCents / 100 },
  { header: "Status", width: 11, kind: "text", value: (r) => r.status },
  { header: "Disputed", width: 10, kind: "text", value: (r) => yesOrBlank(r.disputed) },
  { header: "Notes", width: 70, kind: "text", value: (r) => r.notes },
];

const PAYMENT_COLUMNS: readonly Column<SamplePaymentRow>[] = [
  { header: "Payment Date", width: 13, kind: "date", value: (r) => r.paymentDate },
  { header: "Customer ID", width: 12, kind: "text", value: (r) => r.customerId },
  { header: "Invoice No", width: 12, kind: "text", value: (r) => r.invoiceNo },
  { header: "Amount", width: 13, kind: "amount", value: (r) => r.amountCents / 100 },
  { header: "Method", width: 14, kind: "text", value: (r) => r.method },
  { header: "Reference", width: 26, kind: "text", value: (r) => r.reference },
];

const CUSTOMER_COLUMNS: readonly Column<SampleCustomerRow>[] = [
  { header: "Customer ID", width: 12, kind: "text", value: (r) => r.customerId },
  { header: "Customer Name", width: 36, kind: "text", value: (r) => r.customerName },
  { header: "Contact Person", width: 24, kind: "text", value: (r) => r.contactPerson },
  { header: "Email", width: 40, kind: "text", value: (r) => r.email },
  { header: "Phone", width: 17, kind: "text", value: (r) => r.phone },
  { header: "Billing Address", width: 58, kind: "text", value: (r) => r.billingAddress },
  { header: "Segment", width: 14, kind: "text", value: (r) => r.segment },
  { header: "Credit Limit", width: 12, kind: "whole-amount", value: (r) => r.creditLimitCents / 100 },
  { header: "Currency", width: 10, kind: "text", value: (r) => r.currency },
  { header: "Payment Terms", width: 15, kind: "text", value: (r) => r.paymentTerms },
  { header: "Language", width: 10, kind: "text", value: (r) => r.language },
  { header: "Collector", width: 15, kind: "text", value: (r) => r.collector },
  { header: "On Hold", width: 10, kind: "text", value: (r) => yesOrBlank(r.onHold) },
];

const CONTACT_COLUMNS: readonly Column<SampleContactRow>[] = [
  { header: "Date", width: 13, kind: "date", value: (r) => r.date },
  { header: "Customer ID", width: 12, kind: "text", value: (r) => r.customerId },
  { header: "Person", width: 24, kind: "text", value: (r) => r.person },
  { header: "Channel", width: 10, kind: "text", value: (r) => r.channel },
  { header: "Notes", width: 100, kind: "text", value: (r) => r.notes },
  { header: "Promise Amount", width: 16, kind: "amount", value: (r) => centsOrBlank(r.promiseCents) },
  { header: "Promise Date", width: 13, kind: "date", value: (r) => r.promiseDate },
];

function toCellContent(kind: ColumnKind, value: IsoDate | string | number | null): CellContent {
  if (value === null || kind !== "date") return value;
  const serial = isoDateToSerial(value as IsoDate, "1900");
  if (!serial.ok) throw new SampleWriteError(`cannot write ${value} as an Excel date (${serial.error})`);
  return serial.value;
}

function numberFormatOf(kind: ColumnKind, dateFormat: SampleDateFormat): string | null {
  switch (kind) {
    case "date":
      return dateFormat;
    case "amount":
      return AMOUNT_FORMAT;
    case "whole-amount":
      return WHOLE_AMOUNT_FORMAT;
    case "text":
      return null;
  }
}

/** One list as a sheet: bold frozen header, autofilter over the data, widths and number formats per column. */
function addListSheet<Row>(
  workbook: ExcelJS.Workbook, name: string, columns: readonly Column<Row>[], rows: readonly Row[], dateFormat: SampleDateFormat,
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }] });
  sheet.columns = columns.map((column) => ({ width: column.width }));
  const header = sheet.addRow(columns.map((column) => column.header));
  header.font = { bold: true };
  const formats = columns.map((column) => numberFormatOf(column.kind, dateFormat));
  for (const row of rows) {
    const added = sheet.addRow(columns.map((column) => toCellContent(column.kind, column.value(row))));
    for (const [index, format] of formats.entries()) {
      if (format !== null) added.getCell(index + 1).numFmt = format;
    }
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: columns.length } };
}

function addCompanySheet(workbook: ExcelJS.Workbook, rows: readonly SampleCompanyRow[]): void {
  const sheet = workbook.addWorksheet(SAMPLE_SHEETS.company);
  sheet.columns = [{ width: 20 }, { width: 58 }];
  for (const row of rows) {
    const added = sheet.addRow([row.label, row.value]);
    added.getCell(1).font = { bold: true };
  }
}

/** The moment the bookkeeper last saved the file: 17:30 UTC on the as-of date. */
const SAVED_HOUR = 17;
const SAVED_MINUTE = 30;

/**
 * The workbook as .xlsx bytes.
 *
 * @example (await sampleBookToBuffer(generateSampleBook())).subarray(0, 2).toString() //=> "PK"
 */
export async function sampleBookToBuffer(book: SampleBook, options: WriteSampleOptions = {}): Promise<Buffer> {
  const dateFormat = options.dateFormat ?? "dd/mm/yyyy";
  const workbook = new ExcelJS.Workbook();
  const [year, month, day] = [Number(book.asOf.slice(0, 4)), Number(book.asOf.slice(5, 7)), Number(book.asOf.slice(8, 10))];
  const saved = new Date(Date.UTC(year, month - 1, day, SAVED_HOUR, SAVED_MINUTE));
  workbook.creator = "Priya Shah";
  workbook.lastModifiedBy = "Priya Shah";
  workbook.company = "Harbour Lane Supplies Ltd";
  workbook.title = "Sales ledger";
  workbook.created = saved;
  workbook.modified = saved;

  addListSheet(workbook, SAMPLE_SHEETS.invoices, INVOICE_COLUMNS, book.invoices, dateFormat);
  addListSheet(workbook, SAMPLE_SHEETS.payments, PAYMENT_COLUMNS, book.payments, dateFormat);
  addListSheet(workbook, SAMPLE_SHEETS.customers, CUSTOMER_COLUMNS, book.customers, dateFormat);
  addListSheet(workbook, SAMPLE_SHEETS.contactLog, CONTACT_COLUMNS, book.contactLog, dateFormat);
  addCompanySheet(workbook, book.company);

  const bytes = await workbook.xlsx.writeBuffer();
  return setZipTimestamps(new Uint8Array(bytes), toDosTimestamp(year, month, day, SAVED_HOUR, SAVED_MINUTE, 0));
}

/** Writes the workbook to `path`, replacing any file there. */
export async function writeSampleBook(book: SampleBook, path: string, options: WriteSampleOptions = {}): Promise<void> {
  await fs.writeFile(path, await sampleBookToBuffer(book, options));
}
