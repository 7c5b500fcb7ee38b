/*
 * Appending a contact to the `Collect Log` from the task pane: the form's entry, or "mark done" on a worklist
 * row. The log is the user's record too, so Collect only appends (creating the sheet with its headers first
 * when the workbook has none yet).
 */
import type { IsoDate } from "../core/dates/iso-date";
import type { WorklistRow } from "../core/desk/worklist";
import type { ContactChannel, ContactLogEntry, Ledger } from "../core/ledger/ledger";
import type { Channel } from "../core/policy/policy";
import type { WorkbookHost } from "../hosts/host";
import { defaultLogSheet, LOG_COLUMNS, LOG_SHEET_NAME, logRows } from "../workbook/owned";

/** Written in the log's Source column for contacts logged in the task pane. */
export const PANE_LOG_ORIGIN = "Collect task pane";

/** The log's channel for a stage's channel (a stage without a channel is logged as "other"). */
const LOGGED_CHANNEL: Readonly<Record<Channel, ContactChannel>> = { call: "call", "e-mail": "e-mail", letter: "letter", none: "other" };

/**
 * Appends one contact to `Collect Log` (created with its headers when missing), with the customer's name as the
 * log shows it and dates in the workbook's date system.
 *
 * @example await logContact(host, run.ledger, entry) // one row more in "Collect Log"
 */
export async function logContact(host: WorkbookHost, ledger: Pick<Ledger, "customers" | "dateSystem">, entry: ContactLogEntry): Promise<void> {
  await host.ensureOwnedSheet(defaultLogSheet());
  const names = new Map(ledger.customers.map((customer) => [customer.key, customer.name]));
  await host.appendRows(LOG_SHEET_NAME, logRows([entry], ledger.dateSystem, { customerNames: names }), LOG_COLUMNS.map((column) => column.numberFormat));
}

/**
 * The log entry for "done" on a worklist row: today's action at the row's stage, through its channel, so the
 * next run counts it as a contact at that level.
 *
 * @example markDoneEntry(row, "2026-11-30" as IsoDate, "10:15").stage //=> "6 Final notice"
 */
export function markDoneEntry(row: WorklistRow, date: IsoDate, time: string | null): ContactLogEntry {
  return {
    date,
    time,
    customerKey: row.customerKey,
    invoiceNo: null,
    person: row.contactPerson,
    channel: LOGGED_CHANNEL[row.channel],
    discussed: `Done: ${row.action}`,
    offers: null,
    promiseCents: null,
    promiseDate: null,
    disputeOpened: false,
    stage: `${row.stageLevel} ${row.stageName}`,
    template: row.template === "none" ? null : row.template,
    origin: PANE_LOG_ORIGIN,
    source: null,
  };
}
