import { bookOf, gridOf } from "../../test/helpers/grid-of";
import { serialOf } from "../../test/helpers/serial";
import type { CellValue } from "./grid";
import { readLedger } from "./read-ledger";
import { SETTINGS_SHEET_NAME } from "./collect-settings";
import { summarizeLedger } from "./summarize-ledger";

const SETTINGS_HEADER: CellValue[] = ["Setting", "Sheet", "Field", "Value"];

describe("readLedger: dates", () => {
  it("reads serial dates of a 1904-date-system workbook through that system", () => {
    const rows: CellValue[][] = [
      ["Invoice", "Customer", "Invoice Date", "Due Date", "Amount"],
      ["M-1", "Mac Shop", serialOf("2026-10-26", "1904"), serialOf("2026-11-25", "1904"), 99.5],
    ];
    const grid = gridOf("Ledger", rows, { formats: { 2: "d-mmm-yy", 3: "d-mmm-yy" } });
    const mac = readLedger(bookOf([grid], "1904"));
    expect(mac.invoices[0]).toMatchObject({ invoiceDate: "2026-10-26", dueDate: "2026-11-25", amountCents: 9950 });
    expect(mac.dateSystem).toBe("1904");
    // The same numbers read as 1900 serials land 1,462 days earlier: the flag must be threaded through.
    expect(readLedger(bookOf([grid], "1900")).invoices[0]?.dueDate).toBe("2022-11-24");
  });

  it("reads text dates day first when the column shows a day over 12, and settles the other date column from it", () => {
    const rows: CellValue[][] = [
      ["Rechnungsnummer", "Kunde", "Rechnungsdatum", "Fällig", "Betrag"],
      ["R-1", "Müller GmbH", "01.04.2026", "03.05.2026", "1.234,56"],
      ["R-2", "Müller GmbH", "02.04.2026", "25.05.2026", "99,90"],
    ];
    const ledger = readLedger(bookOf([gridOf("Rechnungen", rows)]));
    expect(ledger.invoices.map((i) => [i.invoiceDate, i.dueDate, i.amountCents])).toEqual([
      ["2026-04-01", "2026-05-03", 123456], ["2026-04-02", "2026-05-25", 9990],
    ]);
    expect(ledger.issues.map((i) => [i.code, i.severity, i.address])).toEqual([["date-order-from-sheet", "info", "Rechnungen!C1"]]);
  });

  it("reads US text dates month first (IBM style)", () => {
    const rows: CellValue[][] = [
      ["invoiceNumber", "customerID", "InvoiceDate", "DueDate", "InvoiceAmount"],
      ["0000611365", "0379-NEVHP", "1/2/2013", "2/1/2013", "55.94"],
      ["0007900770", "8976-AMJEO", "1/26/2013", "2/25/2013", "61.74"],
    ];
    const ledger = readLedger(bookOf([gridOf("AR", rows)]));
    expect(ledger.invoices.map((i) => [i.invoiceNo, i.invoiceDate, i.dueDate])).toEqual([
      ["0000611365", "2013-01-02", "2013-02-01"], ["0007900770", "2013-01-26", "2013-02-25"],
    ]);
    expect(ledger.issues).toEqual([]);
  });

  const ambiguous: CellValue[][] = [
    ["Invoice", "Customer", "Due Date", "Amount"],
    ["A-1", "Acme", "03/04/2026", 10],
    ["A-2", "Acme", "05/06/2026", 20],
  ];

  it("does not guess a day/month order nothing settles: one error naming the column, dates left empty", () => {
    const ledger = readLedger(bookOf([gridOf("Invoices", ambiguous)]));
    expect(ledger.invoices.map((i) => i.dueDate)).toEqual([null, null]);
    expect(ledger.issues).toHaveLength(1);
    expect(ledger.issues[0]).toMatchObject({ code: "date-order-ambiguous", severity: "error", address: "Invoices!C1" });
    expect(ledger.issues[0]?.message).toContain("column C");
    expect(ledger.issues[0]?.message).toContain("dateOrder | Invoices | | day-first");
  });

  it("reads that column once the Collect Settings sheet gives the order", () => {
    const settings = gridOf(SETTINGS_SHEET_NAME, [SETTINGS_HEADER, ["dateOrder", "Invoices", null, "day-first"]]);
    const ledger = readLedger(bookOf([gridOf("Invoices", ambiguous), settings]));
    expect(ledger.invoices.map((i) => i.dueDate)).toEqual(["2026-04-03", "2026-06-05"]);
    expect(ledger.issues).toEqual([]);
    expect(ledger.sheets.map((s) => s.role)).toEqual(["invoices", "collect-owned"]);
  });

  it("lets options override the settings sheet", () => {
    const settings = gridOf(SETTINGS_SHEET_NAME, [SETTINGS_HEADER, ["dateOrder", "Invoices", null, "day-first"]]);
    const ledger = readLedger(bookOf([gridOf("Invoices", ambiguous), settings]), { dateOrders: { Invoices: "month-first" } });
    expect(ledger.invoices.map((i) => i.dueDate)).toEqual(["2026-03-04", "2026-05-06"]);
  });

  it("reports a column that mixes day-first and month-first dates", () => {
    const rows: CellValue[][] = [["Invoice", "Customer", "Due Date", "Amount"], ["A-1", "Acme", "25/04/2026", 10], ["A-2", "Acme", "04/25/2026", 20], ["A-3", "Acme", "03/04/2026", 30]];
    const ledger = readLedger(bookOf([gridOf("Invoices", rows)]));
    expect(ledger.issues.map((i) => i.code)).toEqual(["date-order-conflict"]);
    expect(ledger.invoices.map((i) => i.dueDate)).toEqual(["2026-04-25", "2026-04-25", null]);
  });

  it.each<{ name: string; due: CellValue; format: string; message: string }>([
    { name: "text that is no date", due: "soon", format: "General", message: '"soon" is not a date' },
    { name: "an impossible day", due: "2026-02-30", format: "General", message: "not a real calendar day" },
    { name: "a number not formatted as a date", due: 46351, format: "0", message: "not formatted as a date" },
    { name: "an error value", due: { error: "#REF!" }, format: "General", message: "#REF!" },
  ])("keeps an invoice whose due date is $name, with a warning and no due date", ({ due, format, message }) => {
    const grid = gridOf("Invoices", [["Invoice", "Customer", "Due Date", "Amount"], ["A-1", "Acme", due, 10]], { formats: { 2: format } });
    const ledger = readLedger(bookOf([grid]));
    expect(ledger.invoices).toHaveLength(1);
    expect(ledger.invoices[0]?.dueDate).toBeNull();
    expect(ledger.issues).toHaveLength(1);
    expect(ledger.issues[0]).toMatchObject({ code: "unreadable-date", severity: "warning", address: "Invoices!C2" });
    expect(ledger.issues[0]?.message).toContain('Sheet "Invoices", cell C2');
    expect(ledger.issues[0]?.message).toContain(message);
  });

  it("works the due date out from terms it understands, and warns when it cannot", () => {
    const rows: CellValue[][] = [
      ["Invoice", "Customer", "Invoice Date", "Terms", "Amount"],
      ["A-1", "Acme", "2026-11-01", "Net 30", 10],
      ["A-2", "Acme", "2026-11-01", "NAA8", 10],
    ];
    const ledger = readLedger(bookOf([gridOf("Invoices", rows)]));
    expect(ledger.invoices.map((i) => i.dueDate)).toEqual(["2026-12-01", null]);
    expect(ledger.issues.map((i) => [i.code, i.severity, i.address])).toEqual([["missing-due-date", "warning", "Invoices!D3"]]);
    expect(ledger.issues[0]?.message).toContain('"NAA8"');
  });
});

describe("readLedger: amounts, credit memos and currencies", () => {
  it.each<{ name: string; amount: CellValue; message: string }>([
    { name: "a word", amount: "n/a", message: '"n/a" is not an amount' },
    { name: "an error value", amount: { error: "#VALUE!" }, message: "#VALUE!" },
    { name: "TRUE", amount: true, message: '"TRUE" is not an amount' },
  ])("never reads $name as 0: the row is an error at the amount's cell", ({ amount, message }) => {
    const rows: CellValue[][] = [["Invoice", "Customer", "Due Date", "Amount"], ["A-1", "Acme", "2026-12-01", amount], ["A-2", "Acme", "2026-12-01", 5]];
    const ledger = readLedger(bookOf([gridOf("Invoices", rows)]));
    expect(ledger.invoices.map((i) => i.invoiceNo)).toEqual(["A-2"]);
    expect(ledger.issues).toHaveLength(1);
    expect(ledger.issues[0]).toMatchObject({ code: "unreadable-amount", severity: "error", address: "Invoices!D2" });
    expect(ledger.issues[0]?.message).toContain(message);
    expect(ledger.sheets[0]?.rows).toMatchObject({ used: 1, withIssue: 1 });
  });

  it.each<{ name: string; cells: CellValue[]; code: string; address: string }>([
    { name: "no amount at all", cells: ["A-1", "Acme", "2026-12-01", null], code: "missing-amount", address: "Invoices!D2" },
    { name: "no invoice number", cells: [null, "Acme", "2026-12-01", 5], code: "missing-invoice-number", address: "Invoices!A2" },
    { name: "no customer", cells: ["A-1", null, "2026-12-01", 5], code: "missing-customer", address: "Invoices!B2" },
  ])("skips a row with $name, with an error", ({ cells, code, address }) => {
    const ledger = readLedger(bookOf([gridOf("Invoices", [["Invoice", "Customer", "Due Date", "Amount"], cells])]));
    expect(ledger.invoices).toEqual([]);
    expect(ledger.issues.map((i) => [i.code, i.severity, i.address])).toEqual([[code, "error", address]]);
  });

  it("reads an ambiguous thousands column once the decimal mark is set, and reports it until then", () => {
    const rows: CellValue[][] = [["Invoice", "Customer", "Due Date", "Amount"], ["A-1", "Acme", "2026-12-01", "1,234"], ["A-2", "Acme", "2026-12-01", "5,000"]];
    const unsettled = readLedger(bookOf([gridOf("Invoices", rows)]));
    expect(unsettled.invoices).toEqual([]);
    expect(unsettled.issues.map((i) => i.code)).toEqual(["decimal-mark-ambiguous", "unreadable-amount", "unreadable-amount"]);
    const settled = readLedger(bookOf([gridOf("Invoices", rows)]), { decimalMarks: { Invoices: "." } });
    expect(settled.invoices.map((i) => i.amountCents)).toEqual([123400, 500000]);
  });

  it("reads credit memos: negative amounts, and a positive amount on a Credit Note row", () => {
    const rows: CellValue[][] = [
      ["Type", "Invoice", "Customer", "Due Date", "Amount", "Balance"],
      ["Invoice", "1", "Acme", "2026-12-01", "1,000.00", "1,000.00"],
      ["Credit Note", "CN-1", "Acme", null, "250.00", "250.00"],
      ["Invoice", "2", "Acme", "2026-12-01", "(75.00)", "(75.00)"],
      ["Invoice", "3", "Acme", "2026-12-01", "40.00-", "40.00-"],
    ];
    const ledger = readLedger(bookOf([gridOf("Register", rows)]));
    expect(ledger.invoices.map((i) => [i.invoiceNo, i.kind, i.amountCents, i.openCents])).toEqual([
      ["1", "invoice", 100000, 100000], ["CN-1", "credit-memo", -25000, -25000], ["2", "credit-memo", -7500, -7500], ["3", "credit-memo", -4000, -4000],
    ]);
    expect(ledger.issues).toEqual([]);
  });

  it("keeps currencies apart and does not check a total that spans several", () => {
    const rows: CellValue[][] = [
      ["Invoice", "Customer", "Due Date", "Currency", "Open Balance"],
      ["U-1", "Acme", "2026-12-01", "USD", 100],
      ["E-1", "Acme", "2026-12-01", "EUR", "€ 50,25"],
      ["C-1", "Bolt", "2026-12-01", "cad", 10],
      ["Total", null, null, null, 160.25],
    ];
    const ledger = readLedger(bookOf([gridOf("Open Items", rows)]));
    expect(summarizeLedger(ledger).openBalance).toEqual([
      { currency: "CAD", openCents: 1000, openInvoices: 1 }, { currency: "EUR", openCents: 5025, openInvoices: 1 }, { currency: "USD", openCents: 10000, openInvoices: 1 },
    ]);
    expect(ledger.issues.map((i) => [i.code, i.severity, i.address])).toEqual([["total-not-checked", "info", "'Open Items'!E5"]]);
  });

  it("warns about a currency it does not know and keeps the row without one", () => {
    const rows: CellValue[][] = [["Invoice", "Customer", "Due Date", "Currency", "Amount"], ["A-1", "Acme", "2026-12-01", "Dollars", 5]];
    const ledger = readLedger(bookOf([gridOf("Invoices", rows)]));
    expect(ledger.invoices[0]?.currency).toBeNull();
    expect(ledger.issues.map((i) => [i.code, i.address])).toEqual([["unknown-currency", "Invoices!D2"]]);
  });

  it("takes the currency from a header like 'Open Advance (ILS)' and from the settings", () => {
    const header = readLedger(bookOf([gridOf("Open", [["Invoice #", "Customer", "Due Date", "Open Advance (ILS)"], ["I-1", "Arava", "2026-12-01", 15725]])]));
    expect(header.invoices[0]?.currency).toBe("ILS");
    const setting = readLedger(bookOf([gridOf("Open", [["Invoice #", "Customer", "Due Date", "Balance"], ["I-1", "Arava", "2026-12-01", 15725]])]), { currencies: { "*": "EUR" } });
    expect(setting.invoices[0]?.currency).toBe("EUR");
  });
});

describe("readLedger: customers", () => {
  it("keys customers by id, keeps leading zeros and float-written ids, and shows the most frequent name", () => {
    const rows: CellValue[][] = [
      ["cust_number", "name_customer", "doc_id", "due_in_date", "total_open_amount", "invoice_currency"],
      ["0200706844", "WAL-MAR co", "1930571429.0", "2020-03-13", "8734.71", "USD"],
      ["0200706844", "WAL-MAR us", "1930571430.0", "2020-03-13", "1.17", "USD"],
      ["0200706844", "WAL-MAR us", "1930571431.0", "2020-03-14", "2.00", "USD"],
      ["CCU013", "KRAFT corp", "1930571432.0", "2020-03-15", "3.00", "CAD"],
    ];
    const ledger = readLedger(bookOf([gridOf("data2", rows)]));
    expect(ledger.invoices.map((i) => [i.invoiceNo, i.customerKey, i.customerName])).toEqual([
      ["1930571429", "0200706844", "WAL-MAR us"], ["1930571430", "0200706844", "WAL-MAR us"],
      ["1930571431", "0200706844", "WAL-MAR us"], ["1930571432", "CCU013", "KRAFT corp"],
    ]);
    expect(ledger.customers.map((c) => [c.key, c.id, c.name])).toEqual([["0200706844", "0200706844", "WAL-MAR us"], ["CCU013", "CCU013", "KRAFT corp"]]);
  });

  it("joins invoices by name to a customer list's ids and details, and reads a contact log", () => {
    const invoices = gridOf("Invoices", [["Invoice", "Client", "Due", "Amount"], ["1", "Acme Ltd.", "2026-12-01", 10], ["2", "acme ltd", "2026-12-02", 20]]);
    const customers = gridOf("Customers", [
      ["Customer ID", "Customer Name", "Contact Person", "Email", "Phone", "Credit Limit", "Language", "On Hold"],
      ["C-7", "Acme Ltd.", "Ann Smith", "ann@acme.example", "+1 555 0100", "5,000.00", "en", "No"],
    ]);
    const calls = gridOf("Calls", [
      ["Date", "Customer", "Channel", "Notes", "Promise Date", "Promised Amount"],
      ["2026-11-20", "ACME LTD", "Phone", "Will pay Friday", "2026-11-27", "30.00"],
    ]);
    const ledger = readLedger(bookOf([invoices, customers, calls]));
    expect(ledger.issues).toEqual([]);
    expect(ledger.sheets.map((s) => s.role)).toEqual(["invoices", "customers", "contact-log"]);
    expect(ledger.invoices.map((i) => [i.customerKey, i.customerName])).toEqual([["C-7", "Acme Ltd."], ["C-7", "Acme Ltd."]]);
    expect(ledger.customers).toEqual([expect.objectContaining({
      key: "C-7", id: "C-7", name: "Acme Ltd.", contactPerson: "Ann Smith", email: "ann@acme.example", phone: "+1 555 0100",
      creditLimitCents: 500000, language: "en", onHold: false, source: "Customers!A2",
    })]);
    expect(ledger.contacts).toEqual([expect.objectContaining({
      date: "2026-11-20", customerKey: "C-7", channel: "call", discussed: "Will pay Friday", promiseDate: "2026-11-27", promiseCents: 3000, source: "Calls!A2",
    })]);
  });
});

describe("readLedger: open balances and payments", () => {
  it("works open balances out from a payments sheet, with the date of the payment that cleared each invoice", () => {
    const invoices = gridOf("Invoices", [
      ["Invoice", "Customer", "Invoice Date", "Due Date", "Amount"],
      ["1", "Acme", "2026-10-01", "2026-10-31", 100],
      ["2", "Acme", "2026-10-05", "2026-11-04", 50],
      ["3", "Bolt", "2026-10-07", "2026-11-06", 70],
    ]);
    const payments = gridOf("Payments", [
      ["Date", "Customer", "Invoice", "Amount"],
      ["2026-11-01", "Acme", "1", 60],
      ["2026-11-09", "Acme", "1", 40],
      ["2026-11-10", "Acme", "2", 20],
      ["2026-11-11", "Bolt", "99", 5],
    ]);
    const ledger = readLedger(bookOf([invoices, payments]));
    expect(ledger.sheets.map((s) => s.role)).toEqual(["invoices", "payments"]);
    expect(ledger.invoices.map((i) => [i.invoiceNo, i.openCents, i.paidDate])).toEqual([["1", 0, "2026-11-09"], ["2", 3000, null], ["3", 7000, null]]);
    expect(ledger.payments).toHaveLength(4);
    expect(ledger.issues.map((i) => [i.code, i.address])).toEqual([["payment-unmatched", "Payments!A5"]]);
  });

  it.each<{ name: string; header: string; cell: CellValue; open: number; paidDate: string | null }>([
    { name: "a settled date means paid", header: "SettledDate", cell: "2026-11-02", open: 0, paidDate: "2026-11-02" },
    { name: "a Paid status means paid", header: "Status", cell: "Paid", open: 0, paidDate: null },
    { name: "an open status leaves the amount open", header: "Status", cell: "Open", open: 10000, paidDate: null },
    { name: "an amount-paid column is subtracted", header: "Amount Paid", cell: 40, open: 6000, paidDate: null },
    { name: "a yes/no paid column", header: "Paid", cell: "Yes", open: 0, paidDate: null },
  ])("$name", ({ header, cell, open, paidDate }) => {
    const ledger = readLedger(bookOf([gridOf("Invoices", [["Invoice", "Customer", "Due Date", "Amount", header], ["1", "Acme", "2026-10-31", 100, cell]])]));
    expect(ledger.invoices.map((i) => [i.openCents, i.paidDate])).toEqual([[open, paidDate]]);
  });

  it("prefers the open balance the sheet states", () => {
    const ledger = readLedger(bookOf([gridOf("Invoices", [["Invoice", "Customer", "Due Date", "Amount", "Open Balance", "Paid Date"], ["1", "Acme", "2026-10-31", 100, 25, null]])]));
    expect(ledger.invoices[0]).toMatchObject({ amountCents: 10000, openCents: 2500 });
  });
});

describe("readLedger: sheets", () => {
  it("addresses cells from where the used range starts (a table at C3)", () => {
    const grid = gridOf("Open Items", [["Invoice", "Customer", "Due Date", "Amount"], ["1", "Acme", "2026-02-30", 5], ["2", "Acme", "2026-02-28", "n/a"]], { top: 3, left: 3 });
    const ledger = readLedger(bookOf([grid]));
    expect(ledger.sheets[0]?.headerRow).toBe(3);
    expect(ledger.invoices[0]?.source).toBe("'Open Items'!C4");
    expect(ledger.issues.map((i) => i.address)).toEqual(["'Open Items'!E4", "'Open Items'!F5"]);
  });

  it("skips Collect's own sheets, reports a sheet without a header, and can be told to ignore a sheet", () => {
    const register = gridOf("Invoices", [["Invoice", "Customer", "Due", "Amount"], ["1", "Acme", "2026-12-01", 10]]);
    const ledger = readLedger(bookOf([
      register,
      gridOf("Collect Worklist", [["Invoice", "Customer", "Due", "Amount"], ["1", "Acme", "2026-12-01", 10]]),
      gridOf("Notes", [["Remember to call Bob"], ["and Alice"]]),
      gridOf("Old", [["Invoice", "Customer", "Due", "Amount"], ["9", "Zed", "2020-12-01", 10]]),
    ]), { sheets: { Old: "ignore" } });
    expect(ledger.invoices.map((i) => i.invoiceNo)).toEqual(["1"]);
    expect(ledger.sheets.map((s) => [s.name, s.role, s.headerRow])).toEqual([
      ["Invoices", "invoices", 1], ["Collect Worklist", "collect-owned", null], ["Notes", "unknown", null], ["Old", "unknown", null],
    ]);
    expect(ledger.issues.map((i) => [i.code, i.severity, i.address])).toEqual([["no-header", "info", "Notes!A1"]]);
  });

  it("lets a column mapping in the settings sheet win over the headers", () => {
    const register = gridOf("Invoices", [["Invoice", "Customer", "Zahltag", "Amount"], ["1", "Acme", "2026-12-01", 10]]);
    const without = readLedger(bookOf([register]));
    expect(without.invoices[0]?.dueDate).toBeNull();
    expect(without.issues.map((i) => i.code)).toEqual(["no-due-date-column"]);
    const settings = gridOf(SETTINGS_SHEET_NAME, [SETTINGS_HEADER, ["mapping", "Invoices", "dueDate", "C"]]);
    const withMapping = readLedger(bookOf([register, settings]));
    expect(withMapping.invoices[0]?.dueDate).toBe("2026-12-01");
    expect(withMapping.sheets[0]?.columns.find((c) => c.field === "dueDate")).toEqual({ field: "dueDate", column: "C", header: "Zahltag", confidence: 1, overridden: true });
    expect(withMapping.issues).toEqual([]);
  });

  it("recognises an aging summary, does not count it as invoices, and ties it out against the detail", () => {
    const summary = gridOf("Aging Report", [
      ["AR Aging Report"], ["As of:", 46219], [],
      ["Customer", "Current", "1-30", "31-60", "61-90", "90+", "Total"],
      ["Acme", 100, null, null, null, null, 100],
      ["Bolt", null, 50, null, null, 20, 70],
      ["Total · 2 customers", 100, 50, null, null, 20, 170],
    ]);
    const detail = gridOf("Open Invoices", [
      ["Invoice #", "Customer", "Due Date", "Open Balance"],
      ["1", "Acme", "2026-12-01", 100], ["2", "Bolt", "2026-11-01", 50], ["3", "Bolt", "2026-06-01", 25],
    ]);
    const ledger = readLedger(bookOf([summary, detail]));
    expect(ledger.invoices).toHaveLength(3);
    expect(ledger.sheets[0]).toMatchObject({ role: "aging-summary", headerRow: 4, rows: { used: 2, subtotal: 1 } });
    expect(ledger.issues.map((i) => [i.code, i.address])).toEqual([["summary-mismatch", "'Aging Report'!G6"]]);
    expect(ledger.issues[0]?.message).toContain('"Bolt"');
  });
});
