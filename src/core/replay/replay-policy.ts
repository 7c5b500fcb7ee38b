import { endOfMonthBefore } from "../dates/calendar-months";
import { addDays, diffDays, maxIsoDate, type IsoDate } from "../dates/iso-date";
import { indexPayments, paymentsOf } from "../desk/_lib/payment-index";
import { ledgerAsOf } from "../desk/ledger-as-of";
import { computeInterest } from "../fees/compute-interest";
import type { Invoice, Ledger, Payment } from "../ledger/ledger";
import { computeCollectMetrics } from "../metrics/collect-metrics";
import type { Figure } from "../metrics/figure";
import type { Cents } from "../money/cents";
import { interestTermsOf, type CollectPolicy } from "../policy/collect-policy";
import type { Channel } from "../policy/policy";
import { simulatePolicy, type ReplayedContact, type SimulateOptions } from "./simulate-policy";

/** The window a replay covers, both days included. */
export interface ReplayWindow {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** Contacts of one stage. */
export interface StageCount {
  readonly level: number;
  readonly name: string;
  readonly count: number;
}

/** Fees and interest of one currency under a policy. */
export interface CurrencyCharges {
  readonly currency: string | null;
  /** Σ the fixed fee of every letter at a level with a fee. */
  readonly feeCents: Cents;
  /** Interest to the end of the window (or to payment) on each invoice sent at a level that charges interest, once per invoice. */
  readonly interestCents: Cents;
}

/** DSO and CEI of one currency over the window. */
export interface CurrencyOutcome {
  readonly currency: string | null;
  /** Countback DSO on the last day of the window. */
  readonly dsoCountback: Figure;
  /** The mean of the countback DSO at each month's end in the window: moves when payments move inside it. */
  readonly averageDso: number | null;
  /** CEI over the window's calendar months, full sales. */
  readonly ceiFullSales: Figure;
  /** The mean of each month's CEI in the window. */
  readonly averageMonthlyCei: number | null;
}

/** What one policy would have done over the window. */
export interface PolicyReplay {
  readonly contacts: readonly ReplayedContact[];
  readonly byStage: readonly StageCount[];
  readonly byChannel: Readonly<Record<Exclude<Channel, "none">, number>>;
  readonly charges: readonly CurrencyCharges[];
  /** DSO and CEI under the payment model (see `PAYMENT_MODEL`); for the current policy they equal the actual figures. */
  readonly modelled: readonly CurrencyOutcome[];
}

/** The draft policy beside the current one over the same window. */
export interface PolicyReplayComparison {
  readonly window: ReplayWindow;
  readonly draft: PolicyReplay;
  readonly current: PolicyReplay;
  /** DSO and CEI of the books as they are: the same for both policies, because payments did happen when they did. */
  readonly actual: readonly CurrencyOutcome[];
  /** How the modelled figures are made, in words. */
  readonly model: string;
}

/** The assumption behind the modelled DSO and CEI, printed with them. */
export const PAYMENT_MODEL =
  "Letters, calls and fees are counted exactly: they follow from each policy's rules. DSO and CEI cannot be known for a policy that was not used, so they are modelled: a customer is assumed to pay an invoice the same number of days after reaching the escalation level that preceded their payment as they actually did (the highest level the current policy reached before the payment). Under the draft the payment moves with the day the draft first reaches that level; payments made before any reminder, and invoices one policy never reaches that level for, keep their real dates. Under the current policy the modelled figures equal the actual ones.";

/** Months of the window, for the CEI of the outcomes (at least 1). */
function windowMonths(window: ReplayWindow): number {
  let months = 1;
  while (endOfMonthBefore(window.to, months) >= window.from && months < 120) months += 1;
  return months;
}

function mean(figures: readonly Figure[]): number | null {
  const values = figures.flatMap((figure) => (figure.value === null ? [] : [figure.value]));
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function outcomes(ledger: Ledger, window: ReplayWindow): readonly CurrencyOutcome[] {
  const months = windowMonths(window);
  const metrics = computeCollectMetrics(ledger, window.to, { periodMonths: months, trendMonths: months });
  return metrics.currencies.map((m) => ({
    currency: m.currency,
    dsoCountback: m.dsoCountback,
    averageDso: mean(m.trend.map((month) => month.dso)),
    ceiFullSales: m.ceiFullSales,
    averageMonthlyCei: mean(m.trend.map((month) => month.cei)),
  }));
}

/** Each invoice's contacts (customer × number), oldest first, with their levels. */
function contactsByInvoice(contacts: readonly ReplayedContact[]): ReadonlyMap<string, readonly { readonly date: IsoDate; readonly level: number }[]> {
  const byInvoice = new Map<string, { date: IsoDate; level: number }[]>();
  for (const contact of contacts) {
    for (const invoiceNo of contact.invoiceNos) {
      const key = `${contact.customerKey}\u0000${invoiceNo}`;
      const list = byInvoice.get(key) ?? [];
      list.push({ date: contact.date, level: contact.level });
      byInvoice.set(key, list);
    }
  }
  for (const list of byInvoice.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return byInvoice;
}

/** The first contact at or above a level, or undefined. */
function firstAtLevel(list: readonly { readonly date: IsoDate; readonly level: number }[] | undefined, level: number): IsoDate | undefined {
  return list?.find((contact) => contact.level >= level)?.date;
}

/**
 * The ledger as it would have been had customers paid relative to the draft's escalation (see `PAYMENT_MODEL`): each
 * payment on an invoice the current policy had reminded moves by (the day the draft first reaches the highest level
 * the current policy reached before the payment − the day the current policy first reached it), never before the
 * invoice date. An invoice settled by a paid date alone moves that date.
 *
 * @example modelPayments(ledger, currentContacts, draftContacts).payments[0]?.date //=> "2026-03-12" (a week earlier)
 */
export function modelPayments(ledger: Ledger, current: readonly ReplayedContact[], draft: readonly ReplayedContact[]): Ledger {
  const currentContacts = contactsByInvoice(current);
  const draftContacts = contactsByInvoice(draft);
  const invoices = new Map(ledger.invoices.map((invoice) => [`${invoice.customerKey}\u0000${invoice.invoiceNo}`, invoice]));
  const moved = (key: string, date: IsoDate): IsoDate => {
    const before = (currentContacts.get(key) ?? []).filter((contact) => contact.date <= date);
    if (before.length === 0) return date;
    const level = Math.max(...before.map((contact) => contact.level));
    const anchor = firstAtLevel(before, level);
    const target = firstAtLevel(draftContacts.get(key), level);
    if (anchor === undefined || target === undefined) return date;
    const shifted = addDays(date, diffDays(anchor, target));
    const issued = invoices.get(key)?.invoiceDate ?? null;
    return issued === null ? shifted : maxIsoDate(shifted, issued);
  };
  const movedInvoices = new Set<string>();
  const payments: Payment[] = ledger.payments.map((payment) => {
    if (payment.invoiceNo === null) return payment;
    const key = `${payment.customerKey}\u0000${payment.invoiceNo}`;
    const date = moved(key, payment.date);
    if (date === payment.date) return payment;
    movedInvoices.add(key);
    return { ...payment, date };
  });
  const index = indexPayments(ledger);
  const modelled: Invoice[] = ledger.invoices.map((invoice) => {
    if (invoice.paidDate === null) return invoice;
    const key = `${invoice.customerKey}\u0000${invoice.invoiceNo}`;
    // Payment rows say when it was paid; once they move, the sheet's paid date no longer holds.
    if (paymentsOf(index, invoice).length > 0) return movedInvoices.has(key) ? { ...invoice, paidDate: null } : invoice;
    const date = moved(key, invoice.paidDate);
    return date === invoice.paidDate ? invoice : { ...invoice, paidDate: date };
  });
  return { ...ledger, invoices: modelled, payments };
}

function summarise(contacts: readonly ReplayedContact[], ledger: Ledger, policy: CollectPolicy, window: ReplayWindow, modelled: readonly CurrencyOutcome[]): PolicyReplay {
  const stages = new Map<number, StageCount>();
  const byChannel = { call: 0, "e-mail": 0, letter: 0 };
  const fees = new Map<string | null, number>();
  const interestInvoices = new Map<string, string | null>();
  for (const contact of contacts) {
    const seen = stages.get(contact.level);
    stages.set(contact.level, { level: contact.level, name: seen?.name ?? contact.stageName, count: (seen?.count ?? 0) + 1 });
    byChannel[contact.channel] += 1;
    if (contact.channel !== "call") fees.set(contact.currency, (fees.get(contact.currency) ?? 0) + contact.feeCents);
    if (contact.chargeInterest && contact.channel !== "call") {
      for (const invoiceNo of contact.invoiceNos) interestInvoices.set(`${contact.customerKey}\u0000${invoiceNo}`, contact.currency);
    }
  }
  const terms = interestTermsOf(policy);
  const restated = ledgerAsOf(ledger, window.to);
  const index = indexPayments(restated);
  const interest = new Map<string | null, number>();
  for (const invoice of restated.invoices) {
    const key = `${invoice.customerKey}\u0000${invoice.invoiceNo}`;
    if (!interestInvoices.has(key) || invoice.dueDate === null || invoice.kind !== "invoice") continue;
    const currency = interestInvoices.get(key) ?? null;
    const cents = computeInterest({ amountCents: invoice.amountCents, dueDate: invoice.dueDate, payments: paymentsOf(index, invoice), asOf: window.to }, terms);
    interest.set(currency, (interest.get(currency) ?? 0) + cents);
  }
  const currencies = [...new Set([...fees.keys(), ...interest.keys()])].sort((a, b) => (a ?? "~").localeCompare(b ?? "~"));
  return {
    contacts,
    byStage: [...stages.values()].sort((a, b) => a.level - b.level),
    byChannel,
    charges: currencies.map((currency) => ({ currency, feeCents: (fees.get(currency) ?? 0) as Cents, interestCents: (interest.get(currency) ?? 0) as Cents })),
    modelled,
  };
}

/**
 * `compareReplays` in steps: yields between its parts (the actual DSO and CEI, the draft's modelled ones, each
 * policy's summary), each a pass over the whole ledger, so a caller with a user interface can paint in between on a
 * large book.
 *
 * @example [...compareReplaysInSteps(ledger, draft, current, window, draftContacts, currentContacts)].length //=> 3
 */
export function* compareReplaysInSteps(
  ledger: Ledger,
  draftPolicy: CollectPolicy,
  currentPolicy: CollectPolicy,
  window: ReplayWindow,
  draft: readonly ReplayedContact[],
  current: readonly ReplayedContact[],
): Generator<void, PolicyReplayComparison, void> {
  // Under the current policy no payment moves (modelPayments(ledger, current, current) is the ledger itself), so
  // its modelled figures are the actual ones and are not worked out twice.
  const actual = outcomes(ledger, window);
  yield;
  const draftModelled = outcomes(modelPayments(ledger, current, draft), window);
  yield;
  const currentReplay = summarise(current, ledger, currentPolicy, window, actual);
  yield;
  return { window, current: currentReplay, draft: summarise(draft, ledger, draftPolicy, window, draftModelled), actual, model: PAYMENT_MODEL };
}

/**
 * The comparison of two replays already made over the same window (each policy's contacts, in replay order): what
 * `replayPolicy` returns once the contacts are known. Lets a caller replay customer by customer (see
 * `replayPolicyInSteps`) and still get exactly `replayPolicy`'s answer.
 *
 * @example compareReplays(ledger, draft, current, window, simulatePolicy(ledger, draft, …), simulatePolicy(ledger, current, …)).draft.byChannel //=> { call: 31, "e-mail": 120, letter: 18 }
 */
export function compareReplays(
  ledger: Ledger,
  draftPolicy: CollectPolicy,
  currentPolicy: CollectPolicy,
  window: ReplayWindow,
  draft: readonly ReplayedContact[],
  current: readonly ReplayedContact[],
): PolicyReplayComparison {
  const steps = compareReplaysInSteps(ledger, draftPolicy, currentPolicy, window, draft, current);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/**
 * Policy what-if (DOMAIN.md idea 2): replays the window (by default the 12 months to the last day of the books)
 * through a draft policy and through the current one, and sets side by side what each would have sent (contacts by
 * stage and channel), the fees and interest it would have charged, and DSO and CEI: the actual figures (the same
 * for both, since payments happened when they did) and each policy's modelled figures (see `PAYMENT_MODEL`).
 * Nothing is written and nothing is sent.
 *
 * @example replayPolicy(ledger, draft, DEFAULT_COLLECT_POLICY, { from: "2025-12-01", to: "2026-11-30" }).draft.byChannel //=> { call: 31, "e-mail": 120, letter: 18 }
 */
export function replayPolicy(ledger: Ledger, draftPolicy: CollectPolicy, currentPolicy: CollectPolicy, window: ReplayWindow, options?: SimulateOptions): PolicyReplayComparison {
  const current = simulatePolicy(ledger, currentPolicy, window.from, window.to, options);
  const draft = simulatePolicy(ledger, draftPolicy, window.from, window.to, options);
  return compareReplays(ledger, draftPolicy, currentPolicy, window, draft, current);
}

/** Months a what-if replays: a full year, so every season and every stage of an invoice issued early in it is seen. */
export const REPLAY_MONTHS = 12;

/**
 * The replay window ending on a day (the as-of date): the 12 whole calendar months before its month plus the days of
 * its own month up to it, so monthly DSO and CEI are measured on calendar months as the Metrics sheet does.
 *
 * @example replayWindowEndingAt("2026-11-30" as IsoDate) //=> { from: "2025-12-01", to: "2026-11-30" }
 * @example replayWindowEndingAt("2026-11-15" as IsoDate) //=> { from: "2025-12-01", to: "2026-11-15" }
 */
export function replayWindowEndingAt(asOf: IsoDate): ReplayWindow {
  return { from: addDays(endOfMonthBefore(asOf, REPLAY_MONTHS), 1), to: asOf };
}

/**
 * The default replay window: the 12 months to the latest date in the books (an invoice, payment or contact).
 *
 * @example defaultReplayWindow(ledger) //=> { from: "2025-12-01", to: "2026-11-30" }
 */
export function defaultReplayWindow(ledger: Ledger): ReplayWindow | null {
  let to: IsoDate | null = null;
  const see = (date: IsoDate | null): void => {
    if (date !== null && (to === null || date > to)) to = date;
  };
  for (const invoice of ledger.invoices) see(invoice.invoiceDate);
  for (const payment of ledger.payments) see(payment.date);
  for (const entry of ledger.contacts) see(entry.date);
  if (to === null) return null;
  return replayWindowEndingAt(to);
}
