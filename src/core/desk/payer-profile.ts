import type { IsoDate } from "../dates/iso-date";
import type { Invoice, Ledger } from "../ledger/ledger";
import type { Cents } from "../money/cents";
import { averageDays, computeDaysLate, computeDaysToPay } from "../payment/days-to-pay";
import { isChronicLatePayer, type ChronicLateRule, type ChronicLateVerdict } from "../policy/chronic-late";
import { indexPayments, paymentsOf, type PaymentIndex } from "./_lib/payment-index";
import { percentile } from "./_lib/percentile";
import { paidDateOf } from "./open-balance";

/** How a customer's lateness is moving: the last 3 paid invoices against the 3 before. */
export type PaymentTrend = "improving" | "worsening" | "steady";

/** A payment rating from the customer's own history (see `RATING_P80_DAYS_LATE`). */
export type PayerRating = "A" | "B" | "C" | "D";

/** One paid invoice as the profile sees it. */
export interface PaidInvoiceFact {
  readonly invoiceNo: string;
  readonly paidDate: IsoDate;
  readonly amountCents: Cents;
  /** Paid − invoice date, or null without an invoice date. */
  readonly daysToPay: number | null;
  /** Paid − due date (negative when early), or null without a due date. */
  readonly daysLate: number | null;
}

/** A customer's payment fingerprint (DOMAIN.md (d) 6), from invoices paid on or before the as-of date. */
export interface PayerProfile {
  readonly customerKey: string;
  readonly paidCount: number;
  /** Days to pay (from the invoice date), simple and amount-weighted (DOMAIN.md metrics 6 and 7). */
  readonly averageDaysToPay: number | null;
  readonly weightedDaysToPay: number | null;
  /** Days late (from the due date), simple and amount-weighted. */
  readonly averageDaysLate: number | null;
  readonly weightedDaysLate: number | null;
  readonly medianDaysLate: number | null;
  /** 80th percentile of days late: 4 in 5 invoices are paid no later than this. */
  readonly p80DaysLate: number | null;
  /** Share (0–1) of invoices paid on or before the due date. */
  readonly onTimeShare: number | null;
  readonly trend: PaymentTrend | null;
  /** Average days late of the last 3 paid, and of the (up to) 3 before them. */
  readonly recentDaysLate: number | null;
  readonly priorDaysLate: number | null;
  /** Average days to pay of the last 3 paid invoices ("now"), and of every paid invoice before them ("usually"). */
  readonly recentDaysToPay: number | null;
  readonly usualDaysToPay: number | null;
  readonly rating: PayerRating | null;
  /** The tone rule's verdict (chronic late payer or not). */
  readonly chronic: ChronicLateVerdict;
  readonly lastPaidDate: IsoDate | null;
}

/**
 * Rating by the 80th percentile of days late (robust to one bad month): A ≤ 5 days (pays on time, at worst a
 * few days after a weekend or a payment run), B ≤ 15, C ≤ 45 (routinely a month or more late), D beyond.
 */
export const RATING_P80_DAYS_LATE: Readonly<Record<"A" | "B" | "C", number>> = { A: 5, B: 15, C: 45 };

/** Averages within this many days of each other are "steady". */
export const TREND_STEADY_BAND_DAYS = 5;

/** Paid invoices per trend window ("the last 3 paid vs the 3 before"). */
const TREND_WINDOW = 3;

/**
 * A customer's paid invoices up to the as-of date, oldest payment first (ties: invoice number).
 *
 * @example paidInvoiceFacts(ledger.invoices.filter((i) => i.customerKey === "C1"), indexPayments(ledger), asOf)[0]
 * //=> { invoiceNo: "INV-1", paidDate: "2026-06-11", amountCents: 100000, daysToPay: 40, daysLate: 10 }
 */
export function paidInvoiceFacts(invoices: readonly Invoice[], index: PaymentIndex, asOf: IsoDate): readonly PaidInvoiceFact[] {
  const facts: PaidInvoiceFact[] = [];
  for (const invoice of invoices) {
    const paidDate = paidDateOf(invoice, paymentsOf(index, invoice), asOf);
    if (paidDate === null) continue;
    facts.push({
      invoiceNo: invoice.invoiceNo,
      paidDate,
      amountCents: invoice.amountCents,
      daysToPay: invoice.invoiceDate === null ? null : computeDaysToPay(invoice.invoiceDate, paidDate),
      daysLate: invoice.dueDate === null ? null : computeDaysLate(invoice.dueDate, paidDate),
    });
  }
  return facts.sort((a, b) => (a.paidDate !== b.paidDate ? (a.paidDate < b.paidDate ? -1 : 1) : a.invoiceNo < b.invoiceNo ? -1 : a.invoiceNo > b.invoiceNo ? 1 : 0));
}

/**
 * The rating for an 80th percentile of days late.
 *
 * @example ratePayer(3)  //=> "A"
 * @example ratePayer(30) //=> "C"
 * @example ratePayer(null) //=> null
 */
export function ratePayer(p80DaysLate: number | null): PayerRating | null {
  if (p80DaysLate === null) return null;
  if (p80DaysLate <= RATING_P80_DAYS_LATE.A) return "A";
  if (p80DaysLate <= RATING_P80_DAYS_LATE.B) return "B";
  if (p80DaysLate <= RATING_P80_DAYS_LATE.C) return "C";
  return "D";
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * The trend of days late: the mean of the last 3 paid invoices against the mean of the up to 3 before them;
 * more than `TREND_STEADY_BAND_DAYS` later is worsening, earlier improving. Needs 4 paid invoices.
 *
 * @example paymentTrend([0, 0, 0, 20, 25, 30]) //=> { trend: "worsening", recent: 25, prior: 0 }
 */
export function paymentTrend(daysLateOldestFirst: readonly number[]): { trend: PaymentTrend | null; recent: number | null; prior: number | null } {
  if (daysLateOldestFirst.length < TREND_WINDOW + 1) return { trend: null, recent: null, prior: null };
  const recentItems = daysLateOldestFirst.slice(-TREND_WINDOW);
  const priorItems = daysLateOldestFirst.slice(-2 * TREND_WINDOW, -TREND_WINDOW);
  const recent = mean(recentItems);
  const prior = mean(priorItems);
  const trend = recent - prior > TREND_STEADY_BAND_DAYS ? "worsening" : prior - recent > TREND_STEADY_BAND_DAYS ? "improving" : "steady";
  return { trend, recent, prior };
}

/**
 * A customer's payer profile from its paid invoices (oldest payment first).
 *
 * @example buildPayerProfile("C1", facts, DEFAULT_POLICY_SETTINGS).rating //=> "B"
 */
export function buildPayerProfile(customerKey: string, facts: readonly PaidInvoiceFact[], rule: ChronicLateRule): PayerProfile {
  const toPay = facts.flatMap((fact) => (fact.daysToPay === null ? [] : [{ days: fact.daysToPay, amountCents: fact.amountCents }]));
  const late = facts.flatMap((fact) => (fact.daysLate === null ? [] : [{ days: fact.daysLate, amountCents: fact.amountCents }]));
  const lateDays = late.map((item) => item.days);
  const p80DaysLate = percentile(lateDays, 0.8);
  const trend = paymentTrend(lateDays);
  const payDays = toPay.map((item) => item.days);
  const hasBoth = payDays.length > TREND_WINDOW;
  return {
    customerKey,
    paidCount: facts.length,
    averageDaysToPay: averageDays(toPay),
    weightedDaysToPay: averageDays(toPay, { weighted: true }),
    averageDaysLate: averageDays(late),
    weightedDaysLate: averageDays(late, { weighted: true }),
    medianDaysLate: percentile(lateDays, 0.5),
    p80DaysLate,
    onTimeShare: lateDays.length === 0 ? null : lateDays.filter((days) => days <= 0).length / lateDays.length,
    trend: trend.trend,
    recentDaysLate: trend.recent,
    priorDaysLate: trend.prior,
    recentDaysToPay: hasBoth ? mean(payDays.slice(-TREND_WINDOW)) : null,
    usualDaysToPay: hasBoth ? mean(payDays.slice(0, -TREND_WINDOW)) : null,
    rating: ratePayer(p80DaysLate),
    chronic: isChronicLatePayer(late.map((item) => ({ daysLate: item.days, amountCents: item.amountCents ?? (0 as Cents) })), rule),
    lastPaidDate: facts.length === 0 ? null : (facts[facts.length - 1] as PaidInvoiceFact).paidDate,
  };
}

/**
 * Payer profiles of every customer with invoices in the ledger, as of a date.
 *
 * @example buildPayerProfiles(ledger, DEFAULT_COLLECT_POLICY, "2026-11-25" as IsoDate).get("C1")?.rating //=> "A"
 */
export function buildPayerProfiles(ledger: Ledger, rule: ChronicLateRule, asOf: IsoDate, index: PaymentIndex = indexPayments(ledger)): ReadonlyMap<string, PayerProfile> {
  const byCustomer = new Map<string, Invoice[]>();
  for (const invoice of ledger.invoices) {
    const list = byCustomer.get(invoice.customerKey);
    if (list === undefined) byCustomer.set(invoice.customerKey, [invoice]);
    else list.push(invoice);
  }
  const profiles = new Map<string, PayerProfile>();
  for (const [key, invoices] of byCustomer) profiles.set(key, buildPayerProfile(key, paidInvoiceFacts(invoices, index, asOf), rule));
  return profiles;
}
