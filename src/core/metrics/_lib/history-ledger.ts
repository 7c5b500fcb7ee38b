/**
 * A test factory for time travel: a history of dated events (invoices issued, payments received, contacts logged)
 * and the workbook a bookkeeper would have on any day of it, built straight from the events (not through
 * `ledgerAsOf`). `ledgerOn(history, d)` is "the workbook truncated to d": rows after d removed, every open
 * balance, paid date and "Paid" status as the sheet would have stated them on d.
 */
import fc from "fast-check";
import { addDays, type IsoDate } from "../../dates/iso-date";
import type { ContactLogEntry, Invoice, Ledger, Payment } from "../../ledger/ledger";
import type { Cents } from "../../money/cents";
import type { CellAddress } from "../../types/issue";

/** The first day of every generated history. */
export const HISTORY_START = "2025-01-01" as IsoDate;
/** Days a generated history spans. */
export const HISTORY_DAYS = 600;

export interface HistoryInvoice {
  readonly no: string;
  readonly customer: string;
  readonly currency: string;
  /** Days after HISTORY_START; null: the row has no invoice date. */
  readonly issuedDay: number | null;
  readonly termsDays: number | null;
  readonly amountCents: number;
  readonly credit: boolean;
  readonly writtenOff: boolean;
}

export interface HistoryPayment {
  /** Index into the history's invoices, or null for an unapplied payment of `customer`. */
  readonly invoice: number | null;
  readonly customer: string;
  readonly currency: string;
  readonly day: number;
  readonly amountCents: number;
}

export interface HistoryContact {
  readonly customer: string;
  readonly day: number;
  /** A promise to pay this many cents within `promiseInDays`, or null. */
  readonly promiseCents: number | null;
  readonly promiseInDays: number;
}

export interface History {
  readonly invoices: readonly HistoryInvoice[];
  readonly payments: readonly HistoryPayment[];
  readonly contacts: readonly HistoryContact[];
}

const CUSTOMERS = ["C1", "C2", "C3", "C4"];
const CURRENCY_OF: Readonly<Record<string, string>> = { C1: "GBP", C2: "GBP", C3: "EUR", C4: "GBP" };

/** Day `n` of the history as a date. */
export function historyDay(n: number): IsoDate {
  return addDays(HISTORY_START, n);
}

function at(sheet: string, row: number): CellAddress {
  return `${sheet}!A${row}` as CellAddress;
}

/**
 * The workbook on day `d`: invoices issued by then (and those without a date), payments and contacts up to it, the
 * open balance as the sheet states it then (amount − payments so far), the paid date when payments had cleared
 * it, and status "Paid" on a settled invoice (or "Written off" where the history says so).
 */
export function ledgerOn(history: History, d: IsoDate): Ledger {
  const payments: Payment[] = [];
  const paidByInvoice = new Map<number, { total: number; clearedOn: IsoDate | null }>();
  const sorted = history.payments.map((p, i) => ({ p, i })).sort((a, b) => a.p.day - b.p.day || a.i - b.i);
  for (const { p, i } of sorted) {
    const date = historyDay(p.day);
    if (date > d) continue;
    const target = p.invoice === null ? undefined : history.invoices[p.invoice];
    payments.push({ customerKey: p.customer, invoiceNo: target?.no ?? null, date, amountCents: p.amountCents as Cents, currency: p.currency, source: at("Payments", i + 2) });
    if (p.invoice !== null && target !== undefined) {
      const state = paidByInvoice.get(p.invoice) ?? { total: 0, clearedOn: null };
      state.total += p.amountCents;
      if (state.clearedOn === null && state.total >= target.amountCents) state.clearedOn = date;
      paidByInvoice.set(p.invoice, state);
    }
  }
  const invoices: Invoice[] = [];
  history.invoices.forEach((h, i) => {
    const invoiceDate = h.issuedDay === null ? null : historyDay(h.issuedDay);
    if (invoiceDate !== null && invoiceDate > d) return;
    const paid = paidByInvoice.get(i) ?? { total: 0, clearedOn: null };
    const amount = h.credit ? -h.amountCents : h.amountCents;
    const open = h.credit ? amount : Math.min(amount - paid.total, amount);
    const settled = !h.credit && open <= 0;
    invoices.push({
      invoiceNo: h.no,
      customerKey: h.customer,
      customerName: `Customer ${h.customer}`,
      kind: h.credit ? "credit-memo" : "invoice",
      invoiceDate,
      dueDate: invoiceDate === null || h.termsDays === null ? null : addDays(invoiceDate, h.termsDays),
      terms: null,
      amountCents: amount as Cents,
      openCents: open as Cents,
      currency: h.currency,
      status: h.writtenOff ? "Written off" : settled ? "Paid" : null,
      disputed: false,
      paidDate: settled ? paid.clearedOn : null,
      onHold: false,
      notes: null,
      source: at("Invoices", i + 2),
    });
  });
  const contacts: ContactLogEntry[] = history.contacts
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => historyDay(c.day) <= d)
    .map(({ c, i }) => ({
      date: historyDay(c.day),
      time: null,
      customerKey: c.customer,
      invoiceNo: null,
      person: null,
      channel: "call",
      discussed: null,
      offers: null,
      promiseCents: c.promiseCents as Cents | null,
      promiseDate: c.promiseCents === null ? null : historyDay(c.day + c.promiseInDays),
      disputeOpened: false,
      stage: null,
      template: null,
      source: at("Collect Log", i + 2),
    }));
  const customers = CUSTOMERS.map((key, i) => ({
    key, id: key, name: `Customer ${key}`, contactPerson: "Pat", email: `${key.toLowerCase()}@example.com`, phone: null, address: null, segment: null,
    industryCode: null, creditLimitCents: null, terms: null, language: null, collector: i % 2 === 0 ? "Ann" : null, onHold: false, source: at("Customers", i + 2),
  }));
  return { dateSystem: "1900", invoices, payments, customers, contacts, sheets: [], issues: [] };
}

/** A random history: a few customers in two currencies, invoices, part and full payments, credits, promises. */
export function historyArbitrary(): fc.Arbitrary<History> {
  const invoice = fc.record({
    customer: fc.constantFrom(...CUSTOMERS),
    issuedDay: fc.option(fc.integer({ min: 0, max: HISTORY_DAYS - 1 }), { nil: null, freq: 12 }),
    termsDays: fc.option(fc.constantFrom(0, 14, 30, 60), { nil: null, freq: 10 }),
    amountCents: fc.integer({ min: 100, max: 5_000_000 }),
    kindRoll: fc.integer({ min: 0, max: 19 }),
  });
  return fc
    .record({
      invoices: fc.array(invoice, { minLength: 1, maxLength: 30 }),
      paymentSeeds: fc.array(fc.record({ pick: fc.nat(), afterDays: fc.integer({ min: -5, max: 200 }), share: fc.integer({ min: 1, max: 100 }), unapplied: fc.integer({ min: 0, max: 9 }) }), { maxLength: 40 }),
      contactSeeds: fc.array(fc.record({ customer: fc.constantFrom(...CUSTOMERS), day: fc.integer({ min: 0, max: HISTORY_DAYS - 1 }), promise: fc.option(fc.integer({ min: 100, max: 1_000_000 }), { nil: null }), inDays: fc.integer({ min: 0, max: 30 }) }), { maxLength: 12 }),
    })
    .map(({ invoices, paymentSeeds, contactSeeds }) => {
      const list: HistoryInvoice[] = invoices.map((raw, i) => ({
        no: `INV-${i + 1}`,
        customer: raw.customer,
        currency: CURRENCY_OF[raw.customer] ?? "GBP",
        issuedDay: raw.issuedDay,
        termsDays: raw.termsDays,
        amountCents: raw.amountCents,
        credit: raw.kindRoll === 0,
        writtenOff: raw.kindRoll === 1,
      }));
      const payments: HistoryPayment[] = paymentSeeds.flatMap((seed) => {
        const index = seed.pick % list.length;
        const target = list[index] as HistoryInvoice;
        if (target.credit) return [];
        const day = Math.min(HISTORY_DAYS - 1, Math.max(0, (target.issuedDay ?? 0) + seed.afterDays));
        const amountCents = Math.max(1, Math.round((target.amountCents * seed.share) / 100));
        return [{ invoice: seed.unapplied === 0 ? null : index, customer: target.customer, currency: target.currency, day, amountCents }];
      });
      const contacts: HistoryContact[] = contactSeeds.map((seed) => ({ customer: seed.customer, day: seed.day, promiseCents: seed.promise, promiseInDays: seed.inDays }));
      return { invoices: list, payments, contacts };
    });
}
