import fc from "fast-check";
import { cents, testContact, testCustomer } from "../../core/desk/_lib/test-ledger";
import type { ContactLogEntry } from "../../core/ledger/ledger";
import type { CellValue, Grid } from "../grid";
import { ownedSheetToGrid } from "./_lib/to-grid";
import { LOG_SHEET_NAME, defaultLogSheet, logRows } from "./log-sheet";
import { parseDispute, parseLogChannel, readLogSheet, readTime } from "./read-log-sheet";

const customers = [testCustomer({ key: "C001", id: "C001", name: "Acme Ltd" }), testCustomer({ key: "C002", id: "C002", name: "Beta & Co" })];
const names = new Map(customers.map((c) => [c.key, c.name]));

function logGrid(rows: readonly (readonly CellValue[])[]): Grid {
  return ownedSheetToGrid({ ...defaultLogSheet(), rows });
}

const entries: ContactLogEntry[] = [
  { ...testContact({ date: "2026-11-20", customer: "C001", invoiceNo: "00123", channel: "call", promise: 500, promiseDate: "2026-11-30", stage: "5 Firmer pressure", template: "firm-reminder" }), time: "10:30", person: "Dean", discussed: "=SUM(A1) said he'd pay", offers: "+5% discount", origin: "Collect task pane", source: `'${LOG_SHEET_NAME}'!A2` as ContactLogEntry["source"] },
  { ...testContact({ date: "2026-11-21", customer: "C002", channel: "e-mail", disputeOpened: true }), source: `'${LOG_SHEET_NAME}'!A3` as ContactLogEntry["source"], origin: null },
  { ...testContact({ date: "2026-11-22", customer: "C002", channel: "letter", disputeResolved: true }), source: `'${LOG_SHEET_NAME}'!A4` as ContactLogEntry["source"], origin: null },
];

describe("Collect Log", () => {
  it("round-trips: logRows → grid → readLogSheet gives the entries back", () => {
    const parsed = readLogSheet(logGrid(logRows(entries, "1900", { customerNames: names })), "1900", { customers });
    expect(parsed.issues).toEqual([]);
    expect(parsed.value).toEqual(entries);
  });

  it("round-trips in the 1904 date system", () => {
    const rows = logRows(entries, "1904", { customerNames: names });
    expect(rows[0]?.[0]).toBe(46346 - 1462);
    expect(readLogSheet(logGrid(rows), "1904", { customers }).value).toEqual(entries);
  });

  it("writes text that looks like a formula as plain text, never as a formula", () => {
    const row = logRows(entries, "1900", { customerNames: names })[0] ?? [];
    expect(row[6]).toBe("=SUM(A1) said he'd pay");
    expect(defaultLogSheet().columns[6]?.numberFormat).toBe("@");
  });

  it("reads rows a person typed: text dates, columns in another order, a time in the date cell", () => {
    const grid: Grid = {
      sheetName: LOG_SHEET_NAME, top: 1, left: 1,
      values: [["Customer", "Date", "Channel", "Invoice", "Promise date", "Promise amount", "Notes"], ["acme ltd", 46346.4375, "Phone", 1234, "30 Nov 2026", "$500", "will pay"]],
      numberFormats: [],
    };
    const parsed = readLogSheet(grid, "1900", { customers });
    expect(parsed.issues).toEqual([]);
    expect(parsed.value[0]).toMatchObject({ date: "2026-11-20", time: "10:30", customerKey: "C001", channel: "call", invoiceNo: "1234", promiseCents: cents(500), promiseDate: "2026-11-30", discussed: "will pay" });
  });

  it.each([
    { name: "no date", row: [null, null, "Acme Ltd"], code: "log-row-skipped", address: "'Collect Log'!A2", skipped: true },
    { name: "a date that is not a date", row: ["yesterday", null, "Acme Ltd"], code: "log-row-skipped", address: "'Collect Log'!A2", skipped: true },
    { name: "an unknown customer", row: [46346, null, "Gamma"], code: "log-row-skipped", address: "'Collect Log'!C2", skipped: true },
    { name: "a bad time", row: [46346, "teatime", "Acme Ltd"], code: "log-invalid-cell", address: "'Collect Log'!B2", skipped: false },
    { name: "a bad dispute word", row: [46346, null, "Acme Ltd", null, null, null, null, null, null, null, "maybe"], code: "log-invalid-cell", address: "'Collect Log'!K2", skipped: false },
    { name: "an amount without a date", row: [46346, null, "Acme Ltd", null, null, null, null, null, 100, null], code: "log-invalid-cell", address: "'Collect Log'!I2", skipped: false },
    { name: "a bad promise date", row: [46346, null, "Acme Ltd", null, null, null, null, null, 100, "soon"], code: "log-invalid-cell", address: "'Collect Log'!J2", skipped: false },
  ])("$name → an issue naming the cell", ({ row, code, address, skipped }) => {
    const parsed = readLogSheet(logGrid([row]), "1900", { customers });
    expect(parsed.issues.map((i) => [i.code, i.address])).toEqual([[code, address]]);
    expect(parsed.value).toHaveLength(skipped ? 0 : 1);
  });

  it("keeps a promise with an unreadable amount as 'the whole balance', and says so", () => {
    const parsed = readLogSheet(logGrid([[46346, null, "Acme Ltd", null, null, null, null, null, "half", 46356]]), "1900", { customers });
    expect(parsed.value[0]).toMatchObject({ promiseCents: null, promiseDate: "2026-11-30" });
    expect(parsed.issues[0]?.message).toContain('tracked as "pay the whole balance" by 2026-11-30');
  });

  it("reports a log whose header row is gone", () => {
    const grid: Grid = { sheetName: LOG_SHEET_NAME, top: 1, left: 1, values: [[1, 2]], numberFormats: [] };
    expect(readLogSheet(grid, "1900").issues[0]?.code).toBe("log-no-header");
  });

  it("never throws, whatever the cells (property)", () => {
    const cell = fc.oneof(fc.constant(null), fc.string(), fc.double(), fc.boolean(), fc.integer({ min: -10, max: 3e6 }), fc.record({ error: fc.constantFrom("#N/A", "#REF!") }));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 15 }), { maxLength: 10 }), (rows) => {
        const parsed = readLogSheet(logGrid(rows), "1900", { customers });
        return Array.isArray(parsed.value) && parsed.issues.every((i) => i.address !== null);
      }),
    );
  });
});

describe("log cell readers", () => {
  it.each([
    { text: "Phone", channel: "call" }, { text: "EMAIL", channel: "e-mail" }, { text: "Letter", channel: "letter" },
    { text: "Meeting", channel: "visit" }, { text: "WhatsApp", channel: "other" }, { text: null, channel: "other" },
  ])("channel $text → $channel", ({ text, channel }) => {
    expect(parseLogChannel(text)).toBe(channel);
  });

  it.each([
    { value: "Opened", dispute: "opened" }, { value: true, dispute: "opened" }, { value: "Resolved", dispute: "resolved" },
    { value: null, dispute: "none" }, { value: "no", dispute: "none" }, { value: "perhaps", dispute: "invalid" },
  ])("dispute $value → $dispute", ({ value, dispute }) => {
    expect(parseDispute(value)).toBe(dispute);
  });

  it.each([
    { value: 0.4375, time: "10:30" }, { value: "9:05", time: "09:05" }, { value: "2:30 pm", time: "14:30" }, { value: "12:00 am", time: "00:00" },
    { value: null, time: null }, { value: "25:00", time: "invalid" }, { value: "noon", time: "invalid" },
  ])("time $value → $time", ({ value, time }) => {
    expect(readTime(value)).toBe(time);
  });
});
