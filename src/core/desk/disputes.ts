import type { IsoDate } from "../dates/iso-date";
import type { ContactLogEntry, Invoice, Ledger } from "../ledger/ledger";
import type { CellAddress } from "../types/issue";

/** An open dispute: from the invoice's disputed column, or a log entry that opened one. */
export interface Dispute {
  readonly customerKey: string;
  /** The disputed invoice, or null when the customer disputes its balance without naming one. */
  readonly invoiceNo: string | null;
  /** The log entry's date, or null for a dispute flagged in the invoice sheet. */
  readonly openedOn: IsoDate | null;
  readonly origin: "invoice" | "log";
  /** Where the dispute was recorded: the invoice row or the log row. */
  readonly source: CellAddress | null;
}

function scope(entry: { readonly customerKey: string; readonly invoiceNo: string | null }): string {
  return `${entry.customerKey}\u0000${entry.invoiceNo ?? ""}`;
}

/**
 * Every open dispute on the as-of date. An invoice flagged disputed in the user's sheet is disputed (clear the
 * flag there to resolve it). A log entry with Dispute = opened opens one on its invoice (or on the customer's
 * balance); a later entry with Dispute = resolved for the same invoice (or balance) closes it.
 *
 * @example findOpenDisputes(ledger, "2026-11-25" as IsoDate).map((d) => d.invoiceNo) //=> ["INV-7", null]
 */
export function findOpenDisputes(ledger: Ledger, asOf: IsoDate): readonly Dispute[] {
  const disputes: Dispute[] = ledger.invoices
    .filter((invoice) => invoice.disputed)
    .map((invoice) => ({ customerKey: invoice.customerKey, invoiceNo: invoice.invoiceNo, openedOn: null, origin: "invoice", source: invoice.source }));
  const latest = new Map<string, ContactLogEntry>();
  const events = ledger.contacts
    .filter((entry) => entry.date <= asOf && (entry.disputeOpened || entry.disputeResolved === true))
    .sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : (a.time ?? "") < (b.time ?? "") ? -1 : (a.time ?? "") > (b.time ?? "") ? 1 : 0));
  for (const entry of events) latest.set(scope(entry), entry);
  for (const entry of latest.values()) {
    if (entry.disputeResolved === true) continue;
    disputes.push({ customerKey: entry.customerKey, invoiceNo: entry.invoiceNo, openedOn: entry.date, origin: "log", source: entry.source });
  }
  return disputes;
}

/**
 * The open dispute that holds an invoice: one on the invoice itself, or a dispute of the customer's balance
 * opened on or after the invoice date (a later invoice is not part of that dispute). Null when none.
 *
 * @example disputeOf(disputes, invoice)?.origin //=> "log"
 */
export function disputeOf(disputes: readonly Dispute[], invoice: Invoice): Dispute | null {
  let balanceDispute: Dispute | null = null;
  for (const dispute of disputes) {
    if (dispute.customerKey !== invoice.customerKey) continue;
    if (dispute.invoiceNo === invoice.invoiceNo) return dispute;
    if (dispute.invoiceNo === null && (invoice.invoiceDate === null || dispute.openedOn === null || invoice.invoiceDate <= dispute.openedOn)) {
      balanceDispute = dispute;
    }
  }
  return balanceDispute;
}
