import type { CurrencyCode, Ledger } from "../core/ledger/ledger";
import type { Cents } from "../core/money/cents";

/** Open balance of one currency (null: amounts whose currency the workbook does not say). */
export interface CurrencyBalance {
  readonly currency: CurrencyCode | null;
  readonly openCents: Cents;
  readonly openInvoices: number;
}

/** The headline figures of a ledger, as `collect inspect` prints them. */
export interface LedgerSummary {
  readonly invoices: number;
  /** Invoices and credit memos with an open balance other than 0. */
  readonly openInvoices: number;
  readonly customers: number;
  /** One entry per currency, never summed across currencies; sorted by currency code, unknown last. */
  readonly openBalance: readonly CurrencyBalance[];
  readonly issues: { readonly error: number; readonly warning: number; readonly info: number };
}

/**
 * Counts and open balances per currency.
 *
 * @example summarizeLedger(ledger).openBalance //=> [{ currency: "CAD", openCents: 4447100908, openInvoices: 747 }, { currency: "USD", … }]
 */
export function summarizeLedger(ledger: Ledger): LedgerSummary {
  const balances = new Map<CurrencyCode | null, { openCents: number; openInvoices: number }>();
  let openInvoices = 0;
  for (const invoice of ledger.invoices) {
    if (invoice.openCents === 0) continue;
    openInvoices += 1;
    const balance = balances.get(invoice.currency);
    if (balance === undefined) balances.set(invoice.currency, { openCents: invoice.openCents, openInvoices: 1 });
    else {
      balance.openCents += invoice.openCents;
      balance.openInvoices += 1;
    }
  }
  const issues = { error: 0, warning: 0, info: 0 };
  for (const issue of ledger.issues) issues[issue.severity] += 1;
  const openBalance = [...balances.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
    .map(([currency, balance]) => ({ currency, openCents: balance.openCents as Cents, openInvoices: balance.openInvoices }));
  return { invoices: ledger.invoices.length, openInvoices, customers: ledger.customers.length, openBalance, issues };
}
