import { MemoryHost } from "../../test/helpers/memory-host";
import { bookOf, gridOf } from "../../test/helpers/grid-of";
import { sampleHost, SAMPLE_AS_OF } from "../../test/helpers/sample-book";
import { EMPTY_SETTINGS, readSettings, SETTINGS_SHEET_NAME } from "../workbook";
import { ownedSheetToGrid } from "../workbook/owned";
import { applyMappingChange, saveMappingChange, settingsSheet } from "./save-mapping";
import { analyseWorkbook } from "./run-collect";

describe("settingsSheet", () => {
  it("reads back to the same settings", () => {
    const settings = { ...EMPTY_SETTINGS, mapping: { Invoices: { dueDate: "F", notes: "none" } }, dateOrders: { "*": "day-first" as const } };
    expect(readSettings(ownedSheetToGrid(settingsSheet(settings)))).toEqual({ value: settings, issues: [] });
  });
});

describe("applyMappingChange", () => {
  it.each([
    { name: "sets a column (upper case)", column: "f", expected: { Invoices: { dueDate: "F", notes: "M" } } },
    { name: "leaves a field out", column: "none", expected: { Invoices: { dueDate: "none", notes: "M" } } },
    { name: "lets Collect decide again", column: null, expected: { Invoices: { notes: "M" } } },
  ])("$name", ({ column, expected }) => {
    const settings = { ...EMPTY_SETTINGS, mapping: { Invoices: { notes: "M" } } };
    expect(applyMappingChange(settings, { sheet: "Invoices", field: "dueDate", column }).mapping).toEqual(expected);
  });

  it("drops a sheet whose last choice is removed", () => {
    const settings = { ...EMPTY_SETTINGS, mapping: { Invoices: { notes: "M" } } };
    expect(applyMappingChange(settings, { sheet: "Invoices", field: "notes", column: null }).mapping).toEqual({});
  });
});

describe("saveMappingChange", () => {
  it("creates Collect Settings with the choice, and the next analysis reads the column as set by the user", async () => {
    const host = await sampleHost();
    expect(await saveMappingChange(host, { sheet: "Invoices", field: "notes", column: "none" })).toEqual([]);
    expect(host.log.written).toEqual([SETTINGS_SHEET_NAME]);
    const run = await analyseWorkbook(host, { asOf: SAMPLE_AS_OF });
    const invoices = run.ledger.sheets.find((sheet) => sheet.name === "Invoices");
    expect(invoices?.columns.map((c) => c.field)).not.toContain("notes");
  });

  it("keeps the settings already in the sheet and says which rows it could not read", async () => {
    const existing = gridOf(SETTINGS_SHEET_NAME, [["Setting", "Sheet", "Field", "Value"], ["dateOrder", "*", null, "day-first"], ["colour", "x", "y", "z"]]);
    const host = new MemoryHost(bookOf([gridOf("Invoices", [["Invoice", "Due"]]), existing]));
    const dropped = await saveMappingChange(host, { sheet: "Invoices", field: "dueDate", column: "B" });
    expect(dropped.map((issue) => issue.address)).toEqual(["'Collect Settings'!A3"]);
    const saved = readSettings(host.grid(SETTINGS_SHEET_NAME) ?? existing).value;
    expect(saved.dateOrders).toEqual({ "*": "day-first" });
    expect(saved.mapping).toEqual({ Invoices: { dueDate: "B" } });
  });
});
