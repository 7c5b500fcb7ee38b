import type { Invoice, Payment } from "../core/ledger/ledger";
import type { Cents } from "../core/money/cents";
import type { CellAddress, Issue } from "../core/types/issue";
import type { InvoiceDraft } from "./ledger-drafts";
import { formatCents, makeIssue } from "./messages";

const NONE: readonly Payment[] = [];

/** Payments applied to invoices, and payments that could not be given to any customer. */
export interface AppliedPayments {
  readonly invoices: readonly Invoice[];
  readonly issues: readonly Issue[];
}

/**
 * Finishes each invoice's open balance and paid date, in this order: the open balance the sheet states;
 * else the amount less an "Amount paid" column; else the amount less the payments that name the invoice
 * (same customer, same currency); else 0 when a paid date, a "Paid"/"Closed" status or a paid flag says it is
 * settled; else the amount. The paid date is the sheet's, else the date of the payment that cleared it.
 *
 * @param customerKeys the settled customer key of each draft, in the same order
 * @param nameOf the display name of a customer key
 *
 * @example applyPayments([invoice100], ["acme"], [payment60, payment40], nameOf).invoices[0] //=> { openCents: 0, paidDate: "2026-11-09", … }
 */
export function applyPayments(drafts: readonly InvoiceDraft[], customerKeys: readonly string[], payments: readonly Payment[], nameOf: (key: string) => string): AppliedPayments {
  const issues: Issue[] = [];
  const byInvoice = new Map<string, Payment[]>();
  for (const payment of payments) {
    if (payment.invoiceNo === null) continue;
    const list = byInvoice.get(payment.invoiceNo);
    if (list === undefined) byInvoice.set(payment.invoiceNo, [payment]);
    else list.push(payment);
  }
  const matched = new Set<CellAddress>();
  const invoices: Invoice[] = [];
  drafts.forEach((draft, index) => {
    const customerKey = customerKeys[index] ?? draft.invoiceNo;
    const named = byInvoice.get(draft.invoiceNo);
    const candidates = named === undefined ? NONE : named.filter(
      (payment) => payment.customerKey === customerKey && (payment.currency === null || draft.currency === null || payment.currency === draft.currency),
    );
    for (const payment of candidates) matched.add(payment.source);
    const invoice = finishInvoice(draft, customerKey, nameOf(customerKey), candidates);
    if (draft.amountCents > 0 && invoice.openCents < 0) {
      issues.push(makeIssue("overpaid", "warning", draft.source,
        `Sheet "${draft.sheet}", row ${String(draft.row)}: invoice "${draft.invoiceNo}" has received ${formatCents(-invoice.openCents, draft.currency)} more than its amount, so its open balance is a credit. Check the payments, or record the credit.`));
    }
    invoices.push(invoice);
  });
  for (const payment of payments) {
    if (payment.invoiceNo === null || matched.has(payment.source)) continue;
    issues.push(makeIssue("payment-unmatched", "warning", payment.source,
      `The payment at ${payment.source} names invoice "${payment.invoiceNo}", which Collect did not find for that customer (and currency) on any invoice sheet. It is kept as an unapplied payment of ${nameOf(payment.customerKey)}; check the invoice number.`));
  }
  return { invoices, issues };
}

/** One invoice with its open balance and paid date settled (see `applyPayments` for the order of sources). */
function finishInvoice(draft: InvoiceDraft, customerKey: string, customerName: string, candidates: readonly Payment[]): Invoice {
  let openCents: number;
  let paidDate = draft.paidDate;
  if (draft.statedOpenCents !== null) {
    openCents = draft.statedOpenCents;
    if (paidDate === null && openCents === 0 && candidates.length > 0) paidDate = clearingDate(draft.amountCents, candidates);
  } else if (draft.paidCents !== null) {
    openCents = draft.amountCents - draft.paidCents;
  } else if (candidates.length > 0) {
    openCents = draft.amountCents - candidates.reduce((sum, payment) => sum + payment.amountCents, 0);
    if (paidDate === null && openCents <= 0) paidDate = clearingDate(draft.amountCents, candidates);
  } else {
    openCents = draft.closedBy === null ? draft.amountCents : 0;
  }
  return {
    invoiceNo: draft.invoiceNo, customerKey, customerName, kind: draft.kind, invoiceDate: draft.invoiceDate,
    dueDate: draft.dueDate, terms: draft.terms, amountCents: draft.amountCents, openCents: openCents as Cents, currency: draft.currency,
    status: draft.status, disputed: draft.disputed, paidDate, onHold: draft.onHold, notes: draft.notes,
    ...(draft.billingChannel == null ? {} : { billingChannel: draft.billingChannel }), source: draft.source,
  };
}

/** The date of the payment that brings what was paid up to the invoice amount (payments in date order). */
function clearingDate(amountCents: number, payments: readonly Payment[]): Payment["date"] | null {
  const sorted = [...payments].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let paid = 0;
  for (const payment of sorted) {
    paid += payment.amountCents;
    if (paid >= amountCents) return payment.date;
  }
  return null;
}
