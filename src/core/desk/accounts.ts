import { computeDaysPastDue } from "../aging/days-past-due";
import type { IsoDate } from "../dates/iso-date";
import type { Customer, Invoice, Ledger, Payment } from "../ledger/ledger";
import type { Cents } from "../money/cents";
import { indexPayments, paymentsOf, type PaymentIndex } from "./_lib/payment-index";
import { openCentsAsOf } from "./open-balance";

/** One open document of an account on the as-of date. */
export interface OpenItem {
  readonly invoice: Invoice;
  /** Open cents on the as-of date (negative for a credit). */
  readonly openCents: Cents;
  /** As-of − due date, or null when the due date is unknown. */
  readonly daysPastDue: number | null;
  /** The sheet says the invoice is paid (paid date on or before the as-of date, or status "Paid") yet it is open. */
  readonly markedPaid: boolean;
}

/**
 * A customer's receivables in one currency: Collect never adds amounts of different currencies, so a
 * customer with two currencies has two accounts (each flagged `mixedCurrencies`).
 */
export interface Account {
  readonly customerKey: string;
  readonly customerName: string;
  readonly customer: Customer | null;
  readonly currency: string | null;
  /** Documents with a positive open balance, oldest due date first (unknown due dates last). */
  readonly openItems: readonly OpenItem[];
  /** Credit memos and overpaid invoices with a negative open balance. */
  readonly creditItems: readonly OpenItem[];
  /** Payments on or before the as-of date not applied to any of the customer's invoices. */
  readonly unappliedPayments: readonly Payment[];
  /** Σ open items. */
  readonly openCents: Cents;
  /** Σ credit items − Σ unapplied payments (0 or less). */
  readonly creditCents: Cents;
  /** Net balance: open + credits. 0 or less means the customer is in credit. */
  readonly netCents: Cents;
  /** Σ open items past their due date. */
  readonly overdueCents: Cents;
  readonly mixedCurrencies: boolean;
}

const PAID_STATUS = /\bpaid\b/i;
const NOT_PAID_STATUS = /\b(un|not\s*|part(ial(ly)?)?[\s-]*)paid\b|\bunpaid\b/i;

/**
 * True when the sheet says an invoice is paid: a paid date on or before the as-of date, or status text
 * "Paid" (not "Unpaid", "Not paid" or "Partially paid").
 *
 * @example isMarkedPaid({ ...invoice, status: "Paid", paidDate: null }, "2026-11-25" as IsoDate)           //=> true
 * @example isMarkedPaid({ ...invoice, status: "Partially paid", paidDate: null }, "2026-11-25" as IsoDate) //=> false
 */
export function isMarkedPaid(invoice: Invoice, asOf: IsoDate): boolean {
  if (invoice.paidDate !== null) return invoice.paidDate <= asOf;
  const status = invoice.status ?? "";
  return PAID_STATUS.test(status) && !NOT_PAID_STATUS.test(status);
}

function accountKey(customerKey: string, currency: string | null): string {
  return `${customerKey}\u0000${currency ?? ""}`;
}

function compareItems(a: OpenItem, b: OpenItem): number {
  const dueA = a.invoice.dueDate ?? "9999-99-99";
  const dueB = b.invoice.dueDate ?? "9999-99-99";
  if (dueA !== dueB) return dueA < dueB ? -1 : 1;
  return a.invoice.invoiceNo < b.invoice.invoiceNo ? -1 : a.invoice.invoiceNo > b.invoice.invoiceNo ? 1 : 0;
}

interface Draft {
  customerKey: string;
  customerName: string;
  currency: string | null;
  items: OpenItem[];
  unapplied: Payment[];
}

/**
 * Resolves a row's currency the way accounts are grouped: a row without a currency belongs to the only currency
 * the customer's documents and payments name, if there is exactly one; otherwise it stays null.
 *
 * @example currencyResolver(ledger)("C1", null) //=> "GBP"   (C1's invoices are all in GBP)
 */
export function currencyResolver(ledger: Pick<Ledger, "invoices" | "payments">): (customerKey: string, currency: string | null) => string | null {
  const named = new Map<string, Set<string>>();
  const note = (key: string, currency: string | null): void => {
    if (currency === null) return;
    const set = named.get(key) ?? new Set<string>();
    set.add(currency);
    named.set(key, set);
  };
  for (const invoice of ledger.invoices) note(invoice.customerKey, invoice.currency);
  for (const payment of ledger.payments) note(payment.customerKey, payment.currency);
  return (customerKey, currency) => {
    if (currency !== null) return currency;
    const set = named.get(customerKey);
    return set !== undefined && set.size === 1 ? ([...set][0] as string) : null;
  };
}

/**
 * Groups the ledger into accounts (customer × currency) with their open items on the as-of date. Documents and
 * unapplied payments without a currency join the customer's only named currency, if it has exactly one.
 * Customers with nothing open and no unapplied payment have no account.
 *
 * @param index - the ledger's payments, indexed (built when omitted)
 * @example groupAccounts(ledger, "2026-11-25" as IsoDate).map((a) => [a.customerKey, a.currency, a.netCents])
 * //=> [["C1", "USD", 150000], ["C2", "EUR", -2000]]
 */
export function groupAccounts(ledger: Ledger, asOf: IsoDate, index: PaymentIndex = indexPayments(ledger)): readonly Account[] {
  const resolve = currencyResolver(ledger);
  const drafts = new Map<string, Draft>();
  const customers = new Map(ledger.customers.map((customer) => [customer.key, customer]));
  const draftFor = (customerKey: string, name: string, currency: string | null): Draft => {
    const key = accountKey(customerKey, currency);
    const existing = drafts.get(key);
    if (existing !== undefined) return existing;
    const created: Draft = { customerKey, customerName: customers.get(customerKey)?.name ?? name, currency, items: [], unapplied: [] };
    drafts.set(key, created);
    return created;
  };
  for (const invoice of ledger.invoices) {
    const openCents = openCentsAsOf(invoice, paymentsOf(index, invoice), asOf);
    if (openCents === 0) continue;
    const daysPastDue = invoice.dueDate === null ? null : computeDaysPastDue(invoice.dueDate, asOf);
    const item: OpenItem = { invoice, openCents, daysPastDue, markedPaid: openCents > 0 && isMarkedPaid(invoice, asOf) };
    draftFor(invoice.customerKey, invoice.customerName, resolve(invoice.customerKey, invoice.currency)).items.push(item);
  }
  for (const [customerKey, payments] of index.unapplied) {
    for (const payment of payments) {
      if (payment.date > asOf || payment.amountCents === 0) continue;
      draftFor(customerKey, customerKey, resolve(customerKey, payment.currency)).unapplied.push(payment);
    }
  }
  const currenciesPerCustomer = new Map<string, number>();
  for (const draft of drafts.values()) currenciesPerCustomer.set(draft.customerKey, (currenciesPerCustomer.get(draft.customerKey) ?? 0) + 1);
  const accounts = [...drafts.values()].map((draft) => toAccount(draft, customers.get(draft.customerKey) ?? null, (currenciesPerCustomer.get(draft.customerKey) ?? 0) > 1));
  return accounts.sort((a, b) => compareKeys(a.customerKey, b.customerKey) || compareKeys(a.currency ?? "", b.currency ?? ""));
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function toAccount(draft: Draft, customer: Customer | null, mixedCurrencies: boolean): Account {
  const openItems = draft.items.filter((item) => item.openCents > 0).sort(compareItems);
  const creditItems = draft.items.filter((item) => item.openCents < 0).sort(compareItems);
  const openCents = openItems.reduce((sum, item) => sum + item.openCents, 0);
  const overdueCents = openItems.reduce((sum, item) => sum + ((item.daysPastDue ?? 0) > 0 ? item.openCents : 0), 0);
  const creditCents =
    creditItems.reduce((sum, item) => sum + item.openCents, 0) - draft.unapplied.reduce((sum, payment) => sum + payment.amountCents, 0);
  return {
    customerKey: draft.customerKey,
    customerName: draft.customerName,
    customer,
    currency: draft.currency,
    openItems,
    creditItems,
    unappliedPayments: draft.unapplied,
    openCents: openCents as Cents,
    creditCents: creditCents as Cents,
    netCents: (openCents + creditCents) as Cents,
    overdueCents: overdueCents as Cents,
    mixedCurrencies,
  };
}
