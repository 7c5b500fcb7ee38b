import { classifySheetRole } from "./classify-sheet-role";
import type { FieldId } from "./fields";

const evidence = (sheetName: string, fields: FieldId[], bucketColumns = 0) => ({ sheetName, fields: new Set(fields), bucketColumns });

describe("classifySheetRole", () => {
  it.each([
    { name: "an invoice register", e: evidence("Sheet1", ["invoiceNo", "customerId", "invoiceDate", "dueDate", "amount", "paidDate"]), role: "invoices" },
    { name: "an open-items list with balances only", e: evidence("data", ["invoiceNo", "customerName", "dueDate", "openBalance"]), role: "aging-detail" },
    { name: "QuickBooks Open Invoices with amount and balance", e: evidence("Open Invoices", ["invoiceNo", "date", "dueDate", "amount", "openBalance"]), role: "aging-detail" },
    { name: "a Xero aged receivables detail", e: evidence("Report", ["invoiceNo", "invoiceDate", "dueDate", "total"], 5), role: "aging-detail" },
    { name: "an aging summary", e: evidence("Aging Report", ["customerName", "total"], 5), role: "aging-summary" },
    { name: "a payments list", e: evidence("Payments", ["date", "customerName", "invoiceNo", "amount"]), role: "payments" },
    { name: "a list of receipts by field", e: evidence("Sheet3", ["paymentDate", "invoiceNo", "paymentAmount"]), role: "payments" },
    { name: "a customer list", e: evidence("Customers", ["customerId", "customerName", "email", "phone"]), role: "customers" },
    { name: "a contact log", e: evidence("Calls", ["date", "customerName", "channel", "notes"]), role: "contact-log" },
    { name: "a contact log by its fields", e: evidence("Sheet9", ["contactDate", "customerName", "promiseDate", "promiseAmount"]), role: "contact-log" },
    { name: "Collect's own sheet", e: evidence("Collect Worklist", ["customerName", "amount"]), role: "collect-owned" },
    { name: "Collect's log", e: evidence("Collect Log", ["date", "customerName"]), role: "contact-log" },
    { name: "a hand-kept list without invoice numbers", e: evidence("Ledger", ["customerName", "dueDate", "amount"]), role: "invoices" },
  ])("reads $name as $role", ({ e, role }) => {
    expect(classifySheetRole(e)).toBe(role);
  });

  it.each([
    { name: "no fields at all", e: evidence("Notes", []) },
    { name: "only a customer name", e: evidence("Sheet2", ["customerName"]) },
    { name: "only dates", e: evidence("Holidays", ["date", "notes"]) },
  ])("leaves $name unknown", ({ e }) => {
    expect(classifySheetRole(e)).toBe("unknown");
  });
});
