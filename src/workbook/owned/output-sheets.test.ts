import { addDays } from "../../core/dates/iso-date";
import { buildCustomerStatuses } from "../../core/desk/customer-status";
import { TEST_AS_OF, paidInvoice, testContact, testCustomer, testInvoice, testLedger, testPayment } from "../../core/desk/_lib/test-ledger";
import { DEFAULT_PRIORITY_WEIGHTS } from "../../core/desk/priority-weights";
import { buildWorklist } from "../../core/desk/worklist";
import { isoDateToSerial } from "../../core/excel/serial";
import { DEFAULT_COLLECT_POLICY } from "../../core/policy/collect-policy";
import type { OwnedSheet } from "../owned-sheet";
import { alertsSheet } from "./alerts-sheet";
import { auditSheet } from "./audit-sheet";
import { customersSheet } from "./customers-sheet";
import { holdsAndCreditsSheet } from "./holds-sheet";
import { collectorSheet, collectorSheetNames, worklistSheet } from "./worklist-sheet";

const due = (days: number) => addDays(TEST_AS_OF, -days);
const serial = (date: string, system: "1900" | "1904"): number => {
  const result = isoDateToSerial(date as Parameters<typeof isoDateToSerial>[0], system);
  if (!result.ok) throw new Error(date);
  return result.value;
};

const ledger = testLedger({
  invoices: [
    ...[1, 2, 3, 4].map((i) => paidInvoice({ no: `P${i}`, customer: "ACME", currency: "GBP", dueDate: `2026-0${i + 1}-10`, daysLate: 20 })),
    testInvoice({ no: "=A-101", customer: "ACME", currency: "GBP", amount: 9000, dueDate: due(75) }),
    testInvoice({ no: "D-1", customer: "DISP", amount: 500, dueDate: due(40), disputed: true }),
    testInvoice({ no: "D-2", customer: "DISP", amount: 200, dueDate: due(2) }),
    testInvoice({ no: "C-1", customer: "CRED", amount: 100, dueDate: due(10) }),
    testInvoice({ no: "W-1", customer: "WAIT", amount: 100, dueDate: due(10) }),
  ],
  payments: [testPayment({ customer: "CRED", amount: 150 })],
  customers: [
    testCustomer({ key: "ACME", name: "+Acme (formula-looking)", collector: "Sam", creditLimit: 5000 }),
    testCustomer({ key: "DISP", name: "Disputer" }), testCustomer({ key: "CRED", name: "Creditor" }), testCustomer({ key: "WAIT", name: "Waiter" }),
  ],
  contacts: [testContact({ customer: "WAIT", date: due(2) })],
});
const policy = { ...DEFAULT_COLLECT_POLICY, scenarioRules: [] };
const worklist = buildWorklist(ledger, policy, DEFAULT_PRIORITY_WEIGHTS, TEST_AS_OF);
const statuses = buildCustomerStatuses(ledger, policy, TEST_AS_OF, { decisions: worklist.decisions });

function expectWellFormed(sheet: OwnedSheet): void {
  expect(sheet.name.startsWith("Collect ")).toBe(true);
  expect(sheet.name.length).toBeLessThanOrEqual(31);
  for (const row of sheet.rows) expect(row.length).toBe(sheet.columns.length);
  for (const row of sheet.rows) for (const value of row) expect(["string", "number", "boolean", "object"]).toContain(typeof value);
}

describe("output sheets", () => {
  it.each([
    { name: "worklist", sheet: worklistSheet(worklist, "1900") },
    { name: "collector to-do", sheet: collectorSheet(worklist, "Sam", "1900") },
    { name: "customers", sheet: customersSheet(statuses, "1900") },
    { name: "holds and credits", sheet: holdsAndCreditsSheet(worklist, "1900") },
    { name: "audit", sheet: auditSheet(worklist.audit) },
    { name: "alerts", sheet: alertsSheet(worklist.alerts, "1900") },
  ])("$name: rows as wide as the columns, plain values only", ({ sheet }) => {
    expectWellFormed(sheet);
  });

  it("worklist: the top row with money in major units, dates as serials in the workbook's date system", () => {
    for (const system of ["1900", "1904"] as const) {
      const sheet = worklistSheet(worklist, system);
      const headers = sheet.columns.map((c) => c.header);
      const top = sheet.rows[0] ?? [];
      const cell = (header: string): unknown => top[headers.indexOf(header)];
      expect(cell("Customer")).toBe("+Acme (formula-looking)");
      expect(cell("Invoices")).toBe("=A-101");
      expect(cell("Amount due")).toBe(9000);
      expect(cell("Oldest due date")).toBe(serial(due(75), system));
      expect(cell("Reason")).toBe("£9,000 over 60 days; at 180% of the credit limit");
      expect(sheet.columns[headers.indexOf("Oldest due date")]?.numberFormat).toBe("yyyy-mm-dd");
      expect(sheet.columns[headers.indexOf("Invoices")]?.numberFormat).toBe("@");
    }
  });

  it("holds and credits: held invoices, accounts in credit and accounts waiting, each with the reason", () => {
    const sheet = holdsAndCreditsSheet(worklist, "1900");
    expect(sheet.rows.map((row) => [row[0], row[1], row[3]])).toEqual([
      ["On hold", "Disputer", "D-1"],
      ["In credit", "Creditor", null],
      ["Waiting", "Waiter", null],
    ]);
    expect(sheet.rows[2]?.[5]).toBe("last contact on 2026-11-23; level 4 Past-due inquiry repeats at most every 7 days: wait until 2026-11-30");
    expect(sheet.rows[2]?.[6]).toBe(serial("2026-11-30", "1900"));
  });

  it("customers: aging buckets add up to the balance plus unapplied payments", () => {
    const sheet = customersSheet(statuses, "1900");
    const headers = sheet.columns.map((c) => c.header);
    expect(headers.slice(6, 12)).toEqual(["Current", "1-30", "31-60", "61-90", "91-120", "120+"]);
    for (const row of sheet.rows) {
      const buckets = (row.slice(6, 12) as number[]).reduce((a, b) => a + b, 0);
      expect(Math.round(buckets * 100)).toBe(Math.round(((row[2] as number) + (row[5] as number)) * 100));
    }
    const acme = sheet.rows.find((row) => row[0] === "+Acme (formula-looking)") ?? [];
    expect(acme[headers.indexOf("Rating")]).toBe("C");
    expect(acme[headers.indexOf("Credit use")]).toBeCloseTo(1.8, 9);
  });

  it("audit: one row per record", () => {
    expect(auditSheet(worklist.audit).rows).toHaveLength(worklist.audit.length);
  });
});

describe("collectorSheetNames", () => {
  it("drops the characters Excel forbids in a sheet name and keeps within 31 characters", () => {
    const names = collectorSheetNames(["Sam", "A/R: Jo [UK]*?\\", "Alexandra Montgomery-Fitzwilliam"]);
    expect(names.get("Sam")).toBe("Collect To-do Sam");
    expect(names.get("A/R: Jo [UK]*?\\")).toBe("Collect To-do A-R- Jo -UK----");
    expect(names.get("Alexandra Montgomery-Fitzwilliam")).toBe("Collect To-do Alexandra Montgom");
    for (const name of names.values()) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[\\/?*[\]:]/);
    }
  });

  it("numbers collectors who would share a sheet (Excel ignores case), and the sheet is named so", () => {
    const names = collectorSheetNames(["Alexandra Montgomery-Fitzwilliam", "Alexandra Montgomery-Smith", "sam", "SAM"]);
    expect([...names.values()]).toEqual(["Collect To-do Alexandra Montgom", "Collect To-do Alexandra Mon (2)", "Collect To-do sam", "Collect To-do SAM (2)"]);
    expect(collectorSheet(worklist, "Sam", "1900", "Collect To-do Sam (2)").name).toBe("Collect To-do Sam (2)");
  });
});
