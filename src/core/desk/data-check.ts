import type { IsoDate } from "../dates/iso-date";
import type { Customer, Ledger } from "../ledger/ledger";
import type { CellAddress, Issue } from "../types/issue";
import { indexPayments, paymentsOf } from "./_lib/payment-index";
import { groupAccounts, isMarkedPaid, type Account } from "./accounts";
import { formatMoney } from "./format-money";
import { openCentsAsOf } from "./open-balance";

/** The findings of the data check (DOMAIN.md (d) 10): each is an `Issue` with this code. */
export type DataCheckCode =
  | "missing-due-date"
  | "missing-email"
  | "missing-phone"
  | "duplicate-invoice-no"
  | "unapplied-credit"
  | "paid-but-open"
  | "mixed-currencies";

/** Options for `checkData`. */
export interface DataCheckOptions {
  /** The ledger's accounts on the as-of date, when already grouped. */
  readonly accounts?: readonly Account[];
}

function issue(code: DataCheckCode, severity: Issue["severity"], address: CellAddress | null, message: string, detail?: string): Issue {
  return detail === undefined ? { code, severity, address, message } : { code, severity, address, message, detail };
}

function where(address: CellAddress | null): string {
  return address === null ? "" : `${address}: `;
}

/**
 * Checks the ledger before anything is sent, for the mistakes that lead to embarrassing reminders: open
 * invoices without a due date, duplicate invoice numbers, credits and payments not applied while invoices
 * are open, invoices the sheet says are paid but still shows open, and customers with open items in more
 * than one currency. Each finding names its cell.
 *
 * @example checkData(ledger, "2026-11-25" as IsoDate).map((i) => `${i.code} ${i.address}`) //=> ["duplicate-invoice-no Invoices!A9"]
 */
export function checkData(ledger: Ledger, asOf: IsoDate, options?: DataCheckOptions): readonly Issue[] {
  const index = indexPayments(ledger);
  const accounts = options?.accounts ?? groupAccounts(ledger, asOf, index);
  const issues: Issue[] = [];
  const seen = new Map<string, CellAddress>();
  for (const invoice of ledger.invoices) {
    const key = `${invoice.kind}\u0000${invoice.invoiceNo}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, invoice.source);
    else {
      issues.push(issue("duplicate-invoice-no", "warning", invoice.source,
        `${where(invoice.source)}invoice number ${invoice.invoiceNo} also appears at ${first}. Remove the duplicate row or correct the number, so the balance is not counted twice.`));
    }
    const open = openCentsAsOf(invoice, paymentsOf(index, invoice), asOf);
    if (open <= 0) continue;
    const markedPaid = isMarkedPaid(invoice, asOf);
    if (invoice.dueDate !== null && !markedPaid) continue;
    const amount = formatMoney(open, invoice.currency);
    if (invoice.dueDate === null) {
      issues.push(issue("missing-due-date", "warning", invoice.source,
        `${where(invoice.source)}invoice ${invoice.invoiceNo} (${amount} open) has no due date and no invoice date with terms, so Collect cannot tell how late it is. Add a due date.`));
    }
    if (markedPaid) {
      const says = invoice.paidDate !== null ? `has a paid date (${invoice.paidDate})` : `has status "${invoice.status ?? ""}"`;
      issues.push(issue("paid-but-open", "warning", invoice.source,
        `${where(invoice.source)}invoice ${invoice.invoiceNo} ${says} but still shows ${amount} open. Collect does not chase it; correct the balance or the status.`));
    }
  }
  issues.push(...checkAccounts(accounts, ledger.customers));
  return issues;
}

function checkAccounts(accounts: readonly Account[], customers: readonly Customer[]): readonly Issue[] {
  const issues: Issue[] = [];
  const byCustomer = new Map<string, Account[]>();
  for (const account of accounts) {
    byCustomer.set(account.customerKey, [...(byCustomer.get(account.customerKey) ?? []), account]);
    if (account.openItems.length === 0) continue;
    const open = formatMoney(account.openCents, account.currency);
    for (const credit of account.creditItems) {
      issues.push(issue("unapplied-credit", "warning", credit.invoice.source,
        `${where(credit.invoice.source)}${credit.invoice.kind === "credit-memo" ? "credit memo" : "overpaid invoice"} ${credit.invoice.invoiceNo} (${formatMoney(credit.openCents, account.currency)}) is not applied while ${account.customerName} has ${open} open. Collect nets it against the balance; apply it in your books so letters and statements agree.`));
    }
    for (const payment of account.unappliedPayments) {
      const amount = formatMoney(payment.amountCents, account.currency);
      issues.push(issue("unapplied-credit", "warning", payment.source,
        `${where(payment.source)}payment of ${amount} on ${payment.date} is not applied to an invoice while ${account.customerName} has ${open} open. Collect nets it against the balance; apply it to the invoices it pays.`));
    }
  }
  const customerSource = new Map(customers.map((customer) => [customer.key, customer.source]));
  for (const [key, list] of byCustomer) {
    if (list.length < 2) continue;
    const second = list[1] as Account;
    const address = customerSource.get(key) ?? second.openItems[0]?.invoice.source ?? second.creditItems[0]?.invoice.source ?? null;
    const currencies = list.map((account) => account.currency ?? "no currency").join(", ");
    issues.push(issue("mixed-currencies", "warning", address,
      `${where(address)}${second.customerName} has open items in ${list.length} currencies (${currencies}). Collect chases each currency separately and never adds them up; check the currencies are right.`));
  }
  return issues;
}

/** A customer Collect is about to contact, and how. */
export interface ContactNeed {
  readonly customerKey: string;
  readonly customerName: string;
  readonly channel: "none" | "call" | "e-mail" | "letter";
}

/**
 * Checks the customers on today's worklist have what their action needs: an e-mail address for e-mail, a
 * phone number for a call.
 *
 * @example checkContactDetails([{ customerKey: "C1", customerName: "Acme", channel: "e-mail" }], ledger) //=> [{ code: "missing-email", … }]
 */
export function checkContactDetails(needs: readonly ContactNeed[], ledger: Ledger): readonly Issue[] {
  const customers = new Map(ledger.customers.map((customer) => [customer.key, customer]));
  const firstInvoice = new Map<string, CellAddress>();
  for (const invoice of ledger.invoices) if (!firstInvoice.has(invoice.customerKey)) firstInvoice.set(invoice.customerKey, invoice.source);
  const issues: Issue[] = [];
  const done = new Set<string>();
  for (const need of needs) {
    const key = `${need.customerKey}\u0000${need.channel}`;
    if (done.has(key)) continue;
    done.add(key);
    const customer = customers.get(need.customerKey);
    const address = customer?.source ?? firstInvoice.get(need.customerKey) ?? null;
    const blank = (text: string | null | undefined): boolean => text === null || text === undefined || text.trim() === "";
    if (need.channel === "e-mail" && blank(customer?.email)) {
      issues.push(issue("missing-email", "warning", address,
        `${where(address)}${need.customerName} is due an e-mail today but has no e-mail address. Add one to the customer list, or send a letter instead.`));
    }
    if (need.channel === "call" && blank(customer?.phone)) {
      issues.push(issue("missing-phone", "info", address,
        `${where(address)}${need.customerName} is due a call today but has no phone number. Add one to the customer list.`));
    }
  }
  return issues;
}
