import type { Invoice, Ledger, Payment } from "../../ledger/ledger";

/** A ledger's payments, indexed once for the desk's lookups. */
export interface PaymentIndex {
  /** Payments applied to an invoice of the same customer, by `invoiceKey`. */
  readonly applied: ReadonlyMap<string, readonly Payment[]>;
  /** Payments with no invoice, or naming an invoice the customer does not have, by customer key. */
  readonly unapplied: ReadonlyMap<string, readonly Payment[]>;
  /** Every payment of a customer, oldest first, by customer key. */
  readonly byCustomer: ReadonlyMap<string, readonly Payment[]>;
}

/** The key of an invoice among its customer's documents. @example invoiceKey("C1", "INV-7") //=> "C1\u0000INV-7" */
export function invoiceKey(customerKey: string, invoiceNo: string): string {
  return `${customerKey}\u0000${invoiceNo}`;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function byDate(a: Payment, b: Payment): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/**
 * Indexes payments by invoice and customer. A payment naming an invoice number its customer does not have is
 * unapplied: it still reduces the customer's balance, but no invoice.
 *
 * @example indexPayments(ledger).unapplied.get("C1")?.length //=> 1
 */
export function indexPayments(ledger: Pick<Ledger, "invoices" | "payments">): PaymentIndex {
  // Ledgers are immutable, and the run indexes the same one from several places (desk, metrics, letters): index once.
  const cached = CACHE.get(ledger.payments);
  if (cached !== undefined && cached.invoices === ledger.invoices) return cached.index;
  const index = buildIndex(ledger);
  CACHE.set(ledger.payments, { invoices: ledger.invoices, index });
  return index;
}

/** The last index built for a payments array, with the invoices it was built against. */
const CACHE = new WeakMap<readonly Payment[], { readonly invoices: readonly Invoice[]; readonly index: PaymentIndex }>();

function buildIndex(ledger: Pick<Ledger, "invoices" | "payments">): PaymentIndex {
  // Invoices by customer and number (several when a number repeats): no text key per invoice.
  const invoices = new Map<string, Map<string, Invoice[]>>();
  for (const invoice of ledger.invoices) {
    let numbers = invoices.get(invoice.customerKey);
    if (numbers === undefined) {
      numbers = new Map();
      invoices.set(invoice.customerKey, numbers);
    }
    const same = numbers.get(invoice.invoiceNo);
    if (same === undefined) numbers.set(invoice.invoiceNo, [invoice]);
    else same.push(invoice);
  }
  const applied = new Map<string, Payment[]>();
  const unapplied = new Map<string, Payment[]>();
  const byCustomer = new Map<string, Payment[]>();
  const byInvoice = new Map<Invoice, readonly Payment[]>();
  const lists = new Map<readonly Invoice[], Payment[]>();
  // Registers are usually kept in date order already: sort only when they are not.
  let sorted = true;
  for (let i = 1; i < ledger.payments.length && sorted; i += 1) sorted = (ledger.payments[i - 1] as Payment).date <= (ledger.payments[i] as Payment).date;
  for (const payment of sorted ? ledger.payments : [...ledger.payments].sort(byDate)) {
    push(byCustomer, payment.customerKey, payment);
    const targets = payment.invoiceNo === null ? undefined : invoices.get(payment.customerKey)?.get(payment.invoiceNo);
    if (targets === undefined) {
      push(unapplied, payment.customerKey, payment);
      continue;
    }
    let list = lists.get(targets);
    if (list === undefined) {
      list = [];
      lists.set(targets, list);
      applied.set(invoiceKey(payment.customerKey, payment.invoiceNo as string), list);
      for (const invoice of targets) byInvoice.set(invoice, list);
    }
    list.push(payment);
  }
  for (const invoice of ledger.invoices) if (!byInvoice.has(invoice)) byInvoice.set(invoice, NONE);
  const index: PaymentIndex = { applied, unapplied, byCustomer };
  BY_INVOICE.set(index, byInvoice);
  return index;
}

/** The payments applied to an invoice (oldest first), or none. */
export function paymentsOf(index: PaymentIndex, invoice: Invoice): readonly Payment[] {
  // The ledger's own invoice objects are looked up by identity (no text key to build); others by number.
  return BY_INVOICE.get(index)?.get(invoice) ?? index.applied.get(invoiceKey(invoice.customerKey, invoice.invoiceNo)) ?? NONE;
}

const NONE: readonly Payment[] = [];
/** Each index's payments by the ledger's invoice objects, filled when the index is built. */
const BY_INVOICE = new WeakMap<PaymentIndex, ReadonlyMap<Invoice, readonly Payment[]>>();
