/**
 * The bench's workbooks: the sample book (src/cli/sample) scaled up by stacking copies of it, each generated from
 * its own seed and given its own customer ids and invoice numbers, until the register holds the number of invoices
 * asked for. Deterministic: the same count always gives the same book (and, through `writeSampleBook`, bytes).
 */
import { existsSync } from "fs";
import os from "os";
import path from "path";
import { generateSampleBook } from "../sample/generate-sample";
import { DEFAULT_SAMPLE_AS_OF, DEFAULT_SAMPLE_SEED, type SampleBook, type SampleContactRow, type SampleCustomerRow, type SampleInvoiceRow, type SamplePaymentRow } from "../sample/sample-book";
import { writeSampleBook } from "../sample/write-sample";

/** Bump when the generator changes, so a cached file from an older generator is not reused. */
const BENCH_BOOK_VERSION = 1;

/**
 * A sample book with exactly `invoiceCount` invoices (the last copy cut short, with only the payments of the
 * invoices it keeps).
 *
 * @example scaledSampleBook(1000).invoices.length //=> 1000
 */
export function scaledSampleBook(invoiceCount: number): SampleBook {
  const customers: SampleCustomerRow[] = [];
  const invoices: SampleInvoiceRow[] = [];
  const payments: SamplePaymentRow[] = [];
  const contactLog: SampleContactRow[] = [];
  let first: SampleBook | null = null;
  for (let copy = 0; invoices.length < invoiceCount; copy += 1) {
    const book = generateSampleBook({ seed: DEFAULT_SAMPLE_SEED + copy, asOf: DEFAULT_SAMPLE_AS_OF });
    first ??= book;
    const suffix = String(copy + 1).padStart(4, "0");
    const id = (customerId: string): string => `${customerId}-${suffix}`;
    const numbers = new Map<string, string>();
    for (const invoice of book.invoices) {
      if (invoices.length >= invoiceCount) break;
      const invoiceNo = `${invoice.invoiceNo}-${suffix}`;
      numbers.set(invoice.invoiceNo, invoiceNo);
      invoices.push({ ...invoice, invoiceNo, customerId: id(invoice.customerId), customerName: `${invoice.customerName} ${suffix}` });
    }
    for (const customer of book.customers) customers.push({ ...customer, customerId: id(customer.customerId), customerName: `${customer.customerName} ${suffix}` });
    for (const payment of book.payments) {
      const invoiceNo = numbers.get(payment.invoiceNo);
      if (invoiceNo !== undefined) payments.push({ ...payment, invoiceNo, customerId: id(payment.customerId) });
    }
    for (const entry of book.contactLog) contactLog.push({ ...entry, customerId: id(entry.customerId) });
  }
  if (first === null) throw new RangeError(`scaledSampleBook needs at least one invoice, got ${invoiceCount}`);
  return { ...first, customers, invoices, payments, contactLog, profiles: {} };
}

/**
 * The path of the bench workbook with `invoiceCount` invoices in the system's temporary folder, written on first use
 * and reused afterwards (it is the same file every time).
 *
 * @example await benchWorkbook(100_000) //=> "/tmp/collect-bench-100000-v1.xlsx"
 */
export async function benchWorkbook(invoiceCount: number): Promise<string> {
  const file = path.join(os.tmpdir(), `collect-bench-${invoiceCount}-v${BENCH_BOOK_VERSION}.xlsx`);
  if (!existsSync(file)) await writeSampleBook(scaledSampleBook(invoiceCount), file);
  return file;
}
