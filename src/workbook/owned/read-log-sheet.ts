import type { IsoDate } from "../../core/dates/iso-date";
import type { DateSystem } from "../../core/excel/serial";
import type { ContactChannel, ContactLogEntry, Customer } from "../../core/ledger/ledger";
import type { Cents } from "../../core/money/cents";
import type { CellAddress, Issue, Parsed } from "../../core/types/issue";
import type { CellValue, Grid } from "../grid";
import { addressAt, cellAt, cellText, normaliseHeader, readCents, readDate, showCell } from "./_lib/cells";
import { columnOf, findTable, type Section } from "./_lib/sections";
import { matchCustomers } from "./customer-match";
import { LOG_SHEET_NAME } from "./log-sheet";

/** Options for `readLogSheet`. */
export interface ReadLogOptions {
  /** The ledger's customers, to match the Customer column by key, id or name. Without them the text is the key. */
  readonly customers?: readonly Customer[];
}

const CHANNEL_WORDS: Readonly<Record<string, ContactChannel>> = {
  call: "call", phone: "call", "phone call": "call", telephone: "call", voicemail: "call",
  "e-mail": "e-mail", email: "e-mail", "e mail": "e-mail", mail: "e-mail",
  letter: "letter", post: "letter", "recorded delivery": "letter",
  visit: "visit", meeting: "visit",
};

/** A channel from the log's text; anything else is "other". @example parseLogChannel("Phone") //=> "call" */
export function parseLogChannel(text: string | null): ContactChannel {
  return text === null ? "other" : (CHANNEL_WORDS[normaliseHeader(text)] ?? "other");
}

const OPENED = new Set(["opened", "open", "yes", "y", "true", "disputed", "dispute"]);
const RESOLVED = new Set(["resolved", "closed", "settled", "solved"]);
const NONE = new Set(["no", "n", "false", "none", "-"]);

/** What a Dispute cell says: opened, resolved, nothing, or unreadable. @example parseDispute("Resolved") //=> "resolved" */
export function parseDispute(value: CellValue): "opened" | "resolved" | "none" | "invalid" {
  if (typeof value === "boolean") return value ? "opened" : "none";
  const text = cellText(value);
  if (text === null) return "none";
  const lower = text.toLowerCase();
  if (OPENED.has(lower)) return "opened";
  if (RESOLVED.has(lower)) return "resolved";
  return NONE.has(lower) ? "none" : "invalid";
}

const MINUTES_PER_DAY = 1440;
const TIME_TEXT = /^(\d{1,2}):(\d{2})(?::\d{2})?\s*([ap]\.?m\.?)?$/i;

/** A time of day "HH:MM" from an Excel time (a day fraction) or text "9:05", "2:30 pm"; null when blank. @example readTime(0.4375) //=> "10:30" */
export function readTime(value: CellValue): string | null | "invalid" {
  if (typeof value === "number") {
    const fraction = value - Math.floor(value);
    const minutes = Math.round(fraction * MINUTES_PER_DAY) % MINUTES_PER_DAY;
    return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
  }
  const text = cellText(value);
  if (text === null) return null;
  const match = TIME_TEXT.exec(text);
  if (match === null) return "invalid";
  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  const meridiem = match[3]?.toLowerCase().replace(/\./g, "");
  if (meridiem === "pm" && hours < 12) hours += 12;
  if (meridiem === "am" && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59) return "invalid";
  return `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}

function issue(code: string, severity: Issue["severity"], address: CellAddress, message: string): Issue {
  return { code, severity, address, message: `${address}: ${message}` };
}

function invoiceText(value: CellValue): string | null {
  // An invoice number typed into a number cell comes back as 1234 (never 1234.0); keep it as its digits.
  return typeof value === "number" && Number.isInteger(value) ? String(value) : cellText(value);
}

/**
 * Reads `Collect Log` (the rows Collect appended and rows the bookkeeper typed). Columns are found by header,
 * in any order. A row without a readable date or a customer is skipped with an issue naming the cell; an
 * unreadable promise amount keeps the promise as "the whole balance" and says so; an unreadable promise date
 * drops the promise and says so.
 *
 * @example readLogSheet(grid, "1900").value[0]?.promiseDate //=> "2026-11-30"
 */
export function readLogSheet(grid: Grid, dateSystem: DateSystem, options?: ReadLogOptions): Parsed<readonly ContactLogEntry[]> {
  const section = findTable(grid, ["Date", "Customer"]);
  if (section === null) {
    const address = addressAt(grid, 0, 0);
    return { value: [], issues: [issue("log-no-header", "warning", address, `no header row with "Date" and "Customer" was found in ${LOG_SHEET_NAME}; the log was not read. Restore the header row.`)] };
  }
  const match = matchCustomers(options?.customers);
  const entries: ContactLogEntry[] = [];
  const issues: Issue[] = [];
  for (const row of section.rows) {
    const entry = readRow(grid, section, row, dateSystem, match, issues);
    if (entry !== null) entries.push(entry);
  }
  return { value: entries, issues };
}

function readRow(grid: Grid, section: Section, row: number, dateSystem: DateSystem, match: ReturnType<typeof matchCustomers>, issues: Issue[]): ContactLogEntry | null {
  const column = (...names: string[]): number | null => columnOf(section, ...names);
  const value = (col: number | null): CellValue => (col === null ? null : cellAt(grid, row, col));
  const text = (col: number | null): string | null => cellText(value(col));
  const dateColumn = column("Date") as number;
  const customerColumn = column("Customer") as number;
  const date = readDate(value(dateColumn), dateSystem);
  if (!date.ok) {
    issues.push(issue("log-row-skipped", "warning", addressAt(grid, row, dateColumn), `the date ${showCell(value(dateColumn))} is not a date${date.error === "ambiguous-date" ? " (day and month could be either way round; write it as 2026-04-03)" : ""}; this log row is skipped.`));
    return null;
  }
  const customerText = text(customerColumn);
  const customer = customerText === null ? null : match(customerText);
  if (customer === null || !("key" in customer)) {
    const why = customer === null ? "has no customer" : customer.problem === "ambiguous" ? `names "${customerText ?? ""}", which matches more than one customer` : `names "${customerText ?? ""}", who is not in your customer list`;
    issues.push(issue("log-row-skipped", "warning", addressAt(grid, row, customerColumn), `this log row ${why}; the row is skipped.`));
    return null;
  }
  const timeColumn = column("Time");
  let time = readTime(value(timeColumn));
  const rawDate = value(dateColumn);
  // A date cell holding a date and time (46351.4375) gives the time when the Time column is blank.
  if (time === null && typeof rawDate === "number" && rawDate !== Math.floor(rawDate)) time = readTime(rawDate);
  if (time === "invalid") {
    issues.push(issue("log-invalid-cell", "info", addressAt(grid, row, timeColumn as number), `the time ${showCell(value(timeColumn))} is not a time like 14:30; it is left out.`));
    time = null;
  }
  const promise = readPromise(grid, section, row, dateSystem, issues);
  const disputeColumn = column("Dispute");
  const dispute = parseDispute(value(disputeColumn));
  if (dispute === "invalid") issues.push(issue("log-invalid-cell", "warning", addressAt(grid, row, disputeColumn as number), `Dispute must be Opened, Resolved or blank, not ${showCell(value(disputeColumn))}; it is ignored.`));
  const invoiceColumn = column("Invoice", "Invoice no", "Invoice number");
  return {
    date: date.value,
    time,
    customerKey: customer.key,
    invoiceNo: invoiceColumn === null ? null : invoiceText(value(invoiceColumn)),
    person: text(column("Person", "Contact")),
    channel: parseLogChannel(text(column("Channel"))),
    discussed: text(column("Discussed", "Notes")),
    offers: text(column("Offers")),
    promiseCents: promise.cents,
    promiseDate: promise.date,
    disputeOpened: dispute === "opened",
    ...(dispute === "resolved" ? { disputeResolved: true } : {}),
    stage: text(column("Stage")),
    template: text(column("Template")),
    origin: text(column("Source")),
    source: addressAt(grid, row, dateColumn),
  };
}

function readPromise(grid: Grid, section: Section, row: number, dateSystem: DateSystem, issues: Issue[]): { cents: Cents | null; date: IsoDate | null } {
  const amountColumn = columnOf(section, "Promise amount", "Promised amount");
  const dateColumn = columnOf(section, "Promise date", "Promised date");
  const amountValue = amountColumn === null ? null : cellAt(grid, row, amountColumn);
  const dateValue = dateColumn === null ? null : cellAt(grid, row, dateColumn);
  const hasAmount = cellText(amountValue) !== null;
  if (cellText(dateValue) === null) {
    if (hasAmount && amountColumn !== null) issues.push(issue("log-invalid-cell", "warning", addressAt(grid, row, amountColumn), "a promise amount without a promise date is not tracked; add the date the customer promised to pay by."));
    return { cents: null, date: null };
  }
  const date = readDate(dateValue, dateSystem);
  if (!date.ok) {
    issues.push(issue("log-invalid-cell", "warning", addressAt(grid, row, dateColumn as number), `the promise date ${showCell(dateValue)} is not a date, so this promise is not tracked. Correct the date.`));
    return { cents: null, date: null };
  }
  if (!hasAmount || amountColumn === null) return { cents: null, date: date.value };
  const cents = readCents(amountValue);
  if (cents.ok && cents.value > 0) return { cents: cents.value, date: date.value };
  issues.push(issue("log-invalid-cell", "warning", addressAt(grid, row, amountColumn), `the promise amount ${showCell(amountValue)} is not an amount above 0; the promise is tracked as "pay the whole balance" by ${date.value}.`));
  return { cents: null, date: date.value };
}
