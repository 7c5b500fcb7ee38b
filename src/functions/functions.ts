/*
 * The COLLECT.* custom functions. Each is thin: coerce Excel's arguments with the shared table in
 * coerce.ts, call the same core function the task pane and the CLI use, and map problems to #VALUE! or
 * #N/A with a message. The JSDoc below is what Excel's formula autocomplete shows (functions.json is
 * generated from it at build time).
 *
 * An omitted asOf means today on the user's computer; those functions are volatile so the answer follows
 * the calendar. Pass a date (or a cell holding one) for a reproducible snapshot.
 *
 * COLLECT.RISK and COLLECT.PAYDATE learn from a whole invoice register passed as six columns. The trained model
 * is remembered by the register's values, the as-of date and the date system (register-prediction.ts), so a
 * column of a thousand such formulas trains once and each call then costs a comparison of the values.
 */
import { bucketLabel, toAgingBuckets } from "../core/aging/bucket-aging";
import { computeDaysPastDue } from "../core/aging/days-past-due";
import { MESSAGES, type MessageCode } from "../core/messages";
import { computeAddDso } from "../core/metrics/average-days-delinquent";
import { computeCei } from "../core/metrics/cei";
import { computeBestPossibleDso, computeDsoCountback, computeDsoSimple } from "../core/metrics/dso";
import { computeInterest } from "../core/fees/compute-interest";
import type { InterestMethod } from "../core/fees/interest-terms";
import { promiseKeptRate, promiseStatusOn } from "../core/desk/promises";
import { computeAddInvoice } from "../core/metrics/average-days-delinquent";
import { computePercentCurrent } from "../core/metrics/percent-current";
import { type Cents, toCents } from "../core/money/cents";
import { averageDays, computeDaysLate, computeDaysToPay, type PaidItem } from "../core/payment/days-to-pay";
import { computeStage, formatStageLabel, formatStageWhy } from "../core/policy/compute-stage";
import type { Result } from "../core/types/result";
import type { IsoDate } from "../core/dates/iso-date";
import { isoDateToSerial } from "../core/excel/serial";
import { coerceArguments, type ArgumentSpec } from "./coerce";
import { ArgumentError, runFunction } from "./excel-error";
import { customerRiskOf, findInvoice, findTarget, formatReasons, openInvoicePrediction, paidByAsOf, predictRegister } from "./register-prediction";
import { getDateSystem } from "./settings";

const DUE = { name: "due", kind: "date", whenBlank: "required" } as const;
const AS_OF = { name: "asOf", kind: "date", whenBlank: "today" } as const;
const STAGE_ARGS = [
  DUE,
  AS_OF,
  { name: "disputed", kind: "flag" },
  { name: "promiseDate", kind: "date", whenBlank: "null" },
  { name: "lastContact", kind: "date", whenBlank: "null" },
] as const satisfies readonly ArgumentSpec[];

/** Unwraps a core Result, turning its error code into #VALUE! with the bookkeeper's words. */
function valueOf<T>(result: Result<T, MessageCode>, subject: string): T {
  if (!result.ok) throw new ArgumentError({ kind: "value", message: `${subject}: ${MESSAGES[result.error]}` });
  return result.value;
}

function cents(amount: number, name: string): Cents {
  return valueOf(toCents(amount), name);
}

function sumOf(value: number | readonly (number | null)[]): number {
  return typeof value === "number" ? value : value.reduce<number>((total, item) => total + (item ?? 0), 0);
}

/**
 * Days an invoice is past its due date on a given day; negative while it is not yet due.
 * @customfunction DAYSPASTDUE
 * @volatile
 * @param due The invoice's due date: a date cell, or text like 2026-11-25.
 * @param [asOf] The day to count to. Leave out for today.
 * @returns Days past due (negative: days until due).
 */
export function daysPastDue(due: unknown, asOf?: unknown): number {
  return runFunction(() => {
    const [dueDate, day] = coerceArguments([DUE, AS_OF] as const, [due, asOf]);
    return computeDaysPastDue(dueDate, day);
  });
}

/**
 * The aging bucket of an invoice by days past its due date: Current, 1-30, 31-60, 61-90, 91-120 or 120+.
 * @customfunction AGING
 * @volatile
 * @param due The invoice's due date.
 * @param [asOf] The day to age to. Leave out for today.
 * @param [edges] Upper edges of the overdue buckets in days, e.g. {30,60,90}. Default {30,60,90,120}.
 * @returns The bucket label.
 */
export function aging(due: unknown, asOf?: unknown, edges?: unknown): string {
  return runFunction(() => {
    const [dueDate, day, edgeList] = coerceArguments([DUE, AS_OF, { name: "edges", kind: "number-list", optional: true }] as const, [due, asOf, edges]);
    const chosen = edgeList === null ? undefined : edgeList.filter((edge): edge is number => edge !== null);
    const buckets = valueOf(toAgingBuckets(chosen === undefined ? undefined : { edges: chosen }), "edges");
    return bucketLabel(computeDaysPastDue(dueDate, day), buckets);
  });
}

/**
 * Average days from invoice to payment over the paid invoices in the ranges (amount-weighted when amounts are given). Rows without a paid date are not yet paid and are left out.
 * @customfunction DAYSTOPAY
 * @param invoiceDates Invoice dates, one per invoice.
 * @param paidDates Paid dates, same size; blank for invoices not yet paid.
 * @param [amounts] Invoice amounts, same size, to weight the average by amount.
 * @returns Average days to pay.
 */
export function daysToPay(invoiceDates: unknown[][], paidDates: unknown[][], amounts?: unknown[][]): number {
  return runFunction(() => {
    const [issued, paid, weights] = coerceArguments(
      [{ name: "invoiceDates", kind: "date-list" }, { name: "paidDates", kind: "date-list" }, { name: "amounts", kind: "number-list", optional: true }] as const,
      [invoiceDates, paidDates, amounts],
    );
    if (issued.length !== paid.length || (weights !== null && weights.length !== issued.length)) {
      throw new ArgumentError({ kind: "value", message: "invoiceDates, paidDates and amounts must be ranges of the same size." });
    }
    const items: PaidItem[] = [];
    for (let i = 0; i < issued.length; i += 1) {
      const invoiceDate = issued[i] ?? null;
      const paidDate = paid[i] ?? null;
      if (paidDate === null) continue; // not paid yet: nothing to count
      if (invoiceDate === null) throw new ArgumentError({ kind: "value", message: `paidDates (item ${i + 1}) has a date but invoiceDates (item ${i + 1}) is blank.` });
      const days = computeDaysToPay(invoiceDate, paidDate);
      if (weights === null) {
        items.push({ days });
        continue;
      }
      const amount = weights[i] ?? null;
      if (amount === null) throw new ArgumentError({ kind: "value", message: `amounts (item ${i + 1}) is blank; every paid invoice needs its amount to weight the average.` });
      items.push({ days, amountCents: cents(amount, `amounts (item ${i + 1})`) });
    }
    const average = averageDays(items, { weighted: weights !== null });
    if (average === null) throw new ArgumentError({ kind: "not-available", message: `DAYSTOPAY: ${MESSAGES["no-paid-invoices"]}` });
    return average;
  });
}

/**
 * Days a payment came after the due date; negative when paid early.
 * @customfunction DAYSLATE
 * @param due The invoice's due date.
 * @param paid The date it was paid.
 * @returns Days late (negative: days early).
 */
export function daysLate(due: unknown, paid: unknown): number {
  return runFunction(() => {
    const [dueDate, paidDate] = coerceArguments([DUE, { name: "paid", kind: "date", whenBlank: "required" }] as const, [due, paid]);
    return computeDaysLate(dueDate, paidDate);
  });
}

function stageOf(args: readonly unknown[]) {
  const [dueDate, day, disputed, promiseDate, lastContact] = coerceArguments(STAGE_ARGS, args);
  return computeStage({ dueDate, asOf: day, disputed, promiseDate, lastContact });
}

/**
 * The collections stage of an open invoice under the default policy, e.g. "5 Firmer pressure", "On hold: disputed".
 * @customfunction STAGE
 * @volatile
 * @param due The invoice's due date.
 * @param [asOf] The day to judge on. Leave out for today.
 * @param [disputed] TRUE (or Yes) if the customer disputes the invoice: chasing is put on hold.
 * @param [promiseDate] The date the customer promised to pay by: on hold until then, escalated once it has passed.
 * @param [lastContact] The date of the last reminder or call: the next one waits for the stage's minimum gap.
 * @returns The stage label.
 */
export function stage(due: unknown, asOf?: unknown, disputed?: unknown, promiseDate?: unknown, lastContact?: unknown): string {
  return runFunction(() => formatStageLabel(stageOf([due, asOf, disputed, promiseDate, lastContact])));
}

/**
 * Why an invoice is at its stage, in words: the rule, the days, the last contact and any hold.
 * @customfunction WHY
 * @volatile
 * @param due The invoice's due date.
 * @param [asOf] The day to judge on. Leave out for today.
 * @param [disputed] TRUE (or Yes) if the customer disputes the invoice.
 * @param [promiseDate] The date the customer promised to pay by.
 * @param [lastContact] The date of the last reminder or call.
 * @returns The rule path behind the stage.
 */
export function why(due: unknown, asOf?: unknown, disputed?: unknown, promiseDate?: unknown, lastContact?: unknown): string {
  return runFunction(() => formatStageWhy(stageOf([due, asOf, disputed, promiseDate, lastContact])));
}

/**
 * Days sales outstanding. "simple": open balance ÷ sales × days. "countback": uses up monthly sales, latest first, against the open balance.
 * @customfunction DSO
 * @param openBalance Open receivables at the end of the period.
 * @param sales Credit sales in the period; for "countback" a range of monthly sales, latest month first.
 * @param days Days in the period; for "countback" days per month (one number, or a range beside the sales).
 * @param [method] "simple" (default) or "countback".
 * @returns Days sales outstanding.
 */
export function dso(openBalance: unknown, sales: unknown, days: unknown, method?: unknown): number {
  return runFunction(() => {
    const [balance, salesIn, daysIn, how] = coerceArguments(
      [
        { name: "openBalance", kind: "number", whenBlank: "required" },
        { name: "sales", kind: "number-or-list" },
        { name: "days", kind: "number-or-list" },
        { name: "method", kind: "choice", choices: ["simple", "countback"], whenBlank: "simple" },
      ] as const,
      [openBalance, sales, days, method],
    );
    if (how === "simple") return valueOf(computeDsoSimple(cents(balance, "openBalance"), cents(sumOf(salesIn), "sales"), sumOf(daysIn)), "DSO");
    const monthly = typeof salesIn === "number" ? [salesIn] : salesIn.filter((s): s is number => s !== null);
    const monthDays = typeof daysIn === "number" ? monthly.map(() => daysIn) : daysIn.filter((d): d is number => d !== null);
    if (monthDays.length !== monthly.length) throw new ArgumentError({ kind: "value", message: "days must be one number or a range the same size as sales." });
    const periods = monthly.map((s, i) => ({ salesCents: cents(s, `sales (item ${i + 1})`), days: monthDays[i] as number }));
    return valueOf(computeDsoCountback(cents(balance, "openBalance"), periods), "DSO");
  });
}

/**
 * Best possible DSO: the not-yet-due part of receivables ÷ sales × days.
 * @customfunction BPDSO
 * @param currentBalance Open receivables not yet past due at the end of the period.
 * @param sales Credit sales in the period.
 * @param days Days in the period.
 * @returns Best possible days sales outstanding.
 */
export function bestPossibleDso(currentBalance: unknown, sales: unknown, days: unknown): number {
  return runFunction(() => {
    const [current, salesIn, daysIn] = coerceArguments(
      [{ name: "currentBalance", kind: "number", whenBlank: "required" }, { name: "sales", kind: "number-or-list" }, { name: "days", kind: "number-or-list" }] as const,
      [currentBalance, sales, days],
    );
    return valueOf(computeBestPossibleDso(cents(current, "currentBalance"), cents(sumOf(salesIn), "sales"), sumOf(daysIn)), "BPDSO");
  });
}

/**
 * Collection effectiveness index in percent: (opening + sales − closing) ÷ (opening + sales − closing current) × 100.
 * @customfunction CEI
 * @param openingBalance Open receivables at the start of the period.
 * @param sales Credit sales in the period.
 * @param closingBalance Open receivables at the end of the period.
 * @param closingCurrent The part of the closing balance not yet past due.
 * @param [months] Months in the period (default 1).
 * @param [variant] "full" (default: all the period's sales) or "monthly" (sales ÷ months, creditguru's variant).
 * @returns CEI in percent.
 */
export function cei(openingBalance: unknown, sales: unknown, closingBalance: unknown, closingCurrent: unknown, months?: unknown, variant?: unknown): number {
  return runFunction(() => {
    const [opening, salesIn, closing, current, monthCount, which] = coerceArguments(
      [
        { name: "openingBalance", kind: "number", whenBlank: "required" },
        { name: "sales", kind: "number-or-list" },
        { name: "closingBalance", kind: "number", whenBlank: "required" },
        { name: "closingCurrent", kind: "number", whenBlank: "required" },
        { name: "months", kind: "number", whenBlank: 1, min: 1, integer: true },
        { name: "variant", kind: "choice", choices: ["full", "monthly"], whenBlank: "full" },
      ] as const,
      [openingBalance, sales, closingBalance, closingCurrent, months, variant],
    );
    const input = {
      arBeginCents: cents(opening, "openingBalance"),
      salesCents: cents(sumOf(salesIn), "sales"),
      arEndCents: cents(closing, "closingBalance"),
      arCurrentEndCents: cents(current, "closingCurrent"),
      months: monthCount,
    };
    return valueOf(computeCei(input, which === "monthly" ? "monthly-sales" : "full-sales"), "CEI");
  });
}

/**
 * Average days delinquent (DSO method): DSO − best possible DSO, i.e. the past-due part of receivables ÷ sales × days.
 * @customfunction ADD
 * @param openBalance Open receivables at the end of the period.
 * @param currentBalance The part not yet past due.
 * @param sales Credit sales in the period.
 * @param days Days in the period.
 * @returns Average days delinquent.
 */
export function averageDaysDelinquent(openBalance: unknown, currentBalance: unknown, sales: unknown, days: unknown): number {
  return runFunction(() => {
    const [balance, current, salesIn, daysIn] = coerceArguments(
      [
        { name: "openBalance", kind: "number", whenBlank: "required" },
        { name: "currentBalance", kind: "number", whenBlank: "required" },
        { name: "sales", kind: "number-or-list" },
        { name: "days", kind: "number-or-list" },
      ] as const,
      [openBalance, currentBalance, sales, days],
    );
    return valueOf(computeAddDso(cents(balance, "openBalance"), cents(current, "currentBalance"), cents(sumOf(salesIn), "sales"), sumOf(daysIn)), "ADD");
  });
}

/** Open amounts and due dates of the same size, as core's open items (rows with a blank amount are left out). */
function openItems(amounts: readonly (number | null)[], dueDates: readonly (IsoDate | null)[], what: string): { openCents: Cents; dueDate: IsoDate | null }[] {
  if (amounts.length !== dueDates.length) throw new ArgumentError({ kind: "value", message: `${what}: openAmounts and dueDates must be ranges of the same size.` });
  return amounts.flatMap((amount, i) => (amount === null ? [] : [{ openCents: cents(amount, `openAmounts (item ${i + 1})`), dueDate: dueDates[i] ?? null }]));
}

const OPEN_ITEM_ARGS = [{ name: "openAmounts", kind: "number-list" }, { name: "dueDates", kind: "date-list" }, AS_OF] as const satisfies readonly ArgumentSpec[];

/**
 * Percent current: the not-yet-due part of the open amounts ÷ all positive open amounts × 100, on a given day. Credits (negative amounts) are not netted; a blank due date is never current.
 * @customfunction PCTCURRENT
 * @volatile
 * @param openAmounts Open balances, one per invoice.
 * @param dueDates Due dates, same size.
 * @param [asOf] The day to judge on. Leave out for today.
 * @returns Percent of receivables not yet past due (0–100).
 */
export function percentCurrent(openAmounts: unknown[][], dueDates: unknown[][], asOf?: unknown): number {
  return runFunction(() => {
    const [amounts, dues, day] = coerceArguments(OPEN_ITEM_ARGS, [openAmounts, dueDates, asOf]);
    return valueOf(computePercentCurrent(openItems(amounts, dues, "PCTCURRENT"), day), "PCTCURRENT");
  });
}

/**
 * Average days delinquent, invoice method: open amounts weighted by their days past due (not yet due counts 0), over positive open amounts with a due date.
 * @customfunction ADDINVOICE
 * @volatile
 * @param openAmounts Open balances, one per invoice.
 * @param dueDates Due dates, same size.
 * @param [asOf] The day to count to. Leave out for today.
 * @returns Amount-weighted average days past due.
 */
export function averageDaysDelinquentInvoices(openAmounts: unknown[][], dueDates: unknown[][], asOf?: unknown): number {
  return runFunction(() => {
    const [amounts, dues, day] = coerceArguments(OPEN_ITEM_ARGS, [openAmounts, dueDates, asOf]);
    const items = openItems(amounts, dues, "ADDINVOICE").flatMap((item) => (item.dueDate === null ? [] : [{ openCents: item.openCents, daysPastDue: computeDaysPastDue(item.dueDate, day) }]));
    return valueOf(computeAddInvoice(items), "ADDINVOICE");
  });
}

/**
 * Promise-kept rate in percent: kept ÷ (kept + broken) × 100. A promise is kept when the amount paid reaches the amount promised on or before the promised date (plus grace days); broken when that date has passed without it; pending promises are left out.
 * @customfunction PROMISEKEPT
 * @volatile
 * @param promisedAmounts Amounts promised, one per promise.
 * @param promiseDates The dates the customer promised to pay by, same size.
 * @param paidAmounts What was paid towards each promise (blank: nothing), same size.
 * @param paidDates The date of the payment that made up the promised amount (blank: not paid), same size.
 * @param [asOf] The day to judge on. Leave out for today.
 * @param [graceDays] Days after the promised date a payment still keeps the promise (default 0).
 * @returns Percent of decided promises that were kept (0–100).
 */
export function promiseKept(promisedAmounts: unknown[][], promiseDates: unknown[][], paidAmounts: unknown[][], paidDates: unknown[][], asOf?: unknown, graceDays?: unknown): number {
  return runFunction(() => {
    const [promised, dates, paid, paidOn, day, grace] = coerceArguments(
      [
        { name: "promisedAmounts", kind: "number-list" },
        { name: "promiseDates", kind: "date-list" },
        { name: "paidAmounts", kind: "number-list" },
        { name: "paidDates", kind: "date-list" },
        AS_OF,
        { name: "graceDays", kind: "number", whenBlank: 0, min: 0, integer: true },
      ] as const,
      [promisedAmounts, promiseDates, paidAmounts, paidDates, asOf, graceDays],
    );
    if (dates.length !== promised.length || paid.length !== promised.length || paidOn.length !== promised.length) {
      throw new ArgumentError({ kind: "value", message: "promisedAmounts, promiseDates, paidAmounts and paidDates must be ranges of the same size." });
    }
    const records = promised.flatMap((amount, i) => {
      const promiseDate = dates[i] ?? null;
      if (amount === null && promiseDate === null) return [];
      if (amount === null || promiseDate === null) throw new ArgumentError({ kind: "value", message: `promise ${i + 1} needs both an amount and a date.` });
      const promisedCents = cents(amount, `promisedAmounts (item ${i + 1})`);
      const paidCents = cents(paid[i] ?? 0, `paidAmounts (item ${i + 1})`);
      const keptOn = paidCents >= promisedCents ? (paidOn[i] ?? null) : null;
      return [{ promiseDate, promisedCents, paidCents, ...promiseStatusOn(promiseDate, keptOn, day, grace) }];
    });
    const rate = promiseKeptRate(records).rate;
    if (rate === null) throw new ArgumentError({ kind: "not-available", message: "PROMISEKEPT: no promise is kept or broken yet (all are pending, or the ranges are empty)." });
    return rate * 100;
  });
}

const INTEREST_METHODS: Readonly<Record<string, InterestMethod>> = { simple: "simple-daily", "average-daily-balance": "average-daily-balance" };

/**
 * Late-payment interest on one invoice to a given day: "simple" (outstanding × rate ÷ 365 × days late, from the last part-payment, ERPNext) or "average-daily-balance" (every day's overdue balance, Business Central). Interest stops at the payment that settles the invoice.
 * @customfunction INTEREST
 * @volatile
 * @param amount The invoice amount.
 * @param due The due date.
 * @param ratePercent Interest rate per year in percent, e.g. 8.
 * @param [asOf] The day to count to. Leave out for today.
 * @param [method] "simple" (default) or "average-daily-balance".
 * @param [paidAmounts] Payments on the invoice (a range).
 * @param [paidDates] Their dates, same size.
 * @returns Interest in the invoice's currency, rounded to the cent.
 */
export function interest(amount: unknown, due: unknown, ratePercent: unknown, asOf?: unknown, method?: unknown, paidAmounts?: unknown, paidDates?: unknown): number {
  return runFunction(() => {
    const [amountIn, dueDate, rate, day, how, payments, paymentDates] = coerceArguments(
      [
        { name: "amount", kind: "number", whenBlank: "required" },
        DUE,
        { name: "ratePercent", kind: "number", whenBlank: "required", min: 0 },
        AS_OF,
        { name: "method", kind: "choice", choices: ["simple", "average-daily-balance"], whenBlank: "simple" },
        { name: "paidAmounts", kind: "number-list", optional: true },
        { name: "paidDates", kind: "date-list" },
      ] as const,
      [amount, due, ratePercent, asOf, method, paidAmounts, paidDates],
    );
    const amounts = payments ?? [];
    if (amounts.length > 0 && amounts.length !== paymentDates.length) throw new ArgumentError({ kind: "value", message: "paidAmounts and paidDates must be ranges of the same size." });
    const list = amounts.flatMap((paid, i) => {
      if (paid === null) return [];
      const date = paymentDates[i] ?? null;
      if (date === null) throw new ArgumentError({ kind: "value", message: `paidDates (item ${i + 1}) is blank but paidAmounts (item ${i + 1}) is not.` });
      return [{ date, amountCents: cents(paid, `paidAmounts (item ${i + 1})`) }];
    });
    const interestCents = computeInterest({ amountCents: cents(amountIn, "amount"), dueDate, payments: list, asOf: day }, { method: INTEREST_METHODS[how] ?? "simple-daily", annualRatePercent: rate });
    return interestCents / 100;
  });
}

const INVOICE_KEY = { name: "invoice", kind: "id", whenBlank: "required", what: "an invoice number" } as const;
const INVOICE_OR_CUSTOMER_KEY = { name: "invoiceOrCustomer", kind: "id", whenBlank: "required", what: "an invoice number or a customer" } as const;
const SHOW = { name: "show", kind: "choice", choices: ["score", "band", "reasons"], whenBlank: "score" } as const;

/**
 * Risk that an invoice is paid late, 0-100 (the chance × 100), learned from the paid invoices in the register; or, given a customer, the risk for their next invoice. The task pane's and collect run's figures.
 * @customfunction RISK
 * @volatile
 * @param invoiceOrCustomer An invoice number from invoices (an invoice open on asOf), or a customer from customers.
 * @param invoices The register's invoice numbers, one per row, e.g. Invoices[Invoice].
 * @param customers The customer of each invoice (name or id), same size.
 * @param invoiceDates Invoice dates, same size.
 * @param dueDates Due dates, same size.
 * @param amounts Invoice amounts, same size; negative for a credit note.
 * @param paidDates The date each invoice was paid in full, same size; blank while it is open.
 * @param [asOf] The day to predict on: only what was known by its end is used. Leave out for today.
 * @param [show] "score" (default: 0-100), "band" (low, medium or high) or "reasons" (the top reasons in words).
 * @returns The risk score, band or reasons.
 */
export function risk(
  invoiceOrCustomer: unknown, invoices: unknown[][], customers: unknown[][], invoiceDates: unknown[][], dueDates: unknown[][], amounts: unknown[][], paidDates: unknown[][], asOf?: unknown, show?: unknown,
): number | string {
  return runFunction(() => {
    const [key, day, what] = coerceArguments([INVOICE_OR_CUSTOMER_KEY, AS_OF, SHOW] as const, [invoiceOrCustomer, asOf, show]);
    const prediction = predictRegister([invoices, customers, invoiceDates, dueDates, amounts, paidDates], day);
    const target = findTarget(prediction, key);
    const rated = target.kind === "invoice" ? openInvoicePrediction(prediction, target.row) : customerRiskOf(prediction, target.customerKey, target.shown);
    if (what === "band") return rated.riskBand;
    if (what === "reasons") return formatReasons(rated.reasons);
    return rated.riskScore;
  });
}

/**
 * The day an invoice is expected to be paid: its due date plus the days late predicted from the register's paid invoices, never before asOf. An invoice already paid by asOf gives its paid date. Format the cell as a date.
 * @customfunction PAYDATE
 * @volatile
 * @param invoice An invoice number from invoices.
 * @param invoices The register's invoice numbers, one per row, e.g. Invoices[Invoice].
 * @param customers The customer of each invoice (name or id), same size.
 * @param invoiceDates Invoice dates, same size.
 * @param dueDates Due dates, same size.
 * @param amounts Invoice amounts, same size; negative for a credit note.
 * @param paidDates The date each invoice was paid in full, same size; blank while it is open.
 * @param [asOf] The day to predict on: only what was known by its end is used. Leave out for today.
 * @returns The predicted (or actual) pay date as a date serial.
 */
export function payDate(invoice: unknown, invoices: unknown[][], customers: unknown[][], invoiceDates: unknown[][], dueDates: unknown[][], amounts: unknown[][], paidDates: unknown[][], asOf?: unknown): number {
  return runFunction(() => {
    const [key, day] = coerceArguments([INVOICE_KEY, AS_OF] as const, [invoice, asOf]);
    const prediction = predictRegister([invoices, customers, invoiceDates, dueDates, amounts, paidDates], day);
    const row = findInvoice(prediction, key);
    const date = paidByAsOf(prediction, row) ?? openInvoicePrediction(prediction, row).predictedPayDate;
    return valueOf(isoDateToSerial(date, getDateSystem()), "PAYDATE");
  });
}
