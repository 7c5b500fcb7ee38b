import { quoteSheetName } from "../core/excel/address";
import { isDateFormat } from "../core/excel/is-date-format";
import type { ContactLogEntry, Ledger, Payment, RowAccounting, SheetReport, SheetRole } from "../core/ledger/ledger";
import type { CellAddress, Issue } from "../core/types/issue";
import { applyPayments } from "./apply-payments";
import { buildCustomers, type CustomerMention } from "./build-customers";
import { COLLECT_LOG_SHEET_NAME, COLLECT_SHEET_PREFIX } from "./classify-sheet-role";
import { NO_SETTINGS, readSettings, SETTINGS_SHEET_NAME } from "./collect-settings";
import { buildCustomerKeyIndex } from "./customer-keys";
import type { Grid, WorkbookGrids } from "./grid";
import type { ContactDraft, CustomerRef, CustomerSighting, InvoiceDraft, PaymentDraft } from "./ledger-drafts";
import { makeIssue } from "./messages";
import { newRowCounter, prepareSheet, type RowCounter, type SheetTable } from "./prepare-sheet";
import { readAgingSummary, type SummaryLine } from "./read-aging-summary";
import { readContactSheet } from "./read-contact-sheet";
import { readCustomerSheet } from "./read-customer-sheet";
import { readInvoiceSheet } from "./read-invoice-sheet";
import { readPaymentSheet } from "./read-payment-sheet";
import { type CollectSettings, mergeSettings, settingsForSheet } from "./sheet-settings";
import { tieOutSummary } from "./tie-out-summary";
import { reportCrossSheetDuplicates, unknownRole } from "./workbook-checks";
import type { ReadContext } from "./typed-columns";

/** How to read a workbook. Anything given here wins over the workbook's own "Collect Settings" sheet. */
export interface ReadLedgerOptions extends Partial<CollectSettings> {
  /** Read the workbook's "Collect Settings" sheet (default true). */
  readonly useSettingsSheet?: boolean;
}

interface SheetRecord {
  readonly name: string;
  readonly role: SheetRole;
  readonly table: SheetTable | null;
  readonly rows: RowCounter;
}

interface Collected {
  readonly invoices: InvoiceDraft[];
  readonly payments: PaymentDraft[];
  readonly contacts: ContactDraft[];
  readonly sightings: CustomerSighting[];
  readonly summaries: { table: SheetTable; lines: readonly SummaryLine[] }[];
  readonly issues: Issue[];
}

/**
 * Reads the bookkeeper's workbook as it is into a `Ledger`: every sheet's role, header and columns are found
 * (or taken from the settings), every row below a header is used, counted as blank/title/subtotal/repeated
 * header, or reported as an issue with its address. Problems in the data are never thrown.
 *
 * @example readLedger({ dateSystem: "1900", sheets: [openInvoicesGrid] }).invoices.length //=> 26
 */
export function readLedger(book: WorkbookGrids, options: ReadLedgerOptions = {}): Ledger {
  const formats = new Map<string, boolean>();
  const context: ReadContext = {
    dateSystem: book.dateSystem,
    isDateFormat: (code) => {
      let known = formats.get(code);
      if (known === undefined) {
        known = isDateFormat(code);
        formats.set(code, known);
      }
      return known;
    },
  };
  const settingsGrid = options.useSettingsSheet === false ? undefined : book.sheets.find((grid) => grid.sheetName === SETTINGS_SHEET_NAME);
  const fromSheet = settingsGrid === undefined ? NO_SETTINGS : readSettings(settingsGrid);
  const settings = mergeSettings(fromSheet.value, options);
  const collected: Collected = { invoices: [], payments: [], contacts: [], sightings: [], summaries: [], issues: [...fromSheet.issues] };
  const records = book.sheets.map((grid) => readSheet(grid, settings, context, collected));

  const index = buildCustomerKeyIndex(allRefs(collected));
  const keyByInvoice = new Map<string, string>();
  const invoiceKeys: string[] = [];
  for (const draft of collected.invoices) {
    const key = index.keyOf(draft) ?? draft.invoiceNo;
    if (!keyByInvoice.has(draft.invoiceNo)) keyByInvoice.set(draft.invoiceNo, key);
    invoiceKeys.push(key);
  }
  const dropped = new Set<CellAddress>();
  const payments: Payment[] = [];
  for (const draft of collected.payments) {
    const customerKey = index.keyOf(draft) ?? (draft.invoiceNo === null ? undefined : keyByInvoice.get(draft.invoiceNo));
    if (customerKey === undefined || customerKey === null) {
      dropped.add(draft.source);
      collected.issues.push(makeIssue("payment-unmatched", "error", draft.source,
        `The payment at ${draft.source} names invoice "${draft.invoiceNo ?? ""}" and no customer, and Collect found no such invoice, so the payment was not read. Fill in the customer, or correct the invoice number.`));
      continue;
    }
    payments.push({ customerKey, invoiceNo: draft.invoiceNo, date: draft.date, amountCents: draft.amountCents, currency: draft.currency, source: draft.source });
  }
  const contacts: ContactLogEntry[] = [];
  for (const draft of collected.contacts) {
    const customerKey = index.keyOf(draft) ?? (draft.invoiceNo === null ? undefined : keyByInvoice.get(draft.invoiceNo));
    if (customerKey === undefined || customerKey === null) {
      if (draft.source !== null) dropped.add(draft.source);
      collected.issues.push(makeIssue("missing-customer", "error", draft.source,
        `The contact at ${draft.source ?? ""} names invoice "${draft.invoiceNo ?? ""}" and no customer, and Collect found no such invoice, so it was not read. Fill in the customer.`));
      continue;
    }
    const { customerId: _id, customerName: _name, ...entry } = draft;
    contacts.push({ ...entry, customerKey });
  }
  const { customers, nameOf } = buildCustomers(index, mentions(collected), collected.sightings);
  const applied = applyPayments(collected.invoices, invoiceKeys, payments, nameOf);
  appendAll(collected.issues, applied.issues);
  for (const { table, lines } of collected.summaries) {
    appendAll(collected.issues, tieOutSummary(table.name, table.headerRowNumber, table.grid.left, lines, applied.invoices));
  }
  if (new Set(collected.invoices.map((draft) => draft.sheet)).size > 1) appendAll(collected.issues, reportCrossSheetDuplicates(applied.invoices));

  return {
    dateSystem: book.dateSystem,
    invoices: applied.invoices,
    payments,
    customers,
    contacts,
    sheets: records.map((record) => sheetReport(record, dropped)),
    issues: collected.issues,
  };
}

function readSheet(grid: Grid, settings: CollectSettings, context: ReadContext, collected: Collected): SheetRecord {
  const sheetSettings = settingsForSheet(settings, grid.sheetName);
  const skipped = (role: SheetRole): SheetRecord => ({ name: grid.sheetName, role, table: null, rows: newRowCounter() });
  if (sheetSettings.choice === "ignore") return skipped("unknown");
  if (grid.sheetName.startsWith(COLLECT_SHEET_PREFIX) && grid.sheetName !== COLLECT_LOG_SHEET_NAME) return skipped("collect-owned");
  const prepared = prepareSheet(grid, sheetSettings);
  appendAll(collected.issues, prepared.issues);
  const table = prepared.table;
  if (table === null) return skipped("unknown");
  const record = (rows: RowAccounting, issues: readonly Issue[]): SheetRecord => {
    appendAll(collected.issues, issues);
    return { name: table.name, role: table.role, table, rows: { ...rows } };
  };
  switch (table.role) {
    case "invoices":
    case "aging-detail": {
      const result = readInvoiceSheet(table, context);
      appendAll(collected.invoices, result.invoices);
      appendAll(collected.payments, result.payments);
      appendAll(collected.sightings, result.sightings);
      return record(result.rows, result.issues);
    }
    case "payments": {
      const result = readPaymentSheet(table, context);
      appendAll(collected.payments, result.payments);
      return record(result.rows, result.issues);
    }
    case "customers": {
      const result = readCustomerSheet(table, context);
      appendAll(collected.sightings, result.sightings);
      return record(result.rows, result.issues);
    }
    case "contact-log": {
      const result = readContactSheet(table, context);
      appendAll(collected.contacts, result.contacts);
      return record(result.rows, result.issues);
    }
    case "aging-summary": {
      const result = readAgingSummary(table, context);
      collected.summaries.push({ table, lines: result.lines });
      return record(result.rows, result.issues);
    }
    case "collect-owned":
    case "unknown": {
      const result = unknownRole(table);
      return record(result.rows, result.issues);
    }
  }
}

function sheetReport(record: SheetRecord, dropped: ReadonlySet<CellAddress>): SheetReport {
  const rows = { ...record.rows };
  if (dropped.size > 0 && record.table !== null) {
    for (const address of dropped) {
      if (address.startsWith(`${quoteSheetName(record.name)}!`)) {
        rows.used -= 1;
        rows.withIssue += 1;
      }
    }
  }
  return { name: record.name, role: record.role, headerRow: record.table?.headerRowNumber ?? null, columns: record.table?.columns.mappings ?? [], rows };
}

/** Appends without spreading, which overflows the call stack for very large arrays. */
function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

function* allRefs(collected: Collected): Generator<CustomerRef> {
  yield* collected.sightings;
  yield* collected.invoices;
  yield* collected.payments;
  yield* collected.contacts;
}

function* mentions(collected: Collected): Generator<CustomerMention> {
  yield* collected.invoices;
  yield* collected.payments;
  yield* collected.contacts;
}
