/**
 * The bookkeeper's "Contact Log": the calls, e-mails and letters behind the sample's stories (a very
 * late payer who kept one promise and broke the next, a promise not yet due, two disputes, an agreed
 * hold, a credit note) plus the routine reminders a desk sends to its chronic late payers.
 */
import { addDays, type IsoDate } from "../../../core/dates/iso-date";
import type { SampleContactChannel, SampleContactRow } from "../sample-book";
import { formatNoteDate, formatNoteMoney, nextBusinessDay, previousBusinessDay } from "./business-calendar";
import { CUSTOMER_ROSTER, SCENARIO_CUSTOMERS, type RosterEntry } from "./customer-roster";
import { paidByDate, type NumberedDraft, type ScenarioTag } from "./invoice-drafts";
import { ON_ACCOUNT_CENTS, ON_ACCOUNT_DAYS_AGO, rosterCustomer, SampleScenarioError } from "./scripted-invoices";
import type { SeededRandom } from "./seeded-random";

/** Reminders are logged for invoices that fell due in this many days before the as-of date. */
const REMINDER_LOOKBACK_DAYS = 75;
const REMINDER_AFTER_DUE_DAYS = 7;
const CALL_AFTER_DUE_DAYS = 30;
const COPY_INVOICE_REQUESTS = 3;

interface EntryInput {
  readonly date: IsoDate;
  readonly customer: RosterEntry;
  readonly channel: SampleContactChannel;
  readonly notes: string;
  readonly promiseCents?: number;
  readonly promiseDate?: IsoDate;
}

function entry(input: EntryInput): SampleContactRow {
  return {
    date: input.date, customerId: input.customer.id, person: input.customer.contactPerson, channel: input.channel,
    notes: input.notes, promiseCents: input.promiseCents ?? null, promiseDate: input.promiseDate ?? null,
  };
}

function tagged(invoices: readonly NumberedDraft[], tag: ScenarioTag): readonly NumberedDraft[] {
  const found = invoices.filter((invoice) => invoice.tag === tag);
  if (found.length === 0) throw new SampleScenarioError(`no invoice tagged ${tag} in the sample register`);
  return found;
}

function first<T>(items: readonly T[], what: string): T {
  const item = items[0];
  if (item === undefined) throw new SampleScenarioError(`no ${what} in the sample register`);
  return item;
}

const money = (invoice: NumberedDraft, cents: number): string => formatNoteMoney(cents, invoice.customer.currency);
const daysBefore = (asOf: IsoDate, days: number): IsoDate => previousBusinessDay(addDays(asOf, -days));

function veryLateStory(invoices: readonly NumberedDraft[], asOf: IsoDate): readonly SampleContactRow[] {
  const customer = rosterCustomer(SCENARIO_CUSTOMERS.veryLate);
  const oldest = first(tagged(invoices, "very-late-oldest"), "very late payer's oldest invoice");
  const open = invoices.filter((invoice) => invoice.tag === "very-late-oldest" || invoice.tag === "very-late");
  const chaseDate = daysBefore(asOf, 70);
  const chased = open.filter((invoice) => invoice.dueDate < chaseDate).map((invoice) => invoice.invoiceNo).join(", ");
  const keptBy = nextBusinessDay(addDays(asOf, -(ON_ACCOUNT_DAYS_AGO - 1)));
  const brokenBy = daysBefore(asOf, 14);
  const oldestBalance = oldest.amountCents - ON_ACCOUNT_CENTS;
  const voicemail = daysBefore(asOf, 46);
  return [
    entry({ date: daysBefore(asOf, 175), customer, channel: "E-mail", notes: "Statement of account e-mailed; several invoices well overdue. Asked Dean to call." }),
    entry({ date: daysBefore(asOf, 150), customer, channel: "Call", notes: "Spoke to Dean: cash tight after the kitchen refit, will pay the oldest invoices first." }),
    entry({
      date: daysBefore(asOf, 118), customer, channel: "Call",
      notes: `Dean promised ${money(oldest, ON_ACCOUNT_CENTS)} on account by ${formatNoteDate(keptBy)}.`,
      promiseCents: ON_ACCOUNT_CENTS, promiseDate: keptBy,
    }),
    entry({ date: daysBefore(asOf, 100), customer, channel: "Letter", notes: "Account placed on stop: no further deliveries until the arrears are cleared. Sent recorded delivery." }),
    entry({ date: chaseDate, customer, channel: "E-mail", notes: `Chased ${chased}; no reply.` }),
    entry({ date: voicemail, customer, channel: "Call", notes: "No answer; left voicemail for Dean." }),
    entry({ date: nextBusinessDay(addDays(voicemail, 1)), customer, channel: "Call", notes: "Dean rang back: no complaint about the goods, says payment is coming 'soon'. Asked for a firm date." }),
    entry({
      date: daysBefore(asOf, 24), customer, channel: "Call",
      notes: `Dean promised to clear ${oldest.invoiceNo} (balance ${money(oldest, oldestBalance)}) by ${formatNoteDate(brokenBy)}.`,
      promiseCents: oldestBalance, promiseDate: brokenBy,
    }),
    entry({
      date: daysBefore(asOf, 10), customer, channel: "E-mail",
      notes: `Payment promised for ${formatNoteDate(brokenBy)} not received. Chased by e-mail; told Dean a final notice follows.`,
    }),
  ];
}

function otherStories(invoices: readonly NumberedDraft[], asOf: IsoDate): readonly SampleContactRow[] {
  const rows: SampleContactRow[] = [];
  const held = tagged(invoices, "promise-held");
  const heldCustomer = rosterCustomer(SCENARIO_CUSTOMERS.promiseHeld);
  const oldestHeld = first(held, "promise-held invoice");
  const reminderDate = nextBusinessDay(addDays(oldestHeld.dueDate, REMINDER_AFTER_DUE_DAYS));
  if (reminderDate <= asOf) {
    rows.push(entry({
      date: reminderDate, customer: heldCustomer, channel: "E-mail",
      notes: `Reminder e-mailed for ${oldestHeld.invoiceNo} (${money(oldestHeld, oldestHeld.amountCents)}), due ${formatNoteDate(oldestHeld.dueDate)}.`,
    }));
  }
  const heldTotal = held.reduce((sum, invoice) => sum + invoice.amountCents - paidByDate(invoice, asOf), 0);
  const promiseDate = nextBusinessDay(addDays(asOf, 6));
  rows.push(entry({
    date: daysBefore(asOf, 2), customer: heldCustomer, channel: "Call",
    notes: `Spoke to Donna: ${held.map((invoice) => invoice.invoiceNo).join(" and ")} approved; promised ${money(oldestHeld, heldTotal)} in their payment run on ${formatNoteDate(promiseDate)}.`,
    promiseCents: heldTotal, promiseDate,
  }));

  const damaged = first(tagged(invoices, "dispute-damaged"), "damaged-goods dispute");
  rows.push(entry({
    date: previousBusinessDay(addDays(damaged.dueDate, 4)), customer: damaged.customer, channel: "E-mail",
    notes: `Gareth disputes ${damaged.invoiceNo}: 4 of 12 cases of catering film arrived crushed. Photos requested; credit to follow if confirmed.`,
  }));
  const wrongSite = first(tagged(invoices, "dispute-po"), "purchase-order dispute");
  rows.push(entry({
    date: previousBusinessDay(addDays(wrongSite.dueDate, 6)), customer: wrongSite.customer, channel: "Call",
    notes: `Finance office: ${wrongSite.invoiceNo} went to the Annexe and their system rejects it without PO 4500331877. Re-issue requested.`,
  }));

  rows.push(entry({
    date: daysBefore(asOf, 16), customer: rosterCustomer(SCENARIO_CUSTOMERS.onHold), channel: "Call",
    notes: `Graham: moving to a new finance system, our invoices are approved but nothing can be paid until it is live. Asked us to hold chasing until ${formatNoteDate(addDays(asOf, 15))}. Agreed.`,
  }));

  const credit = first(tagged(invoices, "credit-returns"), "returns credit note");
  rows.push(entry({
    date: credit.invoiceDate, customer: credit.customer, channel: "E-mail",
    notes: `Credit note ${credit.invoiceNo} for ${money(credit, -credit.amountCents)} issued for 2 faulty espresso machines (RMA 2291). Tomasz will use it against future orders.`,
  }));
  return rows;
}

/** E-mail reminders a week after due and a call a month after due, for chronic payers outside the stories. */
function routineChasing(invoices: readonly NumberedDraft[], asOf: IsoDate): readonly SampleContactRow[] {
  const storyIds = new Set<string>(Object.values(SCENARIO_CUSTOMERS));
  const chronic = new Set(CUSTOMER_ROSTER.filter((c) => c.profile === "chronic" && !storyIds.has(c.id)).map((c) => c.id));
  const rows: SampleContactRow[] = [];
  const lookback = addDays(asOf, -REMINDER_LOOKBACK_DAYS);
  for (const invoice of invoices) {
    if (invoice.kind !== "invoice" || !chronic.has(invoice.customer.id) || invoice.dueDate < lookback) continue;
    const reminder = nextBusinessDay(addDays(invoice.dueDate, REMINDER_AFTER_DUE_DAYS));
    if (reminder <= asOf && paidByDate(invoice, reminder) < invoice.amountCents) {
      const byMail = invoice.customer.email !== null;
      rows.push(entry({
        date: reminder, customer: invoice.customer, channel: byMail ? "E-mail" : "Letter",
        notes: `Reminder ${byMail ? "e-mailed" : "posted"} for ${invoice.invoiceNo} (${money(invoice, invoice.amountCents)}), due ${formatNoteDate(invoice.dueDate)}.`,
      }));
    }
    const call = nextBusinessDay(addDays(invoice.dueDate, CALL_AFTER_DUE_DAYS));
    if (call <= asOf && paidByDate(invoice, call) < invoice.amountCents) {
      rows.push(entry({
        date: call, customer: invoice.customer, channel: "Call",
        notes: `Called accounts about ${invoice.invoiceNo}: "on the next payment run", no date given.`,
      }));
    }
  }
  return rows;
}

/** A few customers who asked for a copy of a recent invoice. */
function copyRequests(invoices: readonly NumberedDraft[], asOf: IsoDate, random: SeededRandom): readonly SampleContactRow[] {
  const storyIds = new Set<string>(Object.values(SCENARIO_CUSTOMERS));
  const recent = addDays(asOf, -60);
  const candidates = invoices.filter((invoice) =>
    invoice.kind === "invoice" && invoice.tag === null && invoice.customer.profile === "average" &&
    invoice.customer.email !== null && !storyIds.has(invoice.customer.id) && invoice.invoiceDate >= recent);
  const rows: SampleContactRow[] = [];
  const used = new Set<string>();
  for (let i = 0; i < COPY_INVOICE_REQUESTS && candidates.length > 0; i += 1) {
    const invoice = random.pick(candidates);
    const date = nextBusinessDay(addDays(invoice.invoiceDate, random.int(3, 10)));
    if (date > asOf || used.has(invoice.invoiceNo)) continue;
    used.add(invoice.invoiceNo);
    rows.push(entry({ date, customer: invoice.customer, channel: "E-mail", notes: `Copy of ${invoice.invoiceNo} re-sent at the customer's request.` }));
  }
  return rows;
}

/** The whole contact log, oldest first; entries of one customer on one day keep the order they happened in. */
export function buildContactLog(invoices: readonly NumberedDraft[], asOf: IsoDate, random: SeededRandom): readonly SampleContactRow[] {
  const rows = [
    ...veryLateStory(invoices, asOf), ...otherStories(invoices, asOf),
    ...routineChasing(invoices, asOf), ...copyRequests(invoices, asOf, random),
  ];
  // Array.prototype.sort is stable (ES2019), so same-day entries stay in story order.
  return [...rows].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0);
}
