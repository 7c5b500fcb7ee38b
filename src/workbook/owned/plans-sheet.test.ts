import { testCustomer } from "../../core/desk/_lib/test-ledger";
import type { CellValue, Grid } from "../grid";
import { ownedSheetToGrid } from "./_lib/to-grid";
import { PLANS_SHEET_NAME, defaultPlansSheet, readPlansSheet } from "./plans-sheet";

/** 2026-10-01 and the first of the next months as 1900-system serials. */
const OCT_1 = 46296;
const NOV_1 = 46327;
const DEC_1 = 46357;

function plansGrid(rows: readonly (readonly CellValue[])[]): Grid {
  return ownedSheetToGrid({ ...defaultPlansSheet(), rows });
}

const customers = [testCustomer({ key: "C001", id: "C001", name: "Acme Ltd." }), testCustomer({ key: "C002", id: "C002", name: "Beta" })];

describe("Collect Plans", () => {
  it("starts empty with its headers", () => {
    expect(ownedSheetToGrid(defaultPlansSheet()).values).toEqual([["Customer", "Agreed on", "Installment date", "Amount", "Note"]]);
  });

  it("groups a customer's instalments into one plan, matching the customer by name", () => {
    const parsed = readPlansSheet(plansGrid([
      ["acme ltd", OCT_1 - 5, NOV_1, 500, "agreed by phone"],
      ["Acme Ltd.", null, OCT_1, 500, null],
      ["C001", null, DEC_1, "1,000.00", null],
    ]), "1900", { customers });
    expect(parsed.issues).toEqual([]);
    expect(parsed.value).toEqual([{
      customerKey: "C001",
      agreedOn: "2026-09-26",
      installments: [
        { dueDate: "2026-10-01", amountCents: 50000, source: `'${PLANS_SHEET_NAME}'!C3` },
        { dueDate: "2026-11-01", amountCents: 50000, source: `'${PLANS_SHEET_NAME}'!C2` },
        { dueDate: "2026-12-01", amountCents: 100000, source: `'${PLANS_SHEET_NAME}'!C4` },
      ],
      note: "agreed by phone",
    }]);
  });

  it("without any Agreed on date, the plan starts 30 days before its first instalment", () => {
    const parsed = readPlansSheet(plansGrid([["Beta", null, "2026-10-31", 100, null]]), "1900", { customers });
    expect(parsed.value[0]?.agreedOn).toBe("2026-10-01");
  });

  it("reads 1904-system serials", () => {
    const parsed = readPlansSheet(plansGrid([["Beta", null, OCT_1 - 1462, 100, null]]), "1904", { customers });
    expect(parsed.value[0]?.installments[0]?.dueDate).toBe("2026-10-01");
  });

  it.each([
    { name: "no customer", row: [null, null, OCT_1, 100, null], address: "'Collect Plans'!A2", text: "has no customer" },
    { name: "an unknown customer", row: ["Gamma", null, OCT_1, 100, null], address: "'Collect Plans'!A2", text: 'names a customer not in your customer list ("Gamma")' },
    { name: "a date that is not a date", row: ["Beta", null, "next week", 100, null], address: "'Collect Plans'!C2", text: 'the instalment date "next week" is not a date' },
    { name: "an ambiguous date", row: ["Beta", null, "03/04/2026", 100, null], address: "'Collect Plans'!C2", text: "write it as 2026-04-03" },
    { name: "a zero amount", row: ["Beta", null, OCT_1, 0, null], address: "'Collect Plans'!D2", text: "is not an amount above 0" },
    { name: "an amount that is text", row: ["Beta", null, OCT_1, "lots", null], address: "'Collect Plans'!D2", text: '"lots" is not an amount above 0' },
  ])("skips a row with $name, naming the cell", ({ row, address, text }) => {
    const parsed = readPlansSheet(plansGrid([row]), "1900", { customers });
    expect(parsed.value).toEqual([]);
    expect(parsed.issues).toHaveLength(1);
    expect(parsed.issues[0]?.address).toBe(address);
    expect(parsed.issues[0]?.message).toContain(text);
  });

  it("reports a sheet whose headers are gone", () => {
    const grid: Grid = { sheetName: PLANS_SHEET_NAME, top: 1, left: 1, values: [["x", "y"]], numberFormats: [["General", "General"]] };
    expect(readPlansSheet(grid, "1900").issues[0]).toMatchObject({ code: "plans-no-header", address: "'Collect Plans'!A1" });
  });
});
