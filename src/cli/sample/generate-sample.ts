/**
 * Builds the sample workbook `npm run demo` runs on: Harbour Lane Supplies Ltd, a Southampton wholesaler
 * of office and catering supplies, with forty business customers and eighteen months of invoices,
 * payments and contact notes up to the as-of date. Pure and deterministic: the same seed and as-of
 * date always give the same book (a seeded mulberry32 source; no `Math.random`, no clock).
 */
import { addDays, toIsoDate, type IsoDate } from "../../core/dates/iso-date";
import {
  DEFAULT_SAMPLE_AS_OF, DEFAULT_SAMPLE_SEED, SAMPLE_HISTORY_MONTHS,
  type GenerateSampleOptions, type PayerProfile, type PaymentMethod, type SampleBook, type SampleCompanyRow,
  type SampleCustomerRow, type SampleInvoiceRow, type SampleInvoiceStatus, type SamplePaymentRow,
} from "./sample-book";
import { monthsEndingAt } from "./_lib/business-calendar";
import { buildContactLog } from "./_lib/contact-log";
import { collectorForSegment, CUSTOMER_ROSTER, SCENARIO_CUSTOMERS, type RosterEntry } from "./_lib/customer-roster";
import { draftTradingHistory, type InvoiceDraft, type NumberedDraft } from "./_lib/invoice-drafts";
import { draftPreDueTopUp, draftScenarioInvoices } from "./_lib/scripted-invoices";
import { createSeededRandom, type SeededRandom } from "./_lib/seeded-random";

/** Thrown when the options cannot describe a sample (an as-of date that is not `YYYY-MM-DD`). */
export class SampleOptionsError extends Error {
  override name = "SampleOptionsError";
}

/** Open invoices falling due within a week of the as-of date, so pre-due reminders have work. */
const PRE_DUE_TARGET = 5;
const FIRST_INVOICE_NUMBER = 10001;

/** Where a scripted story takes over from ordinary trading for a customer (days before the as-of date). */
function lastTradingDate(customer: RosterEntry, asOf: IsoDate): IsoDate {
  // The very late payer's last 200 days are scripted (open invoices, the account put on stop).
  if (customer.id === SCENARIO_CUSTOMERS.veryLate) return addDays(asOf, -230);
  // The customer in credit has ordered little since it returned the faulty machines.
  if (customer.id === SCENARIO_CUSTOMERS.inCredit) return addDays(asOf, -45);
  return asOf;
}

function compareDrafts(a: InvoiceDraft, b: InvoiceDraft): number {
  if (a.invoiceDate !== b.invoiceDate) return a.invoiceDate < b.invoiceDate ? -1 : 1;
  if (a.customer.id !== b.customer.id) return a.customer.id < b.customer.id ? -1 : 1;
  return a.amountCents - b.amountCents;
}

/** Numbers the register in date order: invoices INV-10001…, credit notes CN-0001…. */
function numberDrafts(drafts: readonly InvoiceDraft[]): readonly NumberedDraft[] {
  let nextInvoice = FIRST_INVOICE_NUMBER;
  let nextCredit = 1;
  const numbered: NumberedDraft[] = [];
  for (const draft of [...drafts].sort(compareDrafts)) {
    const invoiceNo = draft.kind === "credit" ? `CN-${String(nextCredit++).padStart(4, "0")}` : `INV-${nextInvoice++}`;
    numbered.push({ ...draft, invoiceNo });
  }
  return numbered;
}

const CARD_LIMIT_CENTS = 200_000;

function paymentMethod(customer: RosterEntry, amountCents: number, random: SeededRandom): PaymentMethod {
  const usual = random.chance(0.85) ? customer.method : "Bank transfer";
  return usual === "Card" && amountCents > CARD_LIMIT_CENTS ? "Bank transfer" : usual;
}

/** UK Faster Payments references carry at most 18 characters. */
const BANK_REFERENCE_MAX_CHARS = 18;

/** The payer's name as a bank statement shows it: "The Salt Loft Café" → "SALT LOFT CAF". */
function bankPayerName(name: string): string {
  const words = name.toUpperCase().replace(/[^A-Z ]/g, "").split(" ").filter((word) => word !== "" && word !== "THE");
  return words.slice(0, 2).join(" ").slice(0, BANK_REFERENCE_MAX_CHARS);
}

/** The reference a bank statement or paying-in slip shows for a receipt. */
function paymentReference(method: PaymentMethod, invoice: NumberedDraft, random: SeededRandom): string {
  switch (method) {
    case "Bank transfer":
      return `${invoice.invoiceNo} ${bankPayerName(invoice.customer.name)}`.slice(0, BANK_REFERENCE_MAX_CHARS).trim();
    case "Card":
      return `Card ****${random.int(1000, 9999)} auth ${random.int(100000, 999999)}`;
    case "Cheque":
      return `Chq ${random.int(100100, 109999)}`;
  }
}

function buildPayments(invoices: readonly NumberedDraft[], random: SeededRandom): readonly SamplePaymentRow[] {
  const rows: SamplePaymentRow[] = [];
  for (const invoice of invoices) {
    for (const payment of invoice.payments) {
      const method = payment.method ?? paymentMethod(invoice.customer, payment.amountCents, random);
      rows.push({
        paymentDate: payment.date, customerId: invoice.customer.id, invoiceNo: invoice.invoiceNo,
        amountCents: payment.amountCents, method, reference: payment.reference ?? paymentReference(method, invoice, random),
      });
    }
  }
  return rows.sort((a, b) =>
    a.paymentDate < b.paymentDate ? -1 : a.paymentDate > b.paymentDate ? 1 : a.invoiceNo < b.invoiceNo ? -1 : a.invoiceNo > b.invoiceNo ? 1 : 0);
}

function statusOf(kind: InvoiceDraft["kind"], amountCents: number, paidCents: number): SampleInvoiceStatus {
  if (kind === "credit") return "Credit";
  if (paidCents === amountCents) return "Paid";
  return paidCents === 0 ? "Open" : "Part-paid";
}

function toInvoiceRow(invoice: NumberedDraft): SampleInvoiceRow {
  const paidCents = invoice.payments.reduce((sum, payment) => sum + payment.amountCents, 0);
  return {
    invoiceNo: invoice.invoiceNo, customerId: invoice.customer.id, customerName: invoice.customer.name,
    invoiceDate: invoice.invoiceDate, terms: invoice.kind === "credit" ? null : `Net ${invoice.customer.termsDays}`,
    dueDate: invoice.dueDate, amountCents: invoice.amountCents, currency: invoice.customer.currency,
    paidCents, balanceCents: invoice.amountCents - paidCents, status: statusOf(invoice.kind, invoice.amountCents, paidCents),
    disputed: invoice.disputed, notes: invoice.notes,
  };
}

function toCustomerRow(customer: RosterEntry): SampleCustomerRow {
  return {
    customerId: customer.id, customerName: customer.name, contactPerson: customer.contactPerson, email: customer.email,
    phone: customer.phone, billingAddress: customer.billingAddress, segment: customer.segment,
    creditLimitCents: customer.creditLimit * 100, currency: customer.currency, paymentTerms: `Net ${customer.termsDays}`,
    language: customer.language, collector: collectorForSegment(customer.segment), onHold: customer.id === SCENARIO_CUSTOMERS.onHold,
  };
}

/** The user's own company, for letterheads and remittance details. IBAN is the documentation example. */
const COMPANY: readonly SampleCompanyRow[] = [
  { label: "Company name", value: "Harbour Lane Supplies Ltd" },
  { label: "Address", value: "Unit 4, Harbour Lane Trade Park, Southampton, SO14 3QL" },
  { label: "Phone", value: "023 8049 6000" },
  { label: "E-mail", value: "accounts@harbourlanesupplies.example" },
  { label: "Company number", value: "08123456" },
  { label: "VAT number", value: "GB 123 4567 89" },
  { label: "Bank", value: "NatWest, Southampton City branch" },
  { label: "Account name", value: "Harbour Lane Supplies Ltd" },
  { label: "Sort code", value: "60-16-13" },
  { label: "Account number", value: "31926819" },
  { label: "IBAN", value: "GB29 NWBK 6016 1331 9268 19" },
  { label: "BIC", value: "NWBKGB2L" },
  { label: "Payment link", value: "https://pay.example.com/harbour-lane" },
  { label: "Credit controller", value: "Priya Shah" },
];

/**
 * Generates the sample book.
 *
 * @example generateSampleBook().customers.length //=> 40
 * @example generateSampleBook({ seed: 7, asOf: "2026-11-30" }).asOf //=> "2026-11-30"
 */
export function generateSampleBook(options: GenerateSampleOptions = {}): SampleBook {
  const seed = options.seed ?? DEFAULT_SAMPLE_SEED;
  const parsed = toIsoDate(options.asOf ?? DEFAULT_SAMPLE_AS_OF);
  if (!parsed.ok) throw new SampleOptionsError(`asOf must be a real date written YYYY-MM-DD, got "${options.asOf ?? ""}" (${parsed.error})`);
  const asOf = parsed.value;
  const random = createSeededRandom(seed);
  const months = monthsEndingAt(asOf, SAMPLE_HISTORY_MONTHS);

  const drafts: InvoiceDraft[] = [];
  for (const customer of CUSTOMER_ROSTER) {
    drafts.push(...draftTradingHistory(customer, months, asOf, lastTradingDate(customer, asOf), random));
  }
  drafts.push(...draftScenarioInvoices(asOf, random));
  drafts.push(...draftPreDueTopUp(drafts, asOf, PRE_DUE_TARGET, random));
  const numbered = numberDrafts(drafts);

  const profiles: Record<string, PayerProfile> = {};
  for (const customer of CUSTOMER_ROSTER) profiles[customer.id] = customer.profile;

  return {
    seed, asOf, company: COMPANY,
    customers: CUSTOMER_ROSTER.map(toCustomerRow),
    invoices: numbered.map(toInvoiceRow),
    payments: buildPayments(numbered, random),
    contactLog: buildContactLog(numbered, asOf, random),
    profiles,
  };
}
