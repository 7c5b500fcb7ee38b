import { classifyRow, type RowLayout } from "./classify-row";
import type { CellValue } from "./grid";

// Columns: A customer/label, B invoice number, C date, D amount
const layout: RowLayout = {
  headerTexts: ["customer", "num", "date", "open balance"],
  mappedColumns: [0, 1, 2, 3],
  keyColumn: 1,
  amountColumns: new Set([3]),
};

describe("classifyRow", () => {
  it.each<{ name: string; cells: CellValue[]; kind: string }>([
    { name: "an empty row", cells: [null, null, null, null], kind: "blank" },
    { name: "a row of spaces", cells: ["  ", "", null, " "], kind: "blank" },
    { name: "an invoice row", cells: ["Acme", "1001", 46000, 120.5], kind: "data" },
    { name: "an invoice row without text", cells: [null, 1001, 46000, 120.5], kind: "data" },
    { name: "the header repeated after a page break", cells: ["Customer", "Num", "Date", "Open Balance"], kind: "repeated-header" },
    { name: "a lone invoice number", cells: [null, "INV-7", null, null], kind: "data" },
    { name: "a lone amount as text", cells: [null, null, null, "1,200.00"], kind: "data" },
  ])("reads $name as $kind", ({ cells, kind }) => {
    expect(classifyRow(cells, layout).kind).toBe(kind);
  });

  it.each<{ name: string; cells: CellValue[]; grand: boolean; label: string }>([
    { name: "QuickBooks Total for", cells: ["Total for Acme Corp", null, null, 1200], grand: false, label: "Acme Corp" },
    { name: "QuickBooks Desktop Total", cells: ["Total Acme Corp", null, null, 1200], grand: false, label: "Acme Corp" },
    { name: "upper-case TOTAL", cells: ["TOTAL", null, null, 5000], grand: true, label: "" },
    { name: "a total with a count", cells: ["Total · 20 customers", null, null, 5000], grand: true, label: "" },
    { name: "Grand Total", cells: ["Grand Total", null, null, 5000], grand: true, label: "" },
    { name: "German Gesamtsumme", cells: ["Gesamtsumme", null, null, 5000], grand: true, label: "" },
    { name: "a subtotal", cells: ["Subtotal", null, null, 10], grand: false, label: "" },
    { name: "a subtotal without amounts", cells: ["Total for Beta LLC", null, null, null], grand: false, label: "Beta LLC" },
  ])("reads $name as a total", ({ cells, grand, label }) => {
    expect(classifyRow(cells, layout)).toEqual({ kind: "total", grand, label, column: 0 });
  });

  it.each<{ name: string; cells: CellValue[]; note: boolean }>([
    { name: "a customer heading", cells: ["Acme Corp", null, null, null], note: false },
    { name: "a customer named Total SA without amounts", cells: ["Total SA", null, null, null], note: false },
    { name: "a footnote", cells: ["Snapshot of the seeded synthetic ledger (30 customers / 180 invoices), open positions only.", null, null, null], note: true },
    { name: "a short sentence", cells: ["Note: see above. Thanks", null, null, null], note: true },
  ])("reads $name as a label", ({ cells, note }) => {
    const row = classifyRow(cells, layout);
    expect(row.kind).toBe("label");
    expect(row.kind === "label" && row.note).toBe(note);
  });

  it.each<{ name: string; cells: CellValue[] }>([
    { name: "an invoice for a customer called Total SA", cells: ["Total SA", "1001", 46000, 50] },
    { name: "a word that starts with total", cells: ["Totally Fine Ltd", null, null, 10] },
  ])("does not take $name for a total", ({ cells }) => {
    expect(classifyRow(cells, layout).kind).toBe("data");
  });
});
