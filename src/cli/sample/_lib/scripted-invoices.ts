/**
 * The invoices and credit notes that carry the sample's collections stories (see SCENARIO_CUSTOMERS):
 * placed relative to the as-of date, so every seed and every as-of date tells the same stories.
 */
import { addDays, diffDays, type IsoDate } from "../../../core/dates/iso-date";
import { CUSTOMER_ROSTER, SCENARIO_CUSTOMERS, type RosterEntry } from "./customer-roster";
import { isBusinessDay, nextBusinessDay, previousBusinessDay, weekdayOf } from "./business-calendar";
import {
  drawCentsBetween, drawInvoiceAmountCents, type InvoiceDraft, type PlannedPayment, type ScenarioTag,
} from "./invoice-drafts";
import type { SeededRandom } from "./seeded-random";

/** Thrown when the roster lacks a customer a scenario names: a broken invariant of this generator. */
export class SampleScenarioError extends Error {
  override name = "SampleScenarioError";
}

/** The roster entry with this Customer ID. */
export function rosterCustomer(id: string): RosterEntry {
  const customer = CUSTOMER_ROSTER.find((entry) => entry.id === id);
  if (customer === undefined) throw new SampleScenarioError(`no customer ${id} in the sample roster`);
  return customer;
}

const SATURDAY = 6;

/** The business day nearest `date`: Saturday goes back to Friday, Sunday and holidays go forward. */
function nearestBusinessDay(date: IsoDate): IsoDate {
  if (isBusinessDay(date)) return date;
  return weekdayOf(date) === SATURDAY ? previousBusinessDay(date) : nextBusinessDay(date);
}

interface ScriptedInvoiceSpec {
  readonly pastDueDays: number;
  readonly amountCents: number;
  readonly tag: ScenarioTag;
  readonly payments?: (invoiceDate: IsoDate) => readonly PlannedPayment[];
  readonly disputedNote?: string;
}

/** An invoice dated so that it is about `pastDueDays` past due at `asOf` (negative: not yet due). */
function scriptedInvoice(customer: RosterEntry, asOf: IsoDate, spec: ScriptedInvoiceSpec): InvoiceDraft {
  const invoiceDate = nearestBusinessDay(addDays(asOf, -spec.pastDueDays - customer.termsDays));
  return {
    customer, kind: "invoice", invoiceDate, dueDate: addDays(invoiceDate, customer.termsDays),
    amountCents: spec.amountCents, payments: spec.payments?.(invoiceDate) ?? [],
    disputed: spec.disputedNote !== undefined, notes: spec.disputedNote ?? null, tag: spec.tag,
  };
}

/** A credit note `daysAgo` days before `asOf`; unallocated, so its whole (negative) amount is open. */
function creditNote(customer: RosterEntry, asOf: IsoDate, daysAgo: number, amountCents: number, notes: string, tag: ScenarioTag): InvoiceDraft {
  const invoiceDate = previousBusinessDay(addDays(asOf, -daysAgo));
  return {
    customer, kind: "credit", invoiceDate, dueDate: invoiceDate, amountCents: -amountCents,
    payments: [], disputed: false, notes, tag,
  };
}

/** The £500 the very late payer paid on account, days before the as-of date (see the contact log). */
export const ON_ACCOUNT_CENTS = 50_000;
export const ON_ACCOUNT_DAYS_AGO = 112;

/** The story invoices and credit notes, in no particular order. */
export function draftScenarioInvoices(asOf: IsoDate, random: SeededRandom): readonly InvoiceDraft[] {
  const veryLate = rosterCustomer(SCENARIO_CUSTOMERS.veryLate);
  const inCredit = rosterCustomer(SCENARIO_CUSTOMERS.inCredit);
  const drafts: InvoiceDraft[] = [];

  // The very late payer: billed until the account went on stop, nothing paid since except £500 on account.
  const onAccount: PlannedPayment = {
    date: previousBusinessDay(addDays(asOf, -ON_ACCOUNT_DAYS_AGO)), amountCents: ON_ACCOUNT_CENTS,
    method: "Bank transfer", reference: "ON ACCOUNT QUAYSIDE K&B",
  };
  drafts.push(scriptedInvoice(veryLate, asOf, {
    pastDueDays: 188, amountCents: drawCentsBetween(1800, 3200, random), tag: "very-late-oldest", payments: () => [onAccount],
  }));
  for (const pastDueDays of [163, 141, 119, 97, 76]) {
    // A busy bar's monthly restock: larger than a typical medium customer's invoice.
    drafts.push(scriptedInvoice(veryLate, asOf, { pastDueDays, amountCents: drawCentsBetween(900, 3800, random), tag: "very-late" }));
  }

  // Two disputes, each held open until resolved.
  drafts.push(scriptedInvoice(rosterCustomer(SCENARIO_CUSTOMERS.disputeDamaged), asOf, {
    pastDueDays: 22, amountCents: drawCentsBetween(1200, 3200, random), tag: "dispute-damaged",
    disputedNote: "Disputed: 4 of 12 cases of catering film arrived crushed; customer wants a credit before paying",
  }));
  drafts.push(scriptedInvoice(rosterCustomer(SCENARIO_CUSTOMERS.disputePurchaseOrder), asOf, {
    pastDueDays: 41, amountCents: drawCentsBetween(2000, 5000, random), tag: "dispute-po",
    disputedNote: "Disputed: delivered to the Annexe, not Main Office; must quote PO 4500331877 - re-issue requested",
  }));

  // A customer who has promised to pay two overdue invoices on a date after the as-of date.
  const promiseHeld = rosterCustomer(SCENARIO_CUSTOMERS.promiseHeld);
  for (const pastDueDays of [34, 13]) {
    drafts.push(scriptedInvoice(promiseHeld, asOf, { pastDueDays, amountCents: drawInvoiceAmountCents(promiseHeld.size, random), tag: "promise-held" }));
  }

  // The customer the bookkeeper agreed not to chase (On Hold = Yes).
  const onHold = rosterCustomer(SCENARIO_CUSTOMERS.onHold);
  for (const pastDueDays of [66, 38]) {
    drafts.push(scriptedInvoice(onHold, asOf, { pastDueDays, amountCents: drawCentsBetween(2000, 6000, random), tag: "on-hold" }));
  }

  // The account in credit: returned goods credited for more than the one open invoice.
  drafts.push(creditNote(inCredit, asOf, 40, 124_000, "Credit note: 2 espresso machines returned faulty (RMA 2291)", "credit-returns"));
  drafts.push(scriptedInvoice(inCredit, asOf, { pastDueDays: -9, amountCents: drawCentsBetween(250, 600, random), tag: "credit-customer-open" }));

  // Small unallocated credit notes on accounts that still owe more than the credit.
  const smallA = rosterCustomer(SCENARIO_CUSTOMERS.smallCreditA);
  const smallB = rosterCustomer(SCENARIO_CUSTOMERS.smallCreditB);
  drafts.push(creditNote(smallA, asOf, 18, 8_640, "Credit note: short delivery, 2 cases of paper napkins", "credit-small"));
  drafts.push(creditNote(smallB, asOf, 33, 15_200, "Credit note: copier paper charged at list, not contract price", "credit-small"));
  for (const customer of [smallA, smallB]) {
    drafts.push(scriptedInvoice(customer, asOf, { pastDueDays: -15, amountCents: drawCentsBetween(600, 4000, random), tag: "keeps-balance" }));
  }
  return drafts;
}

const MAX_TOP_UP_ATTEMPTS = 50;

/** Days ahead of the as-of date that a pre-due reminder looks (the classic stage 3 window). */
export const PRE_DUE_WINDOW_DAYS = 7;

/** True for an unpaid invoice that falls due within the pre-due window after `asOf`. */
export function isDueSoon(draft: InvoiceDraft, asOf: IsoDate): boolean {
  const daysUntilDue = diffDays(asOf, draft.dueDate);
  const paidCents = draft.payments.reduce((sum, payment) => sum + payment.amountCents, 0);
  return draft.kind === "invoice" && paidCents < draft.amountCents && daysUntilDue >= 1 && daysUntilDue <= PRE_DUE_WINDOW_DAYS;
}

/**
 * Extra invoices, billed to ordinary average payers, until at least `target` open invoices fall due in
 * the next week, so the pre-due reminder stage always has work in the sample.
 */
export function draftPreDueTopUp(existing: readonly InvoiceDraft[], asOf: IsoDate, target: number, random: SeededRandom): readonly InvoiceDraft[] {
  const storyIds = new Set<string>(Object.values(SCENARIO_CUSTOMERS));
  const candidates = CUSTOMER_ROSTER.filter((customer) => customer.profile === "average" && !storyIds.has(customer.id));
  const added: InvoiceDraft[] = [];
  let dueSoon = existing.filter((draft) => isDueSoon(draft, asOf)).length;
  // 2–6 days ahead stays inside the window after a weekend move; a bank-holiday move may not, so recount.
  for (let attempt = 0; dueSoon < target && attempt < MAX_TOP_UP_ATTEMPTS; attempt += 1) {
    const customer = random.pick(candidates);
    const draft = scriptedInvoice(customer, asOf, {
      pastDueDays: -random.int(2, 6), amountCents: drawInvoiceAmountCents(customer.size, random), tag: "pre-due",
    });
    if (!isDueSoon(draft, asOf)) continue;
    added.push(draft);
    dueSoon += 1;
  }
  return added;
}
