import { gridOf, bookOf } from "../../test/helpers/grid-of";
import { serialOf } from "../../test/helpers/serial";
import type { IsoDate } from "../core/dates/iso-date";
import { isoDateToSerial } from "../core/excel/serial";
import { assessCustomerRisk } from "../core/predict/customer-risk";
import { predictOpenInvoices } from "../core/predict/predict-open-invoices";
import { preparePrediction } from "../core/predict/prediction-context";
import { ledgerAsOf } from "../core/desk/ledger-as-of";
import { readLedger } from "../workbook/read-ledger";
import { FIXTURE_TODAY, makeRegisterRows, registerColumns, registerSheetRows, type RegisterFixtureRow } from "./_lib/test-register";
import { payDate, risk } from "./functions";
import { clearRegisterMemo } from "./register-prediction";
import { setClock, setDateSystem } from "./settings";

/** Runs a function and returns its value, or the Excel error code and message it threw. */
function call(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    const excel = error as { code?: string; message?: string };
    if (excel.code === undefined) throw error;
    return { error: excel.code, message: excel.message };
  }
}

const DATE_FORMATS = { 2: "yyyy-mm-dd", 3: "yyyy-mm-dd", 5: "yyyy-mm-dd" };

/** What the CLI and the task pane compute from the same rows: the workbook reader, then core's prediction. */
function corePath(rows: readonly RegisterFixtureRow[], asOf: IsoDate) {
  const ledger = readLedger(bookOf([gridOf("Invoices", registerSheetRows(rows), { formats: DATE_FORMATS })]));
  const context = preparePrediction(ledger, asOf);
  if (!context.ok) throw new Error(`fixture does not train: ${context.error}`);
  return { ledger, open: predictOpenInvoices(context.value), customers: assessCustomerRisk(context.value) };
}

const serial1900 = (date: IsoDate): number => {
  const serial = isoDateToSerial(date, "1900");
  if (!serial.ok) throw new Error(date);
  return serial.value;
};

const ROWS = makeRegisterRows(400);
const COLUMNS = registerColumns(ROWS);
const TODAY = "2026-11-25" as IsoDate;

afterEach(() => {
  setClock();
  setDateSystem("1900");
});

describe("COLLECT.RISK and COLLECT.PAYDATE give the task pane's and the CLI's answers", () => {
  it.each([
    { name: "as of today", asOf: TODAY },
    { name: "as of a past day (only what was known then)", asOf: "2026-03-31" as IsoDate },
  ])("for every open invoice and every customer, $name", ({ asOf }) => {
    const core = corePath(ROWS, asOf);
    expect(core.ledger.issues).toEqual([]);
    expect(core.open.length).toBeGreaterThan(5);
    const day = serial1900(asOf);
    for (const prediction of core.open) {
      expect(risk(prediction.invoiceNo, ...COLUMNS, day)).toBe(prediction.riskScore);
      expect(risk(prediction.invoiceNo, ...COLUMNS, day, "band")).toBe(prediction.riskBand);
      expect(risk(prediction.invoiceNo, ...COLUMNS, day, "reasons")).toBe(prediction.reasons.map((r) => r.text).join("; "));
      expect(payDate(prediction.invoiceNo, ...COLUMNS, day)).toBe(serial1900(prediction.predictedPayDate));
    }
    // Customers are named as the bookkeeper writes them; "NASH  foundation" is the reader's "nash foundation" too.
    const names = new Map(core.ledger.invoices.map((invoice) => [invoice.customerKey, invoice.customerName]));
    for (const customer of core.customers) {
      const name = names.get(customer.customerKey) ?? "";
      expect(risk(name, ...COLUMNS, day)).toBe(customer.riskScore);
      expect(risk(name.toUpperCase(), ...COLUMNS, day, "band")).toBe(customer.riskBand);
      expect(risk(name, ...COLUMNS, day, "reasons")).toBe(customer.reasons.map((r) => r.text).join("; "));
    }
  });

  it("as of a past day, core gives the same answers on the full register as on the ledger restated to that day (the run's time travel)", () => {
    const asOf = "2026-03-31" as IsoDate;
    const full = corePath(ROWS, asOf);
    const restated = preparePrediction(ledgerAsOf(full.ledger, asOf), asOf);
    if (!restated.ok) throw new Error(restated.error);
    expect(predictOpenInvoices(restated.value)).toEqual(full.open);
    expect(assessCustomerRisk(restated.value)).toEqual(full.customers);
  });

  it("an invoice paid after a past asOf was open then: predicted as of then, not its real paid date", () => {
    const asOf = "2026-03-31" as IsoDate;
    const later = ROWS.find((r) => r.paid !== null && r.paid > serial1900(asOf) && r.invoiceDate <= serial1900(asOf));
    if (later === undefined) throw new Error("fixture has no invoice open on 31 Mar and paid later");
    const core = corePath(ROWS, asOf).open.find((p) => p.invoiceNo === later.invoice);
    expect(payDate(later.invoice, ...COLUMNS, serial1900(asOf))).toBe(serial1900(core?.predictedPayDate ?? ("" as IsoDate)));
    expect(risk(later.invoice, ...COLUMNS, serial1900(asOf))).toBe(core?.riskScore);
  });

  it("counts to today when asOf is left out", () => {
    setClock(() => new Date(2026, 10, 25, 9, 0));
    const open = corePath(ROWS, TODAY).open[0];
    expect(risk(open?.invoiceNo, ...COLUMNS)).toBe(open?.riskScore);
  });

  it("does not depend on the order of the register's rows, and gives the same answer every time", () => {
    const open = corePath(ROWS, TODAY).open.slice(0, 5);
    const reversed = registerColumns([...ROWS].reverse());
    for (const prediction of open) {
      const first = [risk(prediction.invoiceNo, ...COLUMNS, FIXTURE_TODAY, "reasons"), payDate(prediction.invoiceNo, ...COLUMNS, FIXTURE_TODAY)];
      clearRegisterMemo();
      expect([risk(prediction.invoiceNo, ...reversed, FIXTURE_TODAY, "reasons"), payDate(prediction.invoiceNo, ...reversed, FIXTURE_TODAY)]).toEqual(first);
    }
  });

  it("answers in the workbook's date system: a 1904 workbook gets 1904 serials back", () => {
    const open = corePath(ROWS, TODAY).open[0];
    const to1904 = (column: unknown[][]) => column.map(([v]) => [typeof v === "number" ? v - 1462 : v]);
    const [invoices, customers, invoiceDates, dueDates, amounts, paidDates] = COLUMNS;
    setDateSystem("1904");
    const value = payDate(open?.invoiceNo, invoices, customers, to1904(invoiceDates), to1904(dueDates), amounts, to1904(paidDates), FIXTURE_TODAY - 1462);
    expect(value).toBe(serialOf(open?.predictedPayDate ?? "", "1904"));
  });
});

describe("COLLECT.RISK and COLLECT.PAYDATE on small and new registers", () => {
  const base = { customer: "Acme", amount: 100 };
  const row = (invoice: string, invoiceDate: string, paid: string | null, extra: Partial<RegisterFixtureRow> = {}): RegisterFixtureRow => ({
    ...base, invoice, invoiceDate: serialOf(invoiceDate), dueDate: serialOf(invoiceDate) + 30, paid: paid === null ? null : serialOf(paid), ...extra,
  });

  it("learns from a single paid invoice, like core", () => {
    const rows = [row("1", "2026-08-01", "2026-09-05"), row("2", "2026-10-15", null)];
    const core = corePath(rows, TODAY);
    expect(risk("2", ...registerColumns(rows), FIXTURE_TODAY)).toBe(core.open[0]?.riskScore);
    expect(payDate("2", ...registerColumns(rows), FIXTURE_TODAY)).toBe(serial1900(core.open[0]?.predictedPayDate ?? ("" as IsoDate)));
  });

  it("scores a new customer's invoice by everyone's history and says so first, but does not rate the customer yet, as the pane", () => {
    const rows = [...ROWS, row("NEW-1", "2026-11-10", null, { customer: "Newco" })];
    const columns = registerColumns(rows);
    const core = corePath(rows, TODAY);
    expect(risk("NEW-1", ...columns, FIXTURE_TODAY)).toBe(core.open.find((p) => p.invoiceNo === "NEW-1")?.riskScore);
    expect(risk("NEW-1", ...columns, FIXTURE_TODAY, "reasons")).toMatch(/^new customer: no paid invoices yet/);
    expect(core.customers.find((c) => c.customerKey === "newco")?.paidInvoices).toBe(0);
    expect(() => risk("Newco", ...columns, FIXTURE_TODAY)).toThrow('customer "Newco" is not rated: 0 paid invoices, 3 needed');
  });

  it("treats the desktop's 0 for an empty cell as blank: 0 in paid dates is open, an all-0 row is no row", () => {
    const rows = [row("1", "2026-08-01", "2026-09-05"), row("2", "2026-10-15", null)];
    const [invoices, customers, invoiceDates, dueDates, amounts, paidDates] = registerColumns(rows);
    const desktop: [unknown[][], unknown[][], unknown[][], unknown[][], unknown[][], unknown[][]] = [
      [...invoices, [0]], [...customers, [0]], [...invoiceDates, [0]], [...dueDates, [0]], [...amounts, [0]], [[paidDates[0]?.[0]], [0], [0]],
    ];
    expect(risk("2", ...desktop, FIXTURE_TODAY)).toBe(risk("2", ...registerColumns(rows), FIXTURE_TODAY));
  });

  it("gives the paid date of an invoice already paid by asOf", () => {
    const rows = [row("1", "2026-08-01", "2026-09-05"), row("2", "2026-10-15", null)];
    expect(payDate("1", ...registerColumns(rows), FIXTURE_TODAY)).toBe(serialOf("2026-09-05"));
    expect(payDate(1, ...registerColumns(rows), FIXTURE_TODAY)).toBe(serialOf("2026-09-05"));
  });

  const rows = [
    row("1", "2026-08-01", "2026-09-05"),
    row("2", "2026-10-15", null),
    row("CR-1", "2026-10-20", null, { amount: -50 }),
    row("NODUE", "2026-10-20", null, { dueDate: 0 }),
    row("DUP", "2026-10-01", null),
    row("DUP", "2026-10-02", null),
    row("Acme", "2026-10-03", null, { customer: "Other" }),
    row("LATER", "2026-12-01", null),
  ];
  it.each([
    { name: "an invoice paid by asOf (RISK)", run: () => risk("1", ...registerColumns(rows), FIXTURE_TODAY), error: "#N/A", message: 'invoice "1" was paid on 2026-09-05, on or before asOf (2026-11-25): there is nothing left to predict.' },
    { name: "an invoice not in the register", run: () => risk("9", ...registerColumns(rows), FIXTURE_TODAY), error: "#N/A", message: '"9" is not an invoice number in invoices nor a customer in customers.' },
    { name: "a customer given to PAYDATE", run: () => payDate("Other", ...registerColumns(rows), FIXTURE_TODAY), error: "#N/A", message: expect.stringContaining('"Other" is a customer, not an invoice number') },
    { name: "an invoice issued after asOf", run: () => payDate("LATER", ...registerColumns(rows), FIXTURE_TODAY), error: "#N/A", message: 'invoice "LATER" was issued on 2026-12-01, after asOf (2026-11-25): on that day it was not known yet.' },
    { name: "a credit note", run: () => risk("CR-1", ...registerColumns(rows), FIXTURE_TODAY), error: "#N/A", message: expect.stringContaining("is a credit") },
    { name: "an invoice without a due date", run: () => risk("NODUE", ...registerColumns(rows), FIXTURE_TODAY), error: "#N/A", message: 'invoice "NODUE" has no due date (dueDates, row 4), so Collect cannot predict it.' },
    { name: "an invoice number on two rows", run: () => risk("DUP", ...registerColumns(rows), FIXTURE_TODAY), error: "#VALUE!", message: expect.stringContaining('invoice "DUP" is on rows 5, 6 of invoices') },
    { name: "a value that is both an invoice and a customer", run: () => risk("Acme", ...registerColumns(rows), FIXTURE_TODAY), error: "#VALUE!", message: expect.stringContaining('"Acme" is both an invoice number (row 7 of invoices) and a customer') },
    { name: "a blank invoice", run: () => payDate(null, ...registerColumns(rows), FIXTURE_TODAY), error: "#N/A", message: "invoice is blank. Enter an invoice number." },
    { name: "an unknown show", run: () => risk("2", ...registerColumns(rows), FIXTURE_TODAY, "colour"), error: "#VALUE!", message: 'show: "colour" should be one of "score", "band", "reasons".' },
    { name: "no paid history", run: () => risk("2", ...registerColumns(rows.slice(1)), FIXTURE_TODAY), error: "#N/A", message: expect.stringContaining("Collect needs paid invoices to learn from") },
    { name: "no paid history as of a past day", run: () => risk("1", ...registerColumns(rows), serialOf("2026-09-01")), error: "#N/A", message: expect.stringContaining("paid on or before asOf (2026-09-01)") },
    { name: "a customer with nothing issued by asOf", run: () => risk("Other", ...registerColumns(rows), serialOf("2026-10-01")), error: "#N/A", message: expect.stringContaining('customer "Other" has no invoice issued on or before asOf (2026-10-01)') },
  ])("refuses $name", ({ run, error, message }) => {
    expect(call(run)).toEqual({ error, message });
  });

  const [invoices, customers, invoiceDates, dueDates, amounts, paidDates] = registerColumns(rows.slice(0, 2));
  it.each([
    { name: "ranges of different sizes", args: [invoices, customers, invoiceDates.slice(0, 1), dueDates, amounts, paidDates], message: expect.stringContaining("must be ranges of the same size (rows: invoices 2, customers 2, invoiceDates 1") },
    { name: "a due date that is not a date", args: [invoices, customers, invoiceDates, [["soon"], ["2026-11-14"]], amounts, paidDates], message: expect.stringContaining('dueDates (row 1): "soon" is not a date') },
    { name: "an ambiguous text date", args: [invoices, customers, invoiceDates, dueDates, amounts, [["11/05/2026"], [null]]], message: expect.stringContaining("paidDates (row 1)") },
    { name: "a text amount", args: [invoices, customers, invoiceDates, dueDates, [["lots"], [5]], paidDates], message: 'amounts (row 1): "lots" is not a number.' },
    { name: "a row without a customer", args: [invoices, [["Acme"], [null]], invoiceDates, dueDates, amounts, paidDates], message: 'customers (row 2) is blank, but the row has other values. Fill in the customer of invoice "2".' },
    { name: "a row without an invoice number", args: [[["1"], [""]], customers, invoiceDates, dueDates, amounts, paidDates], message: "invoices (row 2) is blank, but the row has other values. Every invoice needs its number." },
    { name: "a boolean invoice number", args: [[["1"], [true]], customers, invoiceDates, dueDates, amounts, paidDates], message: expect.stringContaining("invoices (row 2): true is not an invoice number") },
  ])("refuses a register with $name (#VALUE!)", ({ args, message }) => {
    const [a, b, c, d, e, f] = args as [unknown[][], unknown[][], unknown[][], unknown[][], unknown[][], unknown[][]];
    expect(call(() => risk("2", a, b, c, d, e, f, FIXTURE_TODAY))).toEqual({ error: "#VALUE!", message });
  });
});
