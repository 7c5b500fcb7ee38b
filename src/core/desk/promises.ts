import { addDays, minIsoDate, type IsoDate } from "../dates/iso-date";
import type { ContactLogEntry, Invoice, Ledger, Payment } from "../ledger/ledger";
import type { Cents } from "../money/cents";
import type { CellAddress } from "../types/issue";
import { indexPayments, invoiceKey, paymentsOf, type PaymentIndex } from "./_lib/payment-index";
import { openCentsAsOf } from "./open-balance";

/** The Catchpole promise states (DOMAIN.md metric 10). */
export type PromiseStatus = "pending" | "kept" | "broken" | "cancelled";

/** A promise to pay from the contact log, judged on the as-of date. */
export interface PromiseRecord {
  readonly customerKey: string;
  /** The invoice the promise is about, or null for the customer's balance. */
  readonly invoiceNo: string | null;
  /** The day the promise was made (the log entry's date). */
  readonly madeOn: IsoDate;
  readonly promiseDate: IsoDate;
  /** The promised date plus the policy's promise grace days: the last day a payment keeps the promise. */
  readonly deadline: IsoDate;
  /** The amount promised, or null for "the balance". */
  readonly promisedCents: Cents | null;
  /** Payments counted towards the promise: made on or after `madeOn`, by the deadline and the as-of date. */
  readonly paidCents: Cents;
  readonly status: PromiseStatus;
  /** The day it was kept (payment reached the amount), broken (the day after the deadline) or cancelled. */
  readonly resolvedOn: IsoDate | null;
  readonly source: CellAddress | null;
}

/** Options for `evaluatePromises`. */
export interface PromiseOptions {
  /** Days after the promised date a payment still keeps it. @defaultvalue 0 */
  readonly graceDays?: number;
  /** The ledger's payments, indexed (built when omitted). */
  readonly index?: PaymentIndex;
}

function scopeKey(entry: { readonly customerKey: string; readonly invoiceNo: string | null }): string {
  return `${entry.customerKey}\u0000${entry.invoiceNo ?? ""}`;
}

/** The payments that count for a promise: on the invoice, or unapplied; all the customer's for a balance promise. */
function countedPayments(entry: ContactLogEntry, index: PaymentIndex, invoice: Invoice | undefined): readonly Payment[] {
  if (entry.invoiceNo === null || invoice === undefined) return index.byCustomer.get(entry.customerKey) ?? [];
  return [...paymentsOf(index, invoice), ...(index.unapplied.get(entry.customerKey) ?? [])];
}

/**
 * Judges every promise in the contact log made on or before the as-of date. Kept: payments of the customer
 * (on the promised invoice, or unapplied) from the day it was made to the deadline reach the promised amount;
 * a promise without an amount is kept when the invoice (or every invoice the customer had when promising) is
 * cleared by the deadline. Broken: the deadline passed without that. Cancelled: a newer promise for the same
 * invoice (or balance) was made before this one was kept or broken. Otherwise pending.
 *
 * @example evaluatePromises(ledger, "2026-11-25" as IsoDate, { graceDays: 2 }).map((p) => p.status) //=> ["kept", "broken", "pending"]
 */
export function evaluatePromises(ledger: Ledger, asOf: IsoDate, options?: PromiseOptions): readonly PromiseRecord[] {
  const index = options?.index ?? indexPayments(ledger);
  const graceDays = options?.graceDays ?? 0;
  const invoices = new Map(ledger.invoices.map((invoice) => [invoiceKey(invoice.customerKey, invoice.invoiceNo), invoice]));
  const entries = ledger.contacts
    .filter((entry): entry is ContactLogEntry & { readonly promiseDate: IsoDate } => entry.promiseDate !== null && entry.date <= asOf)
    .sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : (a.time ?? "") < (b.time ?? "") ? -1 : (a.time ?? "") > (b.time ?? "") ? 1 : 0));
  const invoiceOf = (entry: ContactLogEntry): Invoice | undefined => (entry.invoiceNo === null ? undefined : invoices.get(invoiceKey(entry.customerKey, entry.invoiceNo)));
  return cancelSuperseded(entries.map((entry) => judge(entry, invoiceOf(entry), ledger, index, asOf, graceDays)));
}

function judge(
  entry: ContactLogEntry & { readonly promiseDate: IsoDate },
  invoice: Invoice | undefined,
  ledger: Ledger,
  index: PaymentIndex,
  asOf: IsoDate,
  graceDays: number,
): PromiseRecord {
  const deadline = addDays(entry.promiseDate, graceDays);
  const until = minIsoDate(deadline, asOf);
  let paid = 0;
  let keptOn: IsoDate | null = null;
  for (const payment of countedPayments(entry, index, invoice)) {
    if (payment.date < entry.date || payment.date > until) continue;
    paid += payment.amountCents;
    if (keptOn === null && entry.promiseCents !== null && paid >= entry.promiseCents) keptOn = payment.date;
  }
  if (entry.promiseCents === null && isCleared(entry, invoice, ledger, index, until)) keptOn = until;
  const base = {
    customerKey: entry.customerKey,
    invoiceNo: entry.invoiceNo,
    madeOn: entry.date,
    promiseDate: entry.promiseDate,
    deadline,
    promisedCents: entry.promiseCents,
    paidCents: paid as Cents,
    source: entry.source,
  };
  return { ...base, ...promiseStatusOn(entry.promiseDate, keptOn, asOf, graceDays) };
}

/** A promise's state on a day and when it was settled (kept, or broken the day after its deadline). */
export interface PromiseState {
  readonly status: "kept" | "broken" | "pending";
  readonly resolvedOn: IsoDate | null;
}

/**
 * The Catchpole rule for one promise on the as-of date (DOMAIN.md metric 10): kept when the promised payment was
 * made by the deadline (the promised date plus the grace days); broken once the deadline has passed without it;
 * otherwise pending. `keptOn` is the day the payments reached the promised amount, or null.
 *
 * @example promiseStatusOn("2026-11-20" as IsoDate, null, "2026-11-25" as IsoDate, 2) //=> { status: "broken", resolvedOn: "2026-11-23" }
 * @example promiseStatusOn("2026-11-20" as IsoDate, "2026-11-21" as IsoDate, "2026-11-25" as IsoDate, 2) //=> { status: "kept", resolvedOn: "2026-11-21" }
 */
export function promiseStatusOn(promiseDate: IsoDate, keptOn: IsoDate | null, asOf: IsoDate, graceDays: number): PromiseState {
  const deadline = addDays(promiseDate, graceDays);
  if (keptOn !== null && keptOn <= deadline && keptOn <= asOf) return { status: "kept", resolvedOn: keptOn };
  if (deadline < asOf) return { status: "broken", resolvedOn: addDays(deadline, 1) };
  return { status: "pending", resolvedOn: null };
}

/** The promised invoice, or everything the customer owed when promising, is settled by `until`. */
function isCleared(entry: ContactLogEntry, invoice: Invoice | undefined, ledger: Ledger, index: PaymentIndex, until: IsoDate): boolean {
  if (entry.invoiceNo !== null) return invoice !== undefined && openCentsAsOf(invoice, paymentsOf(index, invoice), until) <= 0;
  let open = 0;
  let any = false;
  for (const candidate of ledger.invoices) {
    if (candidate.customerKey !== entry.customerKey) continue;
    if (candidate.invoiceDate !== null && candidate.invoiceDate > entry.date) continue;
    any = true;
    open += openCentsAsOf(candidate, paymentsOf(index, candidate), until);
  }
  for (const payment of index.unapplied.get(entry.customerKey) ?? []) if (payment.date <= until) open -= payment.amountCents;
  return any && open <= 0;
}

/** A newer promise for the same scope made before an older one was settled replaces it. */
function cancelSuperseded(records: readonly PromiseRecord[]): readonly PromiseRecord[] {
  const result: PromiseRecord[] = [];
  for (const [i, record] of records.entries()) {
    const newer = records.slice(i + 1).find((other) => scopeKey(other) === scopeKey(record) && other.madeOn > record.madeOn);
    const decidedBefore = record.status === "kept" || (record.status === "broken" && record.resolvedOn !== null && newer !== undefined && record.resolvedOn <= newer.madeOn);
    result.push(newer === undefined || decidedBefore ? record : { ...record, status: "cancelled", resolvedOn: newer.madeOn });
  }
  return result;
}

/** The promise-kept rate, by count and by amount (DOMAIN.md metric 10). */
export interface PromiseKeptRate {
  readonly kept: number;
  readonly broken: number;
  readonly pending: number;
  readonly cancelled: number;
  /** kept / (kept + broken), or null when no promise was kept or broken. */
  readonly rate: number | null;
  /** Σ paid on time (capped at each promise) / Σ promised, over kept and broken promises with an amount. */
  readonly amountRate: number | null;
}

/** Options for `promiseKeptRate`. */
export interface PromiseRateOptions {
  /** Only promises whose promised date is on or after this day. */
  readonly from?: IsoDate;
  /** Only promises whose promised date is on or before this day. */
  readonly to?: IsoDate;
}

/**
 * Kept% = #kept / (#kept + #broken); pending and cancelled promises are left out. The amount-weighted variant
 * is Σ min(paid, promised) / Σ promised over the same promises that state an amount.
 *
 * @example promiseKeptRate(records) //=> { kept: 3, broken: 1, pending: 1, cancelled: 0, rate: 0.75, amountRate: 0.8 }
 */
export function promiseKeptRate(records: readonly Pick<PromiseRecord, "status" | "promiseDate" | "promisedCents" | "paidCents">[], options?: PromiseRateOptions): PromiseKeptRate {
  const counts = { kept: 0, broken: 0, pending: 0, cancelled: 0 };
  let promised = 0;
  let paidOnTime = 0;
  for (const record of records) {
    if (options?.from !== undefined && record.promiseDate < options.from) continue;
    if (options?.to !== undefined && record.promiseDate > options.to) continue;
    counts[record.status] += 1;
    if ((record.status === "kept" || record.status === "broken") && record.promisedCents !== null && record.promisedCents > 0) {
      promised += record.promisedCents;
      paidOnTime += Math.max(0, Math.min(record.paidCents, record.promisedCents));
    }
  }
  const decided = counts.kept + counts.broken;
  return { ...counts, rate: decided === 0 ? null : counts.kept / decided, amountRate: promised === 0 ? null : paidOnTime / promised };
}

/**
 * The promise that governs an invoice today: the newest promise about it, else the newest balance promise made
 * on or after the invoice date. Null when there is none or it was kept or cancelled.
 *
 * @example governingPromise(records, invoice)?.status //=> "pending"
 */
export function governingPromise(records: readonly PromiseRecord[], invoice: Invoice): PromiseRecord | null {
  let own: PromiseRecord | null = null;
  let balance: PromiseRecord | null = null;
  for (const record of records) {
    if (record.customerKey !== invoice.customerKey) continue;
    if (record.invoiceNo === invoice.invoiceNo) own = record;
    else if (record.invoiceNo === null && (invoice.invoiceDate === null || invoice.invoiceDate <= record.madeOn)) balance = record;
  }
  const chosen = own ?? balance;
  return chosen !== null && (chosen.status === "pending" || chosen.status === "broken") ? chosen : null;
}
