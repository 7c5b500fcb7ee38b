import { DEFAULT_AGING_BUCKETS, summarizeAging, type AgingBuckets, type AgingSummary } from "../aging/bucket-aging";
import type { IsoDate } from "../dates/iso-date";
import type { ContactLogEntry, Customer, Ledger } from "../ledger/ledger";
import type { Cents } from "../money/cents";
import { computeCharges } from "../fees/compute-charges";
import type { FeeCharge } from "../fees/interest-terms";
import { interestTermsOf, type CollectPolicy } from "../policy/collect-policy";
import { paymentsOf } from "./_lib/payment-index";
import type { Account } from "./accounts";
import { decideAccount, describeItemHold, type CustomerDecision, type DecisionOutcome, type ItemHold } from "./customer-decision";
import type { CustomerRiskRating } from "./customer-risks";
import { buildDeskContext, type DeskContext, type DeskOptions } from "./desk-context";
import { disputeOf } from "./disputes";
import type { PayerProfile } from "./payer-profile";
import type { PlanStatus } from "./payment-plan";
import { promiseKeptRate, type PromiseKeptRate, type PromiseRecord } from "./promises";

/** A customer's account status (the `Collect Customers` sheet), per currency. */
export interface CustomerStatus {
  readonly customerKey: string;
  readonly customerName: string;
  readonly currency: string | null;
  readonly mixedCurrencies: boolean;
  /** Net balance: open invoices + credit memos − unapplied payments. */
  readonly balanceCents: Cents;
  readonly openCents: Cents;
  readonly overdueCents: Cents;
  /** Unapplied payments (shown apart from the aging, which ages documents only). */
  readonly unappliedCents: Cents;
  /** Open invoices and credit memos by bucket; total + unapplied = balance. Items without a due date age as Current. */
  readonly aging: AgingSummary;
  readonly oldest: { readonly invoiceNo: string; readonly dueDate: IsoDate | null; readonly daysPastDue: number | null } | null;
  /** Days to pay and late (simple and weighted), trend and rating; null when the customer has no invoices. */
  readonly profile: PayerProfile | null;
  readonly creditLimitCents: Cents | null;
  /** Balance ÷ credit limit, or null without a limit. */
  readonly creditUse: number | null;
  readonly disputedInvoiceNos: readonly string[];
  readonly disputedCents: Cents;
  readonly promises: PromiseKeptRate;
  readonly plan: PlanStatus | null;
  readonly lastContact: ContactLogEntry | null;
  /** The account's decision today, or null when nothing is open. */
  readonly outcome: DecisionOutcome | null;
  readonly nextActionDate: IsoDate | null;
  /** The next action in words ("Send a final notice with a deadline", "On hold: disputed", "In credit"). */
  readonly nextAction: string;
  /**
   * The late fee and interest a letter at the account's stage would carry today (the policy's fee for the level,
   * interest on the overdue invoices when the level charges it), or null when the stage charges neither.
   */
  readonly charges: FeeCharge | null;
  /** The customer's late-payment risk on the as-of date, or null when no prediction was made. */
  readonly risk: CustomerRiskRating | null;
}

/** Options for `buildCustomerStatuses`. */
export interface CustomerStatusOptions extends DeskOptions {
  /** Aging buckets. @defaultvalue DEFAULT_AGING_BUCKETS */
  readonly buckets?: AgingBuckets;
  /** Decisions already made for the same ledger, policy and date (from `buildWorklist`). */
  readonly decisions?: readonly CustomerDecision[];
  /** The desk context already built for the same ledger, policy and date (saves building it twice). */
  readonly context?: DeskContext;
}

function describeNext(decision: CustomerDecision | null): string {
  if (decision === null) return "Nothing open";
  switch (decision.outcome) {
    case "act":
      return decision.stage?.action ?? "";
    case "wait":
      return `Wait, then: ${decision.stage?.action ?? ""}`;
    case "hold":
      return `On hold: ${[...new Set(decision.heldItems.map((item) => describeItemHold(item.hold as ItemHold)))].join("; ")}`;
    case "in-credit":
      return "In credit: not chased";
    case "below-minimum":
      return "Below the minimum balance worth chasing";
    case "nothing-due":
      return "No action yet";
  }
}

/** What the statuses look up per customer, indexed once (a large ledger has thousands of customers). */
interface StatusIndex {
  readonly customers: ReadonlyMap<string, Customer>;
  /** The first invoice of each customer, and its first with a currency. */
  readonly firstInvoice: ReadonlyMap<string, { readonly name: string; readonly currency: string | null }>;
  readonly promises: ReadonlyMap<string, readonly PromiseRecord[]>;
}

function indexStatuses(ctx: DeskContext): StatusIndex {
  const firstInvoice = new Map<string, { name: string; currency: string | null }>();
  for (const invoice of ctx.ledger.invoices) {
    const seen = firstInvoice.get(invoice.customerKey);
    if (seen === undefined) firstInvoice.set(invoice.customerKey, { name: invoice.customerName, currency: invoice.currency });
    else if (seen.currency === null && invoice.currency !== null) seen.currency = invoice.currency;
  }
  const promises = new Map<string, PromiseRecord[]>();
  for (const promise of ctx.promises) {
    const list = promises.get(promise.customerKey);
    if (list === undefined) promises.set(promise.customerKey, [promise]);
    else list.push(promise);
  }
  return { customers: new Map(ctx.ledger.customers.map((c) => [c.key, c])), firstInvoice, promises };
}

function emptyAccount(index: StatusIndex, customerKey: string): Account {
  const customer = index.customers.get(customerKey) ?? null;
  const first = index.firstInvoice.get(customerKey);
  const name = customer?.name ?? first?.name ?? customerKey;
  const currency = first?.currency ?? null;
  const zero = 0 as Cents;
  return { customerKey, customerName: name, customer, currency, openItems: [], creditItems: [], unappliedPayments: [], openCents: zero, creditCents: zero, netCents: zero, overdueCents: zero, mixedCurrencies: false };
}

function statusOf(account: Account, decision: CustomerDecision | null, ctx: DeskContext, buckets: AgingBuckets, index: StatusIndex): CustomerStatus {
  const documents = [...account.openItems, ...account.creditItems];
  const aging = summarizeAging(documents.map((item) => ({ openCents: item.openCents, daysPastDue: item.daysPastDue ?? 0 })), buckets);
  const oldestItem = account.openItems[0];
  const disputed = account.openItems.filter((item) => disputeOf(ctx.disputes, item.invoice) !== null);
  const history = ctx.contacts.get(account.customerKey) ?? [];
  const limit = account.customer?.creditLimitCents ?? null;
  return {
    customerKey: account.customerKey,
    customerName: account.customerName,
    currency: account.currency,
    mixedCurrencies: account.mixedCurrencies,
    balanceCents: account.netCents,
    openCents: account.openCents,
    overdueCents: account.overdueCents,
    unappliedCents: account.unappliedPayments.reduce((sum, payment) => sum + payment.amountCents, 0) as Cents,
    aging,
    oldest: oldestItem === undefined ? null : { invoiceNo: oldestItem.invoice.invoiceNo, dueDate: oldestItem.invoice.dueDate, daysPastDue: oldestItem.daysPastDue },
    profile: ctx.profiles.get(account.customerKey) ?? null,
    risk: ctx.risks.get(account.customerKey) ?? null,
    creditLimitCents: limit,
    creditUse: limit !== null && limit > 0 ? account.netCents / limit : null,
    disputedInvoiceNos: disputed.map((item) => item.invoice.invoiceNo),
    disputedCents: disputed.reduce((sum, item) => sum + item.openCents, 0) as Cents,
    promises: promiseKeptRate(index.promises.get(account.customerKey) ?? []),
    plan: ctx.plans.get(account.customerKey) ?? null,
    lastContact: history[history.length - 1] ?? null,
    outcome: decision?.outcome ?? null,
    nextActionDate: decision?.nextActionDate ?? null,
    nextAction: describeNext(decision),
    charges: chargesOf(account, decision, ctx),
  };
}

/** The charges of a letter at the account's stage today, on the open invoices past their due date. */
function chargesOf(account: Account, decision: CustomerDecision | null, ctx: DeskContext): FeeCharge | null {
  const stage = decision?.stage ?? null;
  if (stage === null) return null;
  const overdue = account.openItems.filter((item) => (item.daysPastDue ?? 0) > 0).map((item) => ({ invoice: item.invoice, applied: paymentsOf(ctx.payments, item.invoice) }));
  return computeCharges(stage, overdue, interestTermsOf(ctx.policy), ctx.asOf);
}

/**
 * The account status of every customer on the as-of date: one row per account (customer × currency), plus a
 * zero-balance row for customers with nothing open, so their payment history is still shown.
 *
 * @example buildCustomerStatuses(ledger, DEFAULT_COLLECT_POLICY, "2026-11-25" as IsoDate)[0]?.profile?.rating //=> "B"
 */
export function buildCustomerStatuses(ledger: Ledger, policy: CollectPolicy, asOf: IsoDate, options?: CustomerStatusOptions): readonly CustomerStatus[] {
  const ctx = options?.context ?? buildDeskContext(ledger, policy, asOf, options);
  const index = indexStatuses(ctx);
  const buckets = options?.buckets ?? DEFAULT_AGING_BUCKETS;
  const given = new Map((options?.decisions ?? []).map((d) => [`${d.account.customerKey}\u0000${d.account.currency ?? ""}`, d]));
  const decisionOf = (account: Account): CustomerDecision => given.get(`${account.customerKey}\u0000${account.currency ?? ""}`) ?? decideAccount(account, ctx);
  const statuses = ctx.accounts.map((account) => statusOf(account, decisionOf(account), ctx, buckets, index));
  const withAccount = new Set(ctx.accounts.map((account) => account.customerKey));
  const others = [...new Set([...ctx.ledger.customers.map((c) => c.key), ...ctx.ledger.invoices.map((i) => i.customerKey)])].filter((key) => !withAccount.has(key)).sort();
  const all = [...statuses, ...others.map((key) => statusOf(emptyAccount(index, key), null, ctx, buckets, index))];
  return all.sort((a, b) => (a.customerKey !== b.customerKey ? (a.customerKey < b.customerKey ? -1 : 1) : (a.currency ?? "") < (b.currency ?? "") ? -1 : (a.currency ?? "") > (b.currency ?? "") ? 1 : 0));
}
