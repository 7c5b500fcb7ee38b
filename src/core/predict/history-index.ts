import type { DayNumber } from "../dates/iso-date";
import type { PaymentRecord } from "./payment-record";

/**
 * How many of a customer's most recent invoices the order statistics (median, spread, usual amount) look at.
 * Behaviour drifts, and a bounded window keeps every look-up O(window) however long the history is.
 */
export const RECENT_WINDOW_INVOICES = 24;

/** One customer's history, prepared for "what was known on day d" look-ups in O(log n + window). */
interface CustomerHistory {
  /** Paid invoices by the day their outcome was known (`settledDay`; ties in canonical record order). */
  readonly paidDays: Int32Array;
  readonly daysLate: Float64Array;
  /** Prefix sums over the paid order: entry i covers the first i paid invoices. */
  readonly sumDaysLate: Float64Array;
  readonly lateCount: Int32Array;
  readonly disputedCount: Int32Array;
  readonly electronicCount: Int32Array;
  readonly channelKnownCount: Int32Array;
  /** Every invoice (paid or not) by invoice day. */
  readonly invoiceDays: Int32Array;
  readonly amountsCents: Float64Array;
}

/**
 * Every customer's invoices as they were known on `knowledgeDay`: invoices issued before it, and paid days
 * only when the payment came before it (a later payment is unknown then, so that invoice counts as unpaid).
 * Nothing from the knowledge day on can leak into a look-up, whatever day is asked for.
 */
export interface HistoryIndex {
  readonly knowledgeDay: DayNumber;
  readonly customers: ReadonlyMap<string, CustomerHistory>;
}

/** What a customer's history said on a given day: only invoices issued, and paid, strictly before it. */
export interface HistorySnapshot {
  /** Invoices paid before the day. */
  readonly paidCount: number;
  /** Mean days late (paid − due) over all of them; null when there are none. */
  readonly meanDaysLate: number | null;
  /** How many of them were paid after the due date. */
  readonly lateCount: number;
  readonly disputedCount: number;
  readonly electronicCount: number;
  /** Paid invoices whose billing channel is known. */
  readonly channelKnownCount: number;
  /** Days late of the last `RECENT_WINDOW_INVOICES` paid invoices, oldest first. */
  readonly recentDaysLate: readonly number[];
  /** Amounts of the last `RECENT_WINDOW_INVOICES` invoices issued before the day, paid or not, oldest first. */
  readonly recentAmountsCents: readonly number[];
}

/**
 * Indexes the records as known on `knowledgeDay` (see `HistoryIndex`).
 *
 * @example historyAt(buildHistoryIndex(records, 15887 as DayNumber), "0379-NEVHP", 15707 as DayNumber).paidCount //=> 12
 */
export function buildHistoryIndex(records: readonly PaymentRecord[], knowledgeDay: DayNumber): HistoryIndex {
  const byCustomer = new Map<string, PaymentRecord[]>();
  for (const record of records) {
    if (record.invoiceDay >= knowledgeDay) continue;
    const list = byCustomer.get(record.customerKey);
    if (list === undefined) byCustomer.set(record.customerKey, [record]);
    else list.push(record);
  }
  const customers = new Map<string, CustomerHistory>();
  for (const [key, list] of byCustomer) customers.set(key, indexCustomer(list, knowledgeDay));
  return { knowledgeDay, customers };
}

function indexCustomer(records: readonly PaymentRecord[], knowledgeDay: DayNumber): CustomerHistory {
  // `records` arrive in canonical order; stable sorts keep it for ties, so row order never matters.
  const paid = records.filter((r) => r.paidDay !== null && r.paidDay < knowledgeDay).sort((a, b) => settledDay(a) - settledDay(b));
  const issued = [...records].sort((a, b) => a.invoiceDay - b.invoiceDay);
  const n = paid.length;
  const history = {
    paidDays: new Int32Array(n), daysLate: new Float64Array(n), sumDaysLate: new Float64Array(n + 1), lateCount: new Int32Array(n + 1),
    disputedCount: new Int32Array(n + 1), electronicCount: new Int32Array(n + 1), channelKnownCount: new Int32Array(n + 1),
    invoiceDays: Int32Array.from(issued, (r) => r.invoiceDay), amountsCents: Float64Array.from(issued, (r) => r.amountCents),
  };
  paid.forEach((record, i) => {
    const late = (record.paidDay as number) - record.dueDay;
    history.paidDays[i] = settledDay(record);
    history.daysLate[i] = late;
    history.sumDaysLate[i + 1] = (history.sumDaysLate[i] as number) + late;
    history.lateCount[i + 1] = (history.lateCount[i] as number) + (late > 0 ? 1 : 0);
    history.disputedCount[i + 1] = (history.disputedCount[i] as number) + (record.disputed ? 1 : 0);
    history.electronicCount[i + 1] = (history.electronicCount[i] as number) + (record.channel === "electronic" ? 1 : 0);
    history.channelKnownCount[i + 1] = (history.channelKnownCount[i] as number) + (record.channel === null ? 0 : 1);
  });
  return history;
}

/**
 * The day a paid invoice's outcome became known: its paid day, or its invoice day when it was paid in advance
 * (a payment for an invoice not yet issued tells nothing about how the customer pays invoices).
 */
function settledDay(record: PaymentRecord): number {
  return Math.max(record.paidDay as number, record.invoiceDay);
}

const EMPTY_SNAPSHOT: HistorySnapshot = {
  paidCount: 0, meanDaysLate: null, lateCount: 0, disputedCount: 0, electronicCount: 0, channelKnownCount: 0, recentDaysLate: [], recentAmountsCents: [],
};

/**
 * A customer's history as known on `day`: invoices paid before `day` and issued before `day`, never anything
 * the index did not know on its knowledge day. A customer the index has never seen gets an empty history.
 *
 * @example historyAt(index, "NEW-CUSTOMER", day) //=> { paidCount: 0, meanDaysLate: null, … }
 */
export function historyAt(index: HistoryIndex, customerKey: string, day: DayNumber): HistorySnapshot {
  const history = index.customers.get(customerKey);
  if (history === undefined) return EMPTY_SNAPSHOT;
  const cutoff = Math.min(day, index.knowledgeDay);
  const n = countBelow(history.paidDays, cutoff);
  const issued = countBelow(history.invoiceDays, cutoff);
  const window = (to: number, values: Float64Array): number[] => Array.from(values.subarray(Math.max(0, to - RECENT_WINDOW_INVOICES), to));
  return {
    paidCount: n,
    meanDaysLate: n === 0 ? null : (history.sumDaysLate[n] as number) / n,
    lateCount: history.lateCount[n] as number,
    disputedCount: history.disputedCount[n] as number,
    electronicCount: history.electronicCount[n] as number,
    channelKnownCount: history.channelKnownCount[n] as number,
    recentDaysLate: window(n, history.daysLate),
    recentAmountsCents: window(issued, history.amountsCents),
  };
}

/** How many of the ascending `values` are below `limit` (binary search). */
function countBelow(values: Int32Array, limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] as number) < limit) low = middle + 1;
    else high = middle;
  }
  return low;
}
