/**
 * Small ledger factories for the desk's tests. Every field has a plain default, so a test states only what
 * its rule depends on. Amounts are given in major units (1234.5) and dates as ISO text.
 */
import { addDays, type IsoDate } from "../../dates/iso-date";
import type { ContactChannel, ContactLogEntry, Customer, Invoice, Ledger, Payment } from "../../ledger/ledger";
import type { Cents } from "../../money/cents";
import type { CellAddress } from "../../types/issue";

/** The as-of date most desk tests use. */
export const TEST_AS_OF = "2026-11-25" as IsoDate;

/** Cents from major units, for tests. @example cents(12.5) //=> 1250 */
export function cents(amount: number): Cents {
  return Math.round(amount * 100) as Cents;
}

/** A test date. @example day("2026-11-25") //=> "2026-11-25" */
export function day(text: string): IsoDate {
  return text as IsoDate;
}

/** A test cell address. @example cell("Invoices", 7) //=> "Invoices!A7" */
export function cell(sheet: string, row: number, column = "A"): CellAddress {
  return `${sheet}!${column}${row}` as CellAddress;
}

/** Fields of a test invoice (amounts in major units, dates as ISO text). */
export interface InvoiceFields {
  readonly no?: string;
  readonly customer?: string;
  readonly name?: string;
  readonly kind?: Invoice["kind"];
  readonly invoiceDate?: string | null;
  readonly dueDate?: string | null;
  readonly amount?: number;
  /** Open balance; defaults to the amount (unpaid). */
  readonly open?: number;
  readonly currency?: string | null;
  readonly status?: string | null;
  readonly disputed?: boolean;
  readonly paidDate?: string | null;
  readonly onHold?: boolean;
  readonly row?: number;
}

let invoiceCounter = 0;

/** An invoice: by default 1,000.00 USD, invoiced 30 days before its due date, unpaid. @example testInvoice({ amount: 50 }).openCents //=> 5000 */
export function testInvoice(fields: InvoiceFields = {}): Invoice {
  invoiceCounter += 1;
  const amount = fields.amount ?? 1000;
  const dueDate = fields.dueDate === undefined ? "2026-11-01" : fields.dueDate;
  const invoiceDate = fields.invoiceDate === undefined ? (dueDate === null ? null : shift(dueDate, -30)) : fields.invoiceDate;
  const customer = fields.customer ?? "C1";
  return {
    invoiceNo: fields.no ?? `INV-${invoiceCounter}`,
    customerKey: customer,
    customerName: fields.name ?? `Customer ${customer}`,
    kind: fields.kind ?? (amount < 0 ? "credit-memo" : "invoice"),
    invoiceDate: invoiceDate as IsoDate | null,
    dueDate: dueDate as IsoDate | null,
    terms: null,
    amountCents: cents(amount),
    openCents: cents(fields.open ?? amount),
    currency: fields.currency === undefined ? "USD" : fields.currency,
    status: fields.status ?? null,
    disputed: fields.disputed ?? false,
    paidDate: (fields.paidDate ?? null) as IsoDate | null,
    onHold: fields.onHold ?? false,
    notes: null,
    source: cell("Invoices", fields.row ?? invoiceCounter + 1),
  };
}

/** A paid invoice: invoiced 30 days before due, paid `daysLate` after due. @example paidInvoice({ dueDate: "2026-06-01", daysLate: 3 }).paidDate //=> "2026-06-04" */
export function paidInvoice(fields: InvoiceFields & { readonly daysLate: number }): Invoice {
  const dueDate = fields.dueDate ?? "2026-06-01";
  return testInvoice({ ...fields, dueDate, open: 0, paidDate: shift(dueDate, fields.daysLate) });
}

/** Fields of a test payment. */
export interface PaymentFields {
  readonly customer?: string;
  readonly invoiceNo?: string | null;
  readonly date?: string;
  readonly amount?: number;
  readonly currency?: string | null;
  readonly row?: number;
}

let paymentCounter = 0;

/** A payment: by default 100.00 USD on 2026-11-20, unapplied. @example testPayment({ invoiceNo: "INV-1" }).amountCents //=> 10000 */
export function testPayment(fields: PaymentFields = {}): Payment {
  paymentCounter += 1;
  return {
    customerKey: fields.customer ?? "C1",
    invoiceNo: fields.invoiceNo ?? null,
    date: day(fields.date ?? "2026-11-20"),
    amountCents: cents(fields.amount ?? 100),
    currency: fields.currency === undefined ? "USD" : fields.currency,
    source: cell("Payments", fields.row ?? paymentCounter + 1),
  };
}

/** Fields of a test customer (credit limit in major units). */
export type CustomerFields = Partial<Omit<Customer, "creditLimitCents" | "source">> & {
  readonly creditLimit?: number | null;
  readonly row?: number;
};

/** A customer with a contact person, e-mail and phone. @example testCustomer({ key: "ACME" }).email //=> "ap@acme.example" */
export function testCustomer(fields: CustomerFields = {}): Customer {
  const key = fields.key ?? "C1";
  return {
    key,
    id: fields.id ?? key,
    name: fields.name ?? `Customer ${key}`,
    contactPerson: fields.contactPerson === undefined ? "Pat Payer" : fields.contactPerson,
    email: fields.email === undefined ? `ap@${key.toLowerCase()}.example` : fields.email,
    phone: fields.phone === undefined ? "+1 555 0100" : fields.phone,
    address: null,
    segment: fields.segment ?? null,
    industryCode: fields.industryCode ?? null,
    creditLimitCents: fields.creditLimit === undefined || fields.creditLimit === null ? null : cents(fields.creditLimit),
    terms: null,
    language: null,
    collector: fields.collector ?? null,
    onHold: fields.onHold ?? false,
    source: cell("Customers", fields.row ?? 2),
  };
}

/** Fields of a test contact-log entry. */
export interface ContactFields {
  readonly date?: string;
  readonly customer?: string;
  readonly invoiceNo?: string | null;
  readonly channel?: ContactChannel;
  readonly promise?: number | null;
  readonly promiseDate?: string | null;
  readonly disputeOpened?: boolean;
  readonly disputeResolved?: boolean;
  readonly stage?: string | null;
  readonly template?: string | null;
  readonly row?: number;
}

let contactCounter = 0;

/** A contact-log entry: by default an e-mail to C1 on 2026-11-10 about no particular invoice. @example testContact({ promise: 500, promiseDate: "2026-11-30" }).promiseCents //=> 50000 */
export function testContact(fields: ContactFields = {}): ContactLogEntry {
  contactCounter += 1;
  return {
    date: day(fields.date ?? "2026-11-10"),
    time: null,
    customerKey: fields.customer ?? "C1",
    invoiceNo: fields.invoiceNo ?? null,
    person: null,
    channel: fields.channel ?? "e-mail",
    discussed: null,
    offers: null,
    promiseCents: fields.promise === undefined || fields.promise === null ? null : cents(fields.promise),
    promiseDate: (fields.promiseDate ?? null) as IsoDate | null,
    disputeOpened: fields.disputeOpened ?? false,
    ...(fields.disputeResolved === undefined ? {} : { disputeResolved: fields.disputeResolved }),
    stage: fields.stage ?? null,
    template: fields.template ?? null,
    source: cell("Collect Log", fields.row ?? contactCounter + 1),
  };
}

/** Parts of a test ledger. */
export interface LedgerFields {
  readonly invoices?: readonly Invoice[];
  readonly payments?: readonly Payment[];
  readonly customers?: readonly Customer[];
  readonly contacts?: readonly ContactLogEntry[];
}

/** A ledger; customers default to one per customer key used by the invoices. @example testLedger({ invoices: [testInvoice()] }).customers.length //=> 1 */
export function testLedger(fields: LedgerFields = {}): Ledger {
  const invoices = fields.invoices ?? [];
  const keys = [...new Set(invoices.map((invoice) => invoice.customerKey))];
  return {
    dateSystem: "1900",
    invoices,
    payments: fields.payments ?? [],
    customers: fields.customers ?? keys.map((key) => testCustomer({ key })),
    contacts: fields.contacts ?? [],
    sheets: [],
    issues: [],
  };
}

function shift(date: string, days: number): string {
  return addDays(date as IsoDate, days);
}
