import { isWorkingDay } from "../dates/calendar-months";
import { addDays, type IsoDate } from "../dates/iso-date";
import type { Ledger } from "../ledger/ledger";

/** Days of contact log the activity looks at: the last 30 days, a month of work. */
export const ACTIVITY_WINDOW_DAYS = 30;

/** The collector of customers without one. */
export const UNASSIGNED_COLLECTOR = "Unassigned";

/** One collector's work. */
export interface CollectorActivity {
  readonly collector: string;
  /** Customers assigned to the collector with an open balance on the as-of date. */
  readonly accounts: number;
  /** Contact-log entries in the window about those customers (whoever logged them). */
  readonly contacts: number;
  /** Distinct customers contacted in the window. */
  readonly customersContacted: number;
  /** contacts ÷ working days of the window. */
  readonly contactsPerDay: number;
}

/** The activity report: the window and each collector, by name. */
export interface CollectorActivityReport {
  /** The window: after `from`, up to and including `to` (the as-of date). */
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** Monday to Friday in the window (public holidays are not known). */
  readonly workingDays: number;
  readonly collectors: readonly CollectorActivity[];
}

/**
 * Contacts per collector per working day over the last 30 days, and accounts per collector. A customer's collector
 * is the one its customer row names ("Unassigned" otherwise); a contact counts for the collector of its customer.
 * `ledger` is the ledger as of the day (see `ledgerAsOf`): contacts after it are not counted either way.
 *
 * @param openCustomers - keys of customers with an open balance on the as-of date
 * @example collectorActivity(ledger, "2026-11-30" as IsoDate, open).collectors[0] //=> { collector: "Priya Shah", accounts: 21, contacts: 34, customersContacted: 17, contactsPerDay: 1.62 }
 */
export function collectorActivity(ledger: Ledger, asOf: IsoDate, openCustomers: ReadonlySet<string>): CollectorActivityReport {
  const from = addDays(asOf, -ACTIVITY_WINDOW_DAYS);
  let workingDays = 0;
  for (let day = addDays(from, 1); day <= asOf; day = addDays(day, 1)) if (isWorkingDay(day)) workingDays += 1;
  const collectorOf = new Map<string, string>();
  for (const customer of ledger.customers) {
    const name = customer.collector?.trim() ?? "";
    collectorOf.set(customer.key, name === "" ? UNASSIGNED_COLLECTOR : name);
  }
  const of = (customerKey: string): string => collectorOf.get(customerKey) ?? UNASSIGNED_COLLECTOR;
  const drafts = new Map<string, { accounts: number; contacts: number; contacted: Set<string> }>();
  const draft = (collector: string) => {
    const found = drafts.get(collector);
    if (found !== undefined) return found;
    const created = { accounts: 0, contacts: 0, contacted: new Set<string>() };
    drafts.set(collector, created);
    return created;
  };
  for (const customerKey of openCustomers) draft(of(customerKey)).accounts += 1;
  for (const entry of ledger.contacts) {
    if (entry.date <= from || entry.date > asOf) continue;
    const target = draft(of(entry.customerKey));
    target.contacts += 1;
    target.contacted.add(entry.customerKey);
  }
  const collectors = [...drafts.entries()]
    .sort(([a], [b]) => (a === UNASSIGNED_COLLECTOR ? 1 : b === UNASSIGNED_COLLECTOR ? -1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([collector, d]) => ({
      collector,
      accounts: d.accounts,
      contacts: d.contacts,
      customersContacted: d.contacted.size,
      contactsPerDay: workingDays === 0 ? 0 : d.contacts / workingDays,
    }));
  return { from, to: asOf, workingDays, collectors };
}
