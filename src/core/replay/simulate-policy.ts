import { addDays, maxIsoDate, type IsoDate } from "../dates/iso-date";
import { decideAccount } from "../desk/customer-decision";
import { buildDeskContext, type DeskOptions } from "../desk/desk-context";
import type { Plan } from "../desk/payment-plan";
import type { ContactChannel, ContactLogEntry, Ledger } from "../ledger/ledger";
import type { Cents } from "../money/cents";
import type { CollectPolicy } from "../policy/collect-policy";
import { FIRST_PAST_DUE_LEVEL, type Channel, type StageDefinition } from "../policy/policy";

/** One contact a policy would have made during the replay. */
export interface ReplayedContact {
  readonly date: IsoDate;
  readonly customerKey: string;
  readonly currency: string | null;
  readonly level: number;
  readonly stageName: string;
  readonly channel: Exclude<Channel, "none">;
  readonly template: string;
  /** The invoices behind the contact. */
  readonly invoiceNos: readonly string[];
  /** The level's fixed fee (0 when the policy charges none). */
  readonly feeCents: Cents;
  /** The level charges interest. */
  readonly chargeInterest: boolean;
}

/** Options for `simulatePolicy`. */
export interface SimulateOptions {
  /** Payment plans, as the desk reads them. @defaultvalue [] */
  readonly plans?: readonly Plan[];
  /**
   * Customers' late-payment risk, for "risk-band" scenario rules: the ratings of the as-of date are used on every
   * replayed day (rating each day anew would mean training the model once a day). @defaultvalue none: no rule on the
   * risk band matches
   */
  readonly risks?: DeskOptions["risks"];
}

/** Days the replay runs before its window so the window starts with the policy's own recent reminders. */
export const REPLAY_WARM_UP_DAYS = 90;

/** Written in the Source column of the contacts the replay logs for itself. */
export const REPLAY_ORIGIN = "Collect replay";

const CONTACT_CHANNEL: Readonly<Record<Exclude<Channel, "none">, ContactChannel>> = { call: "call", "e-mail": "e-mail", letter: "letter" };

/**
 * The contact-log entries that come from the customer, not from the collections policy: promises to pay and
 * disputes. The replay keeps them (customers would have made them whatever the policy) and drops the rest, which the
 * policy under test generates itself.
 *
 * @example customerEvents(ledger.contacts).every((e) => e.promiseDate !== null || e.disputeOpened || e.disputeResolved === true) //=> true
 */
export function customerEvents(contacts: readonly ContactLogEntry[]): readonly ContactLogEntry[] {
  return contacts.filter((entry) => entry.promiseDate !== null || entry.disputeOpened || entry.disputeResolved === true);
}

/** Every day something can change a decision for one customer: documents, payments, events, stage starts. */
function eventDays(ledger: Ledger, policy: CollectPolicy, from: IsoDate, to: IsoDate, graceDays: number): readonly IsoDate[] {
  const days = new Set<IsoDate>([from]);
  const add = (day: IsoDate | null): void => {
    if (day !== null && day >= from && day <= to) days.add(day);
  };
  const tables: (readonly StageDefinition[])[] = [policy.stages, ...policy.scenarios.flatMap((s) => (s.stages === null ? [] : [s.stages]))];
  const graces = [graceDays, ...policy.scenarios.map((s) => s.graceDays ?? graceDays)];
  let firstInvoice: IsoDate | null = null;
  for (const invoice of ledger.invoices) {
    add(invoice.invoiceDate);
    if (invoice.invoiceDate !== null) {
      // The 12-month sales a scenario rule may test drop the invoice a year on.
      add(addDays(invoice.invoiceDate, 365));
      if (firstInvoice === null || invoice.invoiceDate < firstInvoice) firstInvoice = invoice.invoiceDate;
    }
    add(invoice.paidDate);
    if (invoice.dueDate === null) continue;
    for (const table of tables) {
      for (const stage of table) {
        if (stage.triggerDaysFromDue === null) continue;
        for (const grace of graces) add(addDays(invoice.dueDate, stage.triggerDaysFromDue + (stage.level >= FIRST_PAST_DUE_LEVEL ? grace : 0)));
      }
    }
  }
  for (const rule of policy.scenarioRules) {
    if (rule.field !== "customer-age-days" || firstInvoice === null) continue;
    if (rule.atLeast !== null) add(addDays(firstInvoice, rule.atLeast));
    if (rule.below !== null) add(addDays(firstInvoice, rule.below));
  }
  for (const payment of ledger.payments) add(payment.date);
  for (const entry of ledger.contacts) {
    add(entry.date);
    if (entry.promiseDate !== null) add(addDays(entry.promiseDate, policy.promiseGraceDays + 1));
  }
  return [...days].sort();
}

/**
 * Replays one customer's collections through a policy, day by day but only on the days a decision can change
 * (event-driven: document dates, payments, promises and disputes, stage starts, and each decision's own next-action
 * date), so a year costs a few dozen decisions per customer. Each day the account's decision "act" becomes a
 * contact the replay logs for itself, which the policy's gap rules then see; the customer's own promises and
 * disputes are kept, every other logged contact is dropped.
 *
 * @param ledger - one customer's ledger (documents, payments, contacts, the customer row)
 * @example simulateCustomer(ledgerOfC1, DEFAULT_COLLECT_POLICY, "2025-12-01" as IsoDate, "2026-11-30" as IsoDate).map((c) => c.level) //=> [3, 4, 5, 6]
 */
export function simulateCustomer(ledger: Ledger, policy: CollectPolicy, from: IsoDate, to: IsoDate, options?: SimulateOptions): readonly ReplayedContact[] {
  const events = customerEvents(ledger.contacts);
  const days = eventDays(ledger, policy, from, to, policy.graceDays);
  const logged: ContactLogEntry[] = [];
  const contacts: ReplayedContact[] = [];
  const desk: DeskOptions = { ...(options?.plans === undefined ? {} : { plans: options.plans }), ...(options?.risks === undefined ? {} : { risks: options.risks }) };
  let cursor = 0;
  let day: IsoDate | null = from;
  while (day !== null && day <= to) {
    const ctx = buildDeskContext({ ...ledger, contacts: [...events, ...logged] }, policy, day, desk);
    let next: IsoDate | null = null;
    for (const account of ctx.accounts) {
      const decision = decideAccount(account, ctx);
      if (decision.outcome === "act" && decision.stage !== null && decision.stage.channel !== "none") {
        const stage = decision.stage;
        const channel = stage.channel as Exclude<Channel, "none">;
        contacts.push({
          date: day,
          customerKey: account.customerKey,
          currency: account.currency,
          level: stage.level,
          stageName: stage.name,
          channel,
          template: stage.template,
          invoiceNos: decision.actionItems.map((item) => item.item.invoice.invoiceNo),
          feeCents: stage.feeCents ?? (0 as Cents),
          chargeInterest: stage.chargeInterest === true,
        });
        logged.push({
          date: day, time: null, customerKey: account.customerKey, invoiceNo: null, person: null, channel: CONTACT_CHANNEL[channel], discussed: null, offers: null,
          promiseCents: null, promiseDate: null, disputeOpened: false, stage: `${stage.level} ${stage.name}`, template: stage.template, origin: REPLAY_ORIGIN, source: null,
        });
      }
      const when = decision.nextActionDate;
      if (when !== null && when > day && (next === null || when < next)) next = when;
    }
    while (cursor < days.length && (days[cursor] as IsoDate) <= day) cursor += 1;
    const event = days[cursor] ?? null;
    const after: IsoDate | null = next === null ? event : event === null ? next : event < next ? event : next;
    day = after === null ? null : maxIsoDate(after, addDays(day, 1));
  }
  return contacts;
}

/** One customer's part of a ledger: its documents, payments, contacts and customer row. */
export interface CustomerLedger {
  readonly customerKey: string;
  readonly ledger: Ledger;
}

/**
 * Splits a ledger into one ledger per customer with invoices, in customer-key order (customers are independent in a
 * replay, so each is replayed on its own documents only).
 *
 * @example splitByCustomer(ledger).map((c) => c.customerKey) //=> ["C1", "C2"]
 */
export function splitByCustomer(ledger: Ledger): readonly CustomerLedger[] {
  const keys = new Set<string>(ledger.invoices.map((invoice) => invoice.customerKey));
  const group = <T extends { readonly customerKey: string }>(rows: readonly T[]): Map<string, T[]> => {
    const map = new Map<string, T[]>();
    for (const row of rows) {
      const list = map.get(row.customerKey);
      if (list === undefined) map.set(row.customerKey, [row]);
      else list.push(row);
    }
    return map;
  };
  const invoices = group(ledger.invoices);
  const payments = group(ledger.payments);
  const contacts = group(ledger.contacts);
  const customers = new Map(ledger.customers.map((customer) => [customer.key, customer]));
  return [...keys].sort().map((key) => {
    const customer = customers.get(key);
    return {
      customerKey: key,
      ledger: { ...ledger, invoices: invoices.get(key) ?? [], payments: payments.get(key) ?? [], contacts: contacts.get(key) ?? [], customers: customer === undefined ? [] : [customer] },
    };
  });
}

/**
 * One customer's contacts inside the window `from` to `to`: the replay warms up on the 90 days before it, with no
 * reminders logged, because reminders logged before the window would change its first decisions.
 *
 * @example replayCustomerWindow(ledgerOfC1, DEFAULT_COLLECT_POLICY, "2025-12-01" as IsoDate, "2026-11-30" as IsoDate)[0]?.date //=> "2025-12-08"
 */
export function replayCustomerWindow(own: Ledger, policy: CollectPolicy, from: IsoDate, to: IsoDate, options?: SimulateOptions): readonly ReplayedContact[] {
  return simulateCustomer(own, policy, addDays(from, -REPLAY_WARM_UP_DAYS), to, options).filter((contact) => contact.date >= from);
}

/**
 * Contacts in replay order: by date, then customer key.
 *
 * @example sortContacts([b, a]) //=> [a, b]
 */
export function sortContacts(contacts: readonly ReplayedContact[]): readonly ReplayedContact[] {
  return [...contacts].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.customerKey < b.customerKey ? -1 : a.customerKey > b.customerKey ? 1 : 0));
}

/**
 * Replays every customer of a ledger through a policy over a window, `from` to `to` inclusive (see
 * `simulateCustomer`); customers are independent, so each is replayed on its own documents only. The replay starts
 * 90 days before the window, with no reminders logged, and counts the contacts inside the window.
 *
 * @example simulatePolicy(ledger, draft, "2025-12-01" as IsoDate, "2026-11-30" as IsoDate).length //=> 212
 */
export function simulatePolicy(ledger: Ledger, policy: CollectPolicy, from: IsoDate, to: IsoDate, options?: SimulateOptions): readonly ReplayedContact[] {
  return sortContacts(splitByCustomer(ledger).flatMap((own) => replayCustomerWindow(own.ledger, policy, from, to, options)));
}
