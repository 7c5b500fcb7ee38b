/**
 * Invoices before they get numbers: when each customer was billed, how much, and when (if yet) it paid.
 * A customer's behaviour profile decides its payment dates, so the history the engine learns from is
 * the one the generator meant to give it.
 */
import { addDays, diffDays, maxIsoDate, type IsoDate } from "../../../core/dates/iso-date";
import type { CustomerSize, PayerProfile, PaymentMethod, RosterEntry, Segment } from "./customer-roster";
import { isBusinessDay, monthBounds, nextBusinessDay, previousBusinessDay, type CalendarMonth } from "./business-calendar";
import type { SeededRandom } from "./seeded-random";

/** A scripted story an invoice plays a part in, so the contact log can refer to it by number. */
export type ScenarioTag =
  | "very-late-oldest" | "very-late" | "promise-held" | "dispute-damaged" | "dispute-po"
  | "on-hold" | "credit-returns" | "credit-small" | "credit-customer-open" | "pre-due" | "keeps-balance";

export interface PlannedPayment {
  readonly date: IsoDate;
  readonly amountCents: number;
  /** Method when the story fixes it; otherwise the customer's usual method. */
  readonly method?: PaymentMethod;
  /** Reference when the story fixes it ("On account"); otherwise made up from the method. */
  readonly reference?: string;
}

export interface InvoiceDraft {
  readonly customer: RosterEntry;
  readonly kind: "invoice" | "credit";
  readonly invoiceDate: IsoDate;
  readonly dueDate: IsoDate;
  readonly amountCents: number;
  /** Receipts on or before the as-of date, oldest first. */
  readonly payments: readonly PlannedPayment[];
  readonly disputed: boolean;
  readonly notes: string | null;
  readonly tag: ScenarioTag | null;
}

/** Invoices per month at a seasonal factor of 1; tuned for ~480 invoices over 18 months. */
const MONTHLY_RATE: Readonly<Record<CustomerSize, number>> = { small: 0.3, medium: 0.65, large: 1.4 };

/** Median invoice in pounds; amounts spread log-normally around it. */
const MEDIAN_AMOUNT: Readonly<Record<CustomerSize, number>> = { small: 220, medium: 750, large: 2100 };
const AMOUNT_SPREAD = 0.85;
export const MIN_INVOICE_CENTS = 8_000;
export const MAX_INVOICE_CENTS = 1_800_000;

/**
 * Order volume by month (January first): hospitality peaks in summer and December, retail before
 * Christmas, the public sector at the March year end and in September when schools return; August is
 * the holiday lull for offices and schools.
 */
const SEASONALITY: Readonly<Record<Segment, readonly number[]>> = {
  Hospitality: [0.8, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.3, 1.0, 0.9, 1.0, 1.4],
  Retail: [0.8, 0.8, 0.9, 0.9, 1.0, 1.0, 1.0, 0.9, 1.0, 1.2, 1.4, 1.3],
  "Public sector": [1.0, 1.1, 1.6, 0.8, 0.9, 1.0, 0.8, 0.4, 1.4, 1.0, 1.0, 0.7],
  Trade: [1.0, 1.0, 1.1, 1.0, 1.0, 1.0, 0.9, 0.7, 1.1, 1.1, 1.0, 0.8],
};

const MIN_INVOICES_PER_CUSTOMER = 2;
const MAX_EXTRA_DRAWS = 50;

/** Draws a Poisson count (Knuth's method; fine for the small means used here). */
function drawPoisson(mean: number, random: SeededRandom): number {
  const limit = Math.exp(-mean);
  let count = 0;
  let product = random.next();
  while (product > limit) {
    count += 1;
    product *= random.next();
  }
  return count;
}

/** An invoice amount in cents for a customer of this size: log-normal, redrawn until it is in range. */
export function drawInvoiceAmountCents(size: CustomerSize, random: SeededRandom): number {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const cents = Math.round(MEDIAN_AMOUNT[size] * Math.exp(AMOUNT_SPREAD * random.normal()) * 100);
    if (cents >= MIN_INVOICE_CENTS && cents <= MAX_INVOICE_CENTS) return cents;
  }
  return MEDIAN_AMOUNT[size] * 100;
}

/** A whole number of cents in [minPounds, maxPounds]. */
export function drawCentsBetween(minPounds: number, maxPounds: number, random: SeededRandom): number {
  return random.int(minPounds * 100, maxPounds * 100);
}

/** Days after the due date a customer of this profile pays (negative: before it is due). */
export function drawDaysLate(profile: PayerProfile, random: SeededRandom): number {
  switch (profile) {
    case "prompt":
      return random.chance(0.08) ? random.int(0, 5) : random.int(-10, -1);
    case "average":
      return random.chance(0.1) ? random.int(11, 25) : random.int(-3, 10);
    case "chronic":
      return random.chance(0.1) ? random.int(8, 19) : random.int(20, 45);
    case "very-late":
      return random.int(60, 110);
  }
}

/** Earliest payment after the invoice date: nobody pays the day a prompt payer's goods arrive. */
const MIN_DAYS_TO_PAY: Readonly<Record<PayerProfile, number>> = { prompt: 3, average: 5, chronic: 10, "very-late": 20 };

/**
 * When and how much a customer pays against one invoice, keeping only receipts on or before `asOf`.
 * Late payers sometimes split a large invoice into two instalments; if only the first has arrived by
 * the as-of date the invoice is part-paid.
 */
export function planPayments(
  customer: RosterEntry, invoiceDate: IsoDate, dueDate: IsoDate, amountCents: number, asOf: IsoDate, random: SeededRandom,
): readonly PlannedPayment[] {
  const late = drawDaysLate(customer.profile, random);
  const payDate = nextBusinessDay(maxIsoDate(addDays(dueDate, late), addDays(invoiceDate, MIN_DAYS_TO_PAY[customer.profile])));
  const splitChance = customer.profile === "chronic" || customer.profile === "very-late" ? 0.45 : customer.profile === "average" ? 0.2 : 0;
  const planned: PlannedPayment[] = [];
  if (amountCents >= 150_000 && random.chance(splitChance)) {
    const firstCents = Math.round((amountCents * random.int(35, 60)) / 10_000) * 100;
    const firstDate = nextBusinessDay(addDays(invoiceDate, Math.max(1, Math.floor(diffDays(invoiceDate, payDate) / 2))));
    planned.push({ date: firstDate, amountCents: firstCents }, { date: payDate, amountCents: amountCents - firstCents });
  } else {
    planned.push({ date: payDate, amountCents });
  }
  return planned.filter((payment) => payment.date <= asOf);
}

/** A business day in the month, not after `latest` (the as-of date or a customer's cut-off). */
function drawInvoiceDate(month: CalendarMonth, latest: IsoDate, random: SeededRandom): IsoDate | null {
  const { first, last } = monthBounds(month);
  const end = last < latest ? last : latest;
  const span = diffDays(first, end);
  if (span < 0) return null;
  const raw = addDays(first, random.int(0, span));
  const date = isBusinessDay(raw) ? raw : nextBusinessDay(raw) <= end ? nextBusinessDay(raw) : previousBusinessDay(raw);
  return date >= first && date <= end ? date : null;
}

/** Purchase-order references public bodies insist on, written in Notes as bookkeepers do. */
function drawNotes(customer: RosterEntry, random: SeededRandom): string | null {
  if (customer.segment === "Public sector" && random.chance(0.6)) return `PO ${random.int(4500100000, 4500999999)}`;
  if (customer.segment === "Hospitality" && random.chance(0.05)) return "Delivered to kitchen door (back entrance)";
  return null;
}

/**
 * The ordinary trading history of one customer: a Poisson number of invoices per month at its size's
 * rate times the season, each with its payments. `lastInvoiceDate` stops billing early (an account put
 * on stop, a customer whose story is scripted).
 */
export function draftTradingHistory(
  customer: RosterEntry, months: readonly CalendarMonth[], asOf: IsoDate, lastInvoiceDate: IsoDate, random: SeededRandom,
): readonly InvoiceDraft[] {
  const invoiceDates: IsoDate[] = [];
  for (const month of months) {
    const factor = SEASONALITY[customer.segment][month.month - 1] ?? 1;
    const count = drawPoisson(MONTHLY_RATE[customer.size] * factor, random);
    for (let i = 0; i < count; i += 1) {
      const invoiceDate = drawInvoiceDate(month, lastInvoiceDate, random);
      if (invoiceDate !== null) invoiceDates.push(invoiceDate);
    }
  }
  // A customer on the books has bought something in 18 months, however small its Poisson draw.
  for (let attempt = 0; invoiceDates.length < MIN_INVOICES_PER_CUSTOMER && attempt < MAX_EXTRA_DRAWS; attempt += 1) {
    const invoiceDate = drawInvoiceDate(random.pick(months), lastInvoiceDate, random);
    if (invoiceDate !== null) invoiceDates.push(invoiceDate);
  }
  const drafts: InvoiceDraft[] = [];
  for (const invoiceDate of invoiceDates) {
    const dueDate = addDays(invoiceDate, customer.termsDays);
    const amountCents = drawInvoiceAmountCents(customer.size, random);
    const payments = planPayments(customer, invoiceDate, dueDate, amountCents, asOf, random);
    drafts.push({
      customer, kind: "invoice", invoiceDate, dueDate, amountCents, payments,
      disputed: false, notes: drawNotes(customer, random), tag: null,
    });
  }
  return drafts;
}

/** A draft once the register has given it its number (INV-10001…, CN-0001…). */
export type NumberedDraft = InvoiceDraft & { readonly invoiceNo: string };

/** Cents received against a draft on or before `date`. */
export function paidByDate(draft: InvoiceDraft, date: IsoDate): number {
  return draft.payments.reduce((sum, payment) => (payment.date <= date ? sum + payment.amountCents : sum), 0);
}
