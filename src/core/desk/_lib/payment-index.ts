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
  const known = new Set<string>(ledger.invoices.map((invoice: Invoice) => invoiceKey(invoice.customerKey, invoice.invoiceNo)));
  const applied = new Map<string, Payment[]>();
  const unapplied = new Map<string, Payment[]>();
  const byCustomer = new Map<string, Payment[]>();
  for (const payment of [...ledger.payments].sort(byDate)) {
    push(byCustomer, payment.customerKey, payment);
    const key = payment.invoiceNo === null ? null : invoiceKey(payment.customerKey, payment.invoiceNo);
    if (key !== null && known.has(key)) push(applied, key, payment);
    else push(unapplied, payment.customerKey, payment);
  }
  return { applied, unapplied, byCustomer };
}

/** The payments applied to an invoice (oldest first), or none. */
export function paymentsOf(index: PaymentIndex, invoice: Invoice): readonly Payment[] {
  return index.applied.get(invoiceKey(invoice.customerKey, invoice.invoiceNo)) ?? [];
}
