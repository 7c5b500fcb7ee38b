import { toCellAddress } from "../core/excel/address";
import type { ContactChannel, RowAccounting } from "../core/ledger/ledger";
import type { Issue } from "../core/types/issue";
import { cellText } from "./cell-text";
import type { ContactDraft } from "./ledger-drafts";
import { missingValue, unreadableDate } from "./messages";
import { columnOf, newRowCounter, type SheetTable } from "./prepare-sheet";
import { sheetRowReader } from "./sheet-row-reader";
import { prepareTypedColumns, type ReadContext } from "./typed-columns";

/** What a contact log holds. */
export interface ContactSheetResult {
  readonly contacts: readonly ContactDraft[];
  readonly rows: RowAccounting;
  readonly issues: readonly Issue[];
}

const CHANNELS: readonly [RegExp, ContactChannel][] = [
  [/^(call|phone|tel|telephone|phoned|anruf|telefon|appel|llamada|telefonico|gebeld|bellen)/, "call"],
  [/^(e-?mail|mail|email|courriel|correo|sms|text)/, "e-mail"],
  [/^(letter|post|mail letter|brief|lettre|courrier|carta|briefpost)/, "letter"],
  [/^(visit|meeting|besuch|visite|visita|bezoek)/, "visit"],
];
const TIME_TEXT = /^(\d{1,2}):(\d{2})/;
const MINUTES_PER_DAY = 1440;
const DIACRITICS = /[\u0300-\u036f]/g;

/**
 * Reads a contact log the bookkeeper keeps (or Collect's own "Collect Log"): date and time, customer and/or
 * invoice, person, channel, what was discussed and offered, a promised amount and date, a dispute, the stage
 * and letter template. A row needs a readable date and a customer or invoice; otherwise it is skipped.
 *
 * @example readContactSheet(callsTable, context).contacts[0].channel //=> "call"
 */
export function readContactSheet(table: SheetTable, context: ReadContext): ContactSheetResult {
  const issues: Issue[] = [];
  const counter = newRowCounter();
  const dateColumn = columnOf(table, "contactDate", "date", "invoiceDate");
  const promiseDateColumn = columnOf(table, "promiseDate");
  const promiseColumn = columnOf(table, "promiseAmount");
  const typed = prepareTypedColumns(table,
    [dateColumn, promiseDateColumn].flatMap((column, index) => (column === undefined ? [] : [{ column, field: index === 0 ? "contactDate" as const : "promiseDate" as const }])),
    promiseColumn === undefined ? [] : [{ column: promiseColumn, field: "promiseAmount" }], context);
  issues.push(...typed.issues);
  const reader = sheetRowReader(table, typed, issues);
  const contacts: ContactDraft[] = [];
  const c = {
    time: columnOf(table, "contactTime"), customerName: columnOf(table, "customerName"), customerId: columnOf(table, "customerId"),
    invoiceNo: columnOf(table, "invoiceNo"), person: columnOf(table, "contactPerson"), channel: columnOf(table, "channel", "docType"),
    discussed: columnOf(table, "discussed", "notes"), offers: columnOf(table, "offers"), dispute: columnOf(table, "disputeOpened", "disputed"),
    stage: columnOf(table, "stage"), template: columnOf(table, "template"), resolved: columnOf(table, "disputeResolved"), origin: columnOf(table, "origin"),
  };

  for (let row = table.headerIndex + 1; row < table.grid.values.length; row += 1) {
    const kind = table.rowKinds[row];
    if (kind === undefined || kind.kind === "blank") counter.blank += 1;
    else if (kind.kind === "repeated-header") counter.repeatedHeader += 1;
    else if (kind.kind === "total") counter.subtotal += 1;
    else if (kind.kind === "label") counter.title += 1;
    else {
      const sheetRow = reader.sheetRow(row);
      const dateCell = typed.date(dateColumn, row);
      const customerId = reader.id(c.customerId, row);
      const customerName = reader.text(c.customerName, row);
      const invoiceNo = reader.id(c.invoiceNo, row);
      const errors: Issue[] = [];
      const at = reader.sheetColumn(dateColumn ?? 0);
      if (dateCell === null) errors.push(missingValue("missing-date", table.name, sheetRow, at, "this contact has no date", "Fill in the date of the contact."));
      else if (typeof dateCell !== "string") errors.push(unreadableDate(table.name, sheetRow, at, "contactDate", dateCell.problem, dateCell.text, "The contact was not read.", "error"));
      if (customerId === null && customerName === null && invoiceNo === null) {
        errors.push(missingValue("missing-customer", table.name, sheetRow, reader.sheetColumn(c.customerName ?? c.customerId ?? c.invoiceNo ?? 0), "this contact names no customer and no invoice", "Fill in the customer or the invoice."));
      }
      if (errors.length > 0 || typeof dateCell !== "string") {
        issues.push(...errors);
        counter.withIssue += 1;
        continue;
      }
      const optional: { disputeResolved?: boolean; origin?: string | null } = {};
      if (c.resolved !== undefined) optional.disputeResolved = reader.flag(c.resolved, row, "disputeResolved", false, "Collect treats the dispute as still open until this is corrected.");
      if (c.origin !== undefined) optional.origin = reader.text(c.origin, row);
      contacts.push({
        ...optional,
        date: dateCell, time: readTime(table.grid.values[row]?.[c.time ?? -1]), customerId, customerName, invoiceNo,
        person: reader.text(c.person, row), channel: readChannel(reader.text(c.channel, row)), discussed: reader.text(c.discussed, row),
        offers: reader.text(c.offers, row), promiseCents: reader.optionalCents(promiseColumn, row, "promiseAmount"),
        promiseDate: reader.date(promiseDateColumn, row, "promiseDate", "The contact is kept without a promised date."),
        disputeOpened: reader.flag(c.dispute, row, "disputeOpened", true, "Collect treats it as a dispute opened until this is corrected."),
        stage: reader.text(c.stage, row), template: reader.text(c.template, row), source: toCellAddress(table.name, sheetRow, table.grid.left),
      });
      counter.used += 1;
    }
  }
  return { contacts, rows: counter, issues };
}

/**
 * A contact channel from its words; anything else (or nothing) is "other".
 *
 * @example readChannel("Phone call") //=> "call"
 * @example readChannel("E-Mail")     //=> "e-mail"
 */
export function readChannel(text: string | null): ContactChannel {
  const words = (text ?? "").trim().toLowerCase().normalize("NFD").replace(DIACRITICS, "");
  for (const [pattern, channel] of CHANNELS) if (pattern.test(words)) return channel;
  return "other";
}

/** A time of day as "HH:MM", from a time serial fraction or "14:30" text. */
function readTime(value: unknown): string | null {
  if (typeof value === "number" && Number.isFinite(value)) {
    const minutes = Math.round((value - Math.floor(value)) * MINUTES_PER_DAY) % MINUTES_PER_DAY;
    return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
  }
  const match = typeof value === "string" ? TIME_TEXT.exec(cellText(value)) : null;
  return match === null ? null : `${(match[1] ?? "").padStart(2, "0")}:${match[2] ?? "00"}`;
}
