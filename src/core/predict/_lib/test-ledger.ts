/**
 * Ledger factories for the prediction tests. Dates are ISO text; amounts are in major units. Each factory
 * states only what the model reads; everything else has a plain default.
 */
import { addDays, type IsoDate } from "../../dates/iso-date";
import type { Invoice, Ledger } from "../../ledger/ledger";
import type { Cents } from "../../money/cents";
import type { CellAddress } from "../../types/issue";

/** A test date. @example day("2013-07-01") //=> "2013-07-01" */
export function day(text: string): IsoDate {
  return text as IsoDate;
}

/** What a test invoice says. */
export interface TestInvoiceFields {
  readonly no: string;
  readonly customer: string;
  readonly invoiceDate: string;
  /** Due − invoice date in days. @defaultvalue 30 */
  readonly termsDays?: number;
  /** Paid − due in days; absent: still open. */
  readonly daysLate?: number;
  /** @defaultvalue 100 */
  readonly amount?: number;
  readonly disputed?: boolean;
  readonly currency?: string | null;
}

/** An invoice, paid `daysLate` after its due date or open. @example testInvoice({ no: "1", customer: "A", invoiceDate: "2013-01-01", daysLate: 5 }).paidDate //=> "2013-02-05" */
export function testInvoice(fields: TestInvoiceFields): Invoice {
  const invoiceDate = day(fields.invoiceDate);
  const dueDate = addDays(invoiceDate, fields.termsDays ?? 30);
  const amountCents = Math.round((fields.amount ?? 100) * 100) as Cents;
  const paid = fields.daysLate !== undefined;
  return {
    invoiceNo: fields.no, customerKey: fields.customer, customerName: fields.customer, kind: "invoice", invoiceDate, dueDate, terms: null, amountCents,
    openCents: (paid ? 0 : amountCents) as Cents, currency: fields.currency === undefined ? "USD" : fields.currency, status: null,
    disputed: fields.disputed ?? false, paidDate: paid ? addDays(dueDate, fields.daysLate ?? 0) : null, onHold: false, notes: null,
    source: `Invoices!A${fields.no}` as CellAddress,
  };
}

/** A ledger holding just these invoices. */
export function ledgerOf(invoices: readonly Invoice[]): Pick<Ledger, "invoices"> {
  return { invoices };
}

/**
 * A seeded pseudo-random generator (mulberry32): tests get varied data that is the same on every run.
 *
 * @example seededRandom(1)() //=> 0.6270739405881613
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A ledger of `customers` customers who each invoice every `everyDays` days over `invoicesEach` invoices from
 * `start`, all paid. Customer i pays about (i mod 5) × 6 − 9 days late, plus noise; disputed invoices (1 in 6)
 * come 12 days later still. Deterministic for a seed.
 */
export function syntheticLedger(options: { customers: number; invoicesEach: number; start?: string; everyDays?: number; seed?: number }): Pick<Ledger, "invoices"> {
  const random = seededRandom(options.seed ?? 7);
  const invoices: Invoice[] = [];
  for (let c = 0; c < options.customers; c += 1) {
    const habit = (c % 5) * 6 - 9;
    for (let k = 0; k < options.invoicesEach; k += 1) {
      const disputed = random() < 1 / 6;
      const noise = Math.round((random() - 0.5) * 10);
      invoices.push(
        testInvoice({
          no: `${String(c)}-${String(k)}`,
          customer: `C${String(c).padStart(3, "0")}`,
          invoiceDate: addDays(day(options.start ?? "2012-01-02"), k * (options.everyDays ?? 14) + (c % 7)),
          daysLate: habit + noise + (disputed ? 12 : 0),
          amount: 50 + Math.round(random() * 500),
          disputed,
        }),
      );
    }
  }
  return ledgerOf(invoices);
}

/** The invoice with everything from `from` on changed: rows issued then get another amount and dispute flag, payments then come 17 days later. */
export function alterFrom(invoice: Invoice, from: IsoDate): Invoice {
  const issuedLater = invoice.invoiceDate !== null && invoice.invoiceDate >= from;
  const changed = issuedLater ? { ...invoice, disputed: !invoice.disputed, amountCents: (invoice.amountCents * 7) as Cents } : invoice;
  return invoice.paidDate !== null && invoice.paidDate >= from ? { ...changed, paidDate: addDays(invoice.paidDate, 17) } : changed;
}
