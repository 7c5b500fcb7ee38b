import { bookOf, gridOf } from "../../test/helpers/grid-of";
import { serialOf } from "../../test/helpers/serial";
import { toPaymentRecords } from "../core/predict/payment-record";
import { readLedger } from "../workbook/read-ledger";
import { makeRegisterRows, registerColumns, registerSheetRows, type RegisterFixtureRow } from "./_lib/test-register";
import { ArgumentError } from "./excel-error";
import { readRegister } from "./read-register";

const DATE_FORMATS = { 2: "yyyy-mm-dd", 3: "yyyy-mm-dd", 5: "yyyy-mm-dd" };

function problemOf(run: () => unknown): unknown {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof ArgumentError) return error.problem;
    throw error;
  }
}

describe("readRegister", () => {
  it("gives core the same payment records as the workbook reader gives it from the same rows", () => {
    const rows: RegisterFixtureRow[] = [
      ...makeRegisterRows(300),
      { invoice: "CN-1", customer: "Acme Ltd", invoiceDate: serialOf("2026-10-01"), dueDate: serialOf("2026-10-31"), amount: -120, paid: null },
      { invoice: 4711, customer: "ACME  ltd", invoiceDate: serialOf("2026-10-02"), dueDate: serialOf("2026-11-01"), amount: 99.99, paid: null },
    ];
    const ledger = readLedger(bookOf([gridOf("Invoices", registerSheetRows(rows), { formats: DATE_FORMATS })]));
    const register = readRegister(registerColumns(rows));
    expect(toPaymentRecords(register).records).toEqual(toPaymentRecords(ledger).records);
    expect(toPaymentRecords(register).skipped).toEqual(toPaymentRecords(ledger).skipped);
    expect(register.invoices.map((i) => [i.invoiceNo, i.customerKey, i.kind, i.openCents])).toEqual(ledger.invoices.map((i) => [i.invoiceNo, i.customerKey, i.kind, i.openCents]));
  });

  it("leaves out rows blank in every column, and keeps a row with a blank amount for the lookups only", () => {
    const register = readRegister([[["A"], [null], [0], ["B"]], [["Acme"], [null], [0], ["Acme"]], [[46300], [null], [0], [46301]], [[46330], [null], [0], [46331]], [[10], [null], [0], [null]], [[null], [null], [0], [null]]]);
    expect(register.invoices.map((i) => i.invoiceNo)).toEqual(["A"]);
    expect([...register.rowsByInvoice.keys()]).toEqual(["A", "B"]);
    expect(register.rowsByInvoice.get("B")?.[0]).toMatchObject({ row: 4, invoice: null });
    expect(register.customerKeyOf("  ACME ")).toBe("acme");
  });

  it.each([
    { name: "ranges of different sizes", columns: [[["A"]], [["X"]], [[1], [2]], [[1]], [[1]], [[null]]], message: expect.stringContaining("same size") },
    { name: "a row without a customer", columns: [[["A"]], [[null]], [[46300]], [[46330]], [[10]], [[null]]], message: 'customers (row 1) is blank, but the row has other values. Fill in the customer of invoice "A".' },
    { name: "a row without an invoice number", columns: [[[null]], [["Acme"]], [[46300]], [[46330]], [[10]], [[null]]], message: "invoices (row 1) is blank, but the row has other values. Every invoice needs its number." },
    { name: "an amount too large to hold in cents", columns: [[["A"]], [["Acme"]], [[46300]], [[46330]], [[1e14]], [[null]]], message: "amounts (row 1): 100000000000000 is too large an amount to handle exactly." },
  ])("refuses $name with #VALUE!", ({ columns, message }) => {
    expect(problemOf(() => readRegister(columns))).toEqual({ kind: "value", message });
  });
});
