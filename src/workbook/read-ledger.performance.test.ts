import type { CellValue, Grid } from "./grid";
import { readLedger } from "./read-ledger";
import { summarizeLedger } from "./summarize-ledger";

/**
 * A register of `count` invoices over 5,000 customers in two currencies: serial dates with a date format,
 * numbers with an accounting format, text ids. Built in memory (no file) so the test measures the reader only.
 */
function largeRegister(count: number): Grid {
  const header: CellValue[] = ["Invoice #", "Customer", "Customer ID", "Invoice Date", "Due Date", "Amount", "Open Balance", "Currency", "Status", "Terms"];
  const values: CellValue[][] = [header];
  const formats: string[][] = [header.map(() => "General")];
  const rowFormats = ["General", "General", "General", "yyyy-mm-dd", "yyyy-mm-dd", "#,##0.00", "#,##0.00", "General", "General", "General"];
  for (let index = 0; index < count; index += 1) {
    values.push([
      `INV-${String(index).padStart(6, "0")}`, `Customer ${String(index % 5000)}`, `C${String(index % 5000)}`, 45000 + (index % 700), 45030 + (index % 700),
      100 + (index % 997) + 0.25, index % 3 === 0 ? 0 : 50.5, index % 10 === 0 ? "CAD" : "USD", "Open", "Net 30",
    ]);
    formats.push(rowFormats);
  }
  return { sheetName: "Invoices", top: 1, left: 1, values, numberFormats: formats };
}

/** Open cents of the register computed directly from how it was built (2/3 of rows open at 50.50). */
function expectedOpen(count: number, cad: boolean): number {
  let cents = 0;
  for (let index = 0; index < count; index += 1) if ((index % 10 === 0) === cad && index % 3 !== 0) cents += 5050;
  return cents;
}

describe("readLedger performance", () => {
  // Time is printed, never asserted (STYLE.md: no wall-clock asserts). Memory is measured outside jest, where
  // the heap can be collected first: node --expose-gc on the compiled reader retained ~98 bytes per invoice.
  it("reads 100,000 invoice rows correctly and prints the time", () => {
    const results: string[] = [];
    for (const count of [50_000, 100_000]) {
      const grid = largeRegister(count);
      const started = process.hrtime.bigint();
      const ledger = readLedger({ dateSystem: "1900", sheets: [grid] });
      const milliseconds = Number(process.hrtime.bigint() - started) / 1e6;
      results.push(`${String(count)} rows: ${milliseconds.toFixed(0)} ms under jest/ts-jest (${(count / milliseconds).toFixed(0)} rows per ms)`);
      const summary = summarizeLedger(ledger);
      expect(summary.invoices).toBe(count);
      expect(summary.customers).toBe(5000);
      expect(ledger.issues).toEqual([]);
      expect(summary.openBalance).toEqual([
        { currency: "CAD", openCents: expectedOpen(count, true), openInvoices: expect.any(Number) },
        { currency: "USD", openCents: expectedOpen(count, false), openInvoices: expect.any(Number) },
      ]);
    }
    console.log(results.join("\n"));
  });
});
