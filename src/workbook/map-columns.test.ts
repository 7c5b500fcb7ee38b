import { mapColumns } from "./map-columns";

const context = { sheetName: "Open Invoices", headerRowNumber: 1, left: 1 };

describe("mapColumns", () => {
  it("maps the ILS detail sheet and takes the currency from a header", () => {
    const { value, issues } = mapColumns(["Invoice #", "Customer", "Status", "Issue Date", "Due Date", "Days Past Due", "Bucket", "Open Advance (ILS)"], context);
    expect(issues).toEqual([]);
    expect(Object.fromEntries(value.fields)).toEqual({ invoiceNo: 0, customerName: 1, status: 2, invoiceDate: 3, dueDate: 4, openBalance: 7 });
    expect(value.currencies.get(7)).toBe("ILS");
  });

  it("gives each field to its best column and the next field to the runner-up (HighRadius)", () => {
    const { value } = mapColumns(["doc_id", "posting_date", "document_create_date", "invoice_id", "Payment_date_predict", "Day_due"], context);
    expect(value.fields.get("invoiceNo")).toBe(3);
    expect(value.fields.get("invoiceDate")).toBe(1);
    expect(value.fields.has("paidDate")).toBe(false);
    expect(value.fields.has("dueDate")).toBe(false);
  });

  it("keeps a known-but-unused column away from a weaker match", () => {
    const { value } = mapColumns(["Invoice", "Days Past Due", "Amount"], context);
    expect(value.fields.has("dueDate")).toBe(false);
  });

  it("lists bucket columns apart", () => {
    const { value } = mapColumns(["Customer", "Current", "1 - 30", "31 - 60", "91 and over", "Total"], context);
    expect(value.buckets).toEqual([1, 2, 3, 4]);
    expect(value.fields.get("total")).toBe(5);
  });

  it("lets the user's override win, and unmap a field", () => {
    const { value } = mapColumns(["Invoice", "Date", "Due", "Amount", "Balance"], { ...context, overrides: { dueDate: "B", openBalance: "none" } });
    expect(value.fields.get("dueDate")).toBe(1);
    expect(value.fields.has("openBalance")).toBe(false);
    expect(value.mappings.find((m) => m.field === "dueDate")).toEqual({ field: "dueDate", column: "B", header: "Date", confidence: 1, overridden: true });
  });

  it("reads override letters relative to where the grid starts", () => {
    const { value } = mapColumns(["Invoice", "Amount"], { ...context, left: 3, overrides: { amount: "D" } });
    expect(value.fields.get("amount")).toBe(1);
  });

  it.each([
    { name: "a column past the sheet's table", letters: "Z" },
    { name: "a column before the grid starts", letters: "A" },
  ])("reports an override naming $name and ignores it", ({ letters }) => {
    const { value, issues } = mapColumns(["Invoice", "Amount"], { ...context, left: 2, overrides: { dueDate: letters } });
    expect(value.fields.has("dueDate")).toBe(false);
    expect(issues.map((issue) => issue.code)).toEqual(["override-outside-sheet"]);
  });

  it("reports each mapping with a 0–1 confidence", () => {
    const { value } = mapColumns(["Inv #", "Client", "Invoice Date (UTC)"], context);
    for (const mapping of value.mappings) {
      expect(mapping.confidence).toBeGreaterThan(0);
      expect(mapping.confidence).toBeLessThanOrEqual(1);
    }
    expect(value.mappings.map((m) => m.column)).toEqual(["A", "B", "C"]);
  });
});
