import { day, testContact, testCustomer, testInvoice, testLedger, testPayment } from "../../core/desk/_lib/test-ledger";
import { PAYMENT_MODEL, replayPolicy } from "../../core/replay/replay-policy";
import type { CellValue } from "../grid";
import { ownedSheetToGrid } from "./_lib/to-grid";
import { WHAT_IF_SHEET_NAME } from "./policy-draft-sheet";
import { WHAT_IF_COLUMNS, whatIfSheet } from "./what-if-sheet";
import { TEST_CURRENT_POLICY, TEST_DRAFT_POLICY } from "../../core/replay/_lib/test-policies";

const current = TEST_CURRENT_POLICY;
const draft = TEST_DRAFT_POLICY;
const ledger = testLedger({
  invoices: [
    testInvoice({ no: "LATE", customer: "C1", invoiceDate: "2026-05-02", dueDate: "2026-06-01", amount: 1000 }),
    testInvoice({ no: "PAID", customer: "C2", invoiceDate: "2026-05-02", dueDate: "2026-06-01", amount: 500, open: 0, paidDate: "2026-07-20" }),
    testInvoice({ no: "EUR", customer: "C3", currency: "EUR", invoiceDate: "2026-08-02", dueDate: "2026-09-01", amount: 300 }),
  ],
  payments: [testPayment({ customer: "C2", invoiceNo: "PAID", date: "2026-07-20", amount: 500 })],
  customers: [testCustomer({ key: "C1" }), testCustomer({ key: "C2" }), testCustomer({ key: "C3" })],
  contacts: [testContact({ customer: "C2", date: "2026-06-25", promise: 500, promiseDate: "2026-07-10" })],
});
const window = { from: day("2025-12-01"), to: day("2026-11-30") };
const comparison = replayPolicy(ledger, draft, current, window);
const sheet = whatIfSheet(comparison, current, draft, { asOf: day("2026-11-30"), customerNames: new Map([["C1", "Acme Ltd"]]) });
const grid = ownedSheetToGrid(sheet);

function trimmed(row: readonly CellValue[]): readonly CellValue[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === null) end -= 1;
  return row.slice(0, end);
}

/** The first row whose first cell is `label`, at or after the row whose first cell is `section`. */
function rowOf(label: string, section?: string): readonly CellValue[] {
  const from = section === undefined ? 0 : grid.values.findIndex((row) => row[0] === section);
  const found = grid.values.find((row, index) => index >= from && row[0] === label);
  if (found === undefined) throw new Error(`no row ${label} after ${section ?? "the top"}`);
  return trimmed(found);
}

describe("the Collect What-if sheet", () => {
  it("names the window and the as-of date, and prints the payment model", () => {
    expect(sheet.name).toBe(WHAT_IF_SHEET_NAME);
    expect(String(grid.values[1]?.[0])).toContain("As of 2026-11-30");
    expect(String(grid.values[1]?.[0])).toContain("from 2025-12-01 to 2026-11-30");
    expect(grid.values[2]?.[0]).toBe(PAYMENT_MODEL);
  });

  it("lists what the draft changes, in words", () => {
    const start = grid.values.findIndex((row) => row[0] === "What the draft changes");
    const lines = grid.values.slice(start + 1, start + 5).map((row) => row[0]);
    expect(lines).toEqual([
      "Late-payment interest: Simple daily (was None).",
      'Standard stage 5 "Firmer pressure": starts 8 days after due (was 15 days after due).',
      'Standard stage 6 "Final notice": starts 30 days after due (was 45 days after due); fee 40.00 (was none); interest charged (was not charged).',
      null,
    ]);
  });

  it("sets contacts by stage and channel side by side with the difference", () => {
    expect(rowOf("Stage", "Contacts by stage")).toEqual(["Stage", ...WHAT_IF_COLUMNS]);
    const final = rowOf("6 Final notice", "Contacts by stage");
    const count = (replay: typeof comparison.current) => replay.byStage.find((s) => s.level === 6)?.count ?? 0;
    expect(final).toEqual(["6 Final notice", count(comparison.current), count(comparison.draft), count(comparison.draft) - count(comparison.current)]);
    expect(rowOf("All contacts", "Contacts by stage")).toEqual(["All contacts", comparison.current.contacts.length, comparison.draft.contacts.length, comparison.draft.contacts.length - comparison.current.contacts.length]);
    expect(rowOf("Letters", "Contacts by channel")).toEqual(["Letters", comparison.current.byChannel.letter, comparison.draft.byChannel.letter, comparison.draft.byChannel.letter - comparison.current.byChannel.letter]);
  });

  it("gives fees and interest per currency in money, the current policy charging none", () => {
    const usd = comparison.draft.charges.find((c) => c.currency === "USD");
    expect(rowOf("Fees (USD)", "Fees and interest")).toEqual(["Fees (USD)", 0, (usd?.feeCents ?? 0) / 100, (usd?.feeCents ?? 0) / 100]);
    expect(rowOf("Interest (USD)", "Fees and interest")).toEqual(["Interest (USD)", 0, 45.26, 45.26]);
  });

  it("gives modelled DSO and CEI per currency, the difference, and the actual figures beside them", () => {
    expect(rowOf("Figure", "DSO and CEI — USD")).toEqual(["Figure", ...WHAT_IF_COLUMNS, "Actual"]);
    const usd = comparison.draft.modelled.find((o) => o.currency === "USD");
    const actual = comparison.actual.find((o) => o.currency === "USD");
    const dso = rowOf("DSO, countback, at the window's end (days)", "DSO and CEI — USD");
    expect(dso).toEqual(["DSO, countback, at the window's end (days)", actual?.dsoCountback.value, usd?.dsoCountback.value, (usd?.dsoCountback.value ?? 0) - (actual?.dsoCountback.value ?? 0), actual?.dsoCountback.value]);
    const cei = rowOf("CEI, full sales, over the window", "DSO and CEI — USD");
    expect(cei[1]).toBeCloseTo((actual?.ceiFullSales.value ?? 0) / 100, 10);
    expect(grid.values.some((row) => row[0] === "DSO and CEI — EUR")).toBe(true);
  });

  it("formats money, counts, days and shares in the preamble", () => {
    const index = grid.values.findIndex((row) => row[0] === "CEI, full sales, over the window");
    expect(sheet.preambleFormats?.[index]?.slice(1, 5)).toEqual(["0.0%", "0.0%", "0.0%", "0.0%"]);
    const fees = grid.values.findIndex((row) => row[0] === "Fees (USD)");
    expect(sheet.preambleFormats?.[fees]?.slice(1, 4)).toEqual(["#,##0.00", "#,##0.00", "#,##0.00"]);
  });

  it("lists each customer as the table, the largest change first, by name where it is known", () => {
    const header = sheet.preamble?.length ?? 0;
    expect(grid.values[header]?.[0]).toBe("Customer");
    const names = sheet.rows.map((row) => row[0]);
    expect(names).toEqual(expect.arrayContaining(["Acme Ltd", "C2", "C3"]));
    for (const row of sheet.rows) expect(row[4]).toBe((row[3] as number) - (row[2] as number));
    const changes = sheet.rows.map((row) => Math.abs(row[4] as number));
    expect(changes).toEqual([...changes].sort((a, b) => b - a));
  });

  it("says so when the draft is the current policy, with every difference 0", () => {
    const same = whatIfSheet(replayPolicy(ledger, current, current, window), current, current);
    const values = ownedSheetToGrid(same).values;
    const start = values.findIndex((row) => row[0] === "What the draft changes");
    expect(String(values[start + 1]?.[0])).toContain("The draft is the same as the current policy");
    const all = values.find((row) => row[0] === "All contacts");
    expect(all?.[3]).toBe(0);
  });

  it("holds no formulas: no text cell starts with =", () => {
    const texts = grid.values.flat().filter((value): value is string => typeof value === "string");
    expect(texts.filter((text) => text.startsWith("="))).toEqual([]);
  });
});
