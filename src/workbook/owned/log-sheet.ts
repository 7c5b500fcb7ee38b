import type { DateSystem } from "../../core/excel/serial";
import type { ContactChannel, ContactLogEntry } from "../../core/ledger/ledger";
import type { CellValue } from "../grid";
import type { OwnedColumn, OwnedSheet } from "../owned-sheet";
import { amountCell, dateCell } from "./_lib/cells";
import { DATE_FORMAT, MONEY_FORMAT, TEXT_FORMAT } from "./_lib/formats";

/** The append-only contact log Collect keeps (the user may type rows too). */
export const LOG_SHEET_NAME = "Collect Log";

/** The log's columns, in order. Time, Invoice and the text columns are text so "00123" and "=x" stay as typed. */
export const LOG_COLUMNS: readonly OwnedColumn[] = [
  { header: "Date", width: 12, numberFormat: DATE_FORMAT },
  { header: "Time", width: 8, numberFormat: TEXT_FORMAT },
  { header: "Customer", width: 28, numberFormat: TEXT_FORMAT },
  { header: "Invoice", width: 14, numberFormat: TEXT_FORMAT },
  { header: "Person", width: 20, numberFormat: TEXT_FORMAT },
  { header: "Channel", width: 10, numberFormat: TEXT_FORMAT },
  { header: "Discussed", width: 50, numberFormat: TEXT_FORMAT },
  { header: "Offers", width: 30, numberFormat: TEXT_FORMAT },
  { header: "Promise amount", width: 14, numberFormat: MONEY_FORMAT },
  { header: "Promise date", width: 12, numberFormat: DATE_FORMAT },
  { header: "Dispute", width: 10, numberFormat: TEXT_FORMAT },
  { header: "Stage", width: 22, numberFormat: TEXT_FORMAT },
  { header: "Template", width: 16, numberFormat: TEXT_FORMAT },
  { header: "Source", width: 18, numberFormat: TEXT_FORMAT },
];

/** How each channel is written in the log. */
export const CHANNEL_LABELS: Readonly<Record<ContactChannel, string>> = { call: "Call", "e-mail": "E-mail", letter: "Letter", visit: "Visit", other: "Other" };

/**
 * The empty `Collect Log` with its headers, created once; afterwards Collect only appends.
 *
 * @example defaultLogSheet().columns.length //=> 14
 */
export function defaultLogSheet(): OwnedSheet {
  return { name: LOG_SHEET_NAME, columns: LOG_COLUMNS, rows: [] };
}

/** Options for `logRows`. */
export interface LogRowsOptions {
  /** Customer key → name, so the log shows names a person recognises (the reader matches names back). */
  readonly customerNames?: ReadonlyMap<string, string>;
}

/**
 * Log entries as rows to append to `Collect Log`, dates as serials in the workbook's date system.
 *
 * @example logRows([entry], "1900")[0] //=> [46351, "10:30", "Acme Ltd", "INV-7", "Dean", "Call", "Promised to pay", null, 500, 46356, null, "5 Firmer pressure", "firm-reminder", "Collect task pane"]
 */
export function logRows(entries: readonly ContactLogEntry[], dateSystem: DateSystem, options?: LogRowsOptions): readonly (readonly CellValue[])[] {
  return entries.map((entry) => [
    dateCell(entry.date, dateSystem),
    entry.time,
    options?.customerNames?.get(entry.customerKey) ?? entry.customerKey,
    entry.invoiceNo,
    entry.person,
    CHANNEL_LABELS[entry.channel],
    entry.discussed,
    entry.offers,
    amountCell(entry.promiseCents),
    dateCell(entry.promiseDate, dateSystem),
    entry.disputeOpened ? "Opened" : entry.disputeResolved === true ? "Resolved" : null,
    entry.stage,
    entry.template,
    entry.origin ?? null,
  ]);
}
