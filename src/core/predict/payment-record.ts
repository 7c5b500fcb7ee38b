import { compareText } from "./_lib/compare-text";
import { type DayNumber, isoDateToDayNumber } from "../dates/iso-date";
import type { CurrencyCode, Invoice, Ledger } from "../ledger/ledger";
import type { Cents } from "../money/cents";
import { type BillingChannel, toBillingChannel } from "./billing-channel";

/**
 * One invoice as the prediction model sees it: the facts on its row, with dates as day numbers. `paidDay` is the
 * day it was settled in full, or null while it is open.
 */
export interface PaymentRecord {
  readonly invoiceNo: string;
  readonly customerKey: string;
  readonly invoiceDay: DayNumber;
  readonly dueDay: DayNumber;
  readonly paidDay: DayNumber | null;
  readonly amountCents: Cents;
  /** The open balance the ledger states (0 for a settled invoice). */
  readonly openCents: Cents;
  readonly currency: CurrencyCode | null;
  readonly disputed: boolean;
  readonly channel: BillingChannel | null;
}

/** Why an invoice of the ledger is not a record the model can use. */
export type RecordSkipReason = "credit-memo" | "no-amount" | "no-invoice-date" | "no-due-date";

/** The model's records, and how many ledger invoices were left out, by reason. */
export interface PaymentRecords {
  readonly records: readonly PaymentRecord[];
  readonly skipped: Readonly<Record<RecordSkipReason, number>>;
}

/** Where the records come from beyond the `Invoice` fields. */
export interface PaymentRecordOptions {
  /**
   * The billing-channel text of an invoice ("Electronic", "Paper"). @defaultvalue the invoice's own
   * `billingChannel`, as the workbook reader found it (unknown when the sheet has no such column)
   */
  readonly channelOf?: (invoice: Invoice) => string | null;
}

/**
 * Turns the ledger's invoices into the model's records, in one canonical order (customer, invoice day, invoice
 * number, …) so that shuffling the workbook's rows changes nothing downstream, bit for bit. Credit memos, zero
 * amounts and invoices without an invoice or due date cannot be scored and are counted in `skipped`
 * (the workbook reader has already raised an issue for every date it could not read).
 *
 * @example toPaymentRecords(ledger).records[0] //=> { invoiceNo: "0000611365", customerKey: "0379-NEVHP", invoiceDay: 15707, dueDay: 15737, paidDay: 15720, … }
 */
export function toPaymentRecords(ledger: Pick<Ledger, "invoices">, options?: PaymentRecordOptions): PaymentRecords {
  const skipped: Record<RecordSkipReason, number> = { "credit-memo": 0, "no-amount": 0, "no-invoice-date": 0, "no-due-date": 0 };
  const records: PaymentRecord[] = [];
  for (const invoice of ledger.invoices) {
    const reason = skipReason(invoice);
    if (reason !== null) {
      skipped[reason] += 1;
      continue;
    }
    records.push({
      invoiceNo: invoice.invoiceNo,
      customerKey: invoice.customerKey,
      invoiceDay: isoDateToDayNumber(invoice.invoiceDate as NonNullable<Invoice["invoiceDate"]>),
      dueDay: isoDateToDayNumber(invoice.dueDate as NonNullable<Invoice["dueDate"]>),
      paidDay: invoice.paidDate === null ? null : isoDateToDayNumber(invoice.paidDate),
      amountCents: invoice.amountCents,
      openCents: invoice.openCents,
      currency: invoice.currency,
      disputed: invoice.disputed,
      channel: toBillingChannel(options?.channelOf === undefined ? (invoice.billingChannel ?? null) : options.channelOf(invoice)),
    });
  }
  return { records: records.sort(compareRecords), skipped };
}

function skipReason(invoice: Invoice): RecordSkipReason | null {
  if (invoice.kind === "credit-memo") return "credit-memo";
  if (!(invoice.amountCents > 0)) return "no-amount";
  if (invoice.invoiceDate === null) return "no-invoice-date";
  if (invoice.dueDate === null) return "no-due-date";
  return null;
}

/**
 * A total order on records by everything the model reads, so the order of the workbook's rows never matters.
 *
 * @example [b, a].sort(compareRecords) //=> [a, b] when a is the same customer's earlier invoice
 */
export function compareRecords(a: PaymentRecord, b: PaymentRecord): number {
  return (
    compareText(a.customerKey, b.customerKey) ||
    a.invoiceDay - b.invoiceDay ||
    compareText(a.invoiceNo, b.invoiceNo) ||
    a.dueDay - b.dueDay ||
    (a.paidDay ?? Number.MAX_SAFE_INTEGER) - (b.paidDay ?? Number.MAX_SAFE_INTEGER) ||
    a.amountCents - b.amountCents ||
    a.openCents - b.openCents ||
    compareText(a.currency ?? "", b.currency ?? "") ||
    Number(a.disputed) - Number(b.disputed) ||
    compareText(a.channel ?? "", b.channel ?? "")
  );
}
