import { DEFAULT_AGING_BUCKETS, summarizeAging, type AgingBuckets, type AgingSummary } from "../aging/bucket-aging";
import type { IsoDate } from "../dates/iso-date";
import type { ContactLogEntry, Ledger } from "../ledger/ledger";
import type { Cents } from "../money/cents";
import type { CollectPolicy } from "../policy/collect-policy";
import type { Account } from "./accounts";
import { decideAccount, describeItemHold, type CustomerDecision, type DecisionOutcome, type ItemHold } from "./customer-decision";
import { buildDeskContext, type DeskContext, type DeskOptions } from "./desk-context";
import { disputeOf } from "./disputes";
import type { PayerProfile } from "./payer-profile";
import type { PlanStatus } from "./payment-plan";
import { promiseKeptRate, type PromiseKeptRate } from "./promises";

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
}

/** Options for `buildCustomerStatuses`. */
export interface CustomerStatusOptions extends DeskOptions {
  /** Aging buckets. @defaultvalue DEFAULT_AGING_BUCKETS */
  readonly buckets?: AgingBuckets;
  /** Decisions already made for the same ledger, policy and date (from `buildWorklist`). */
  readonly decisions?: readonly CustomerDecision[];
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

function emptyAccount(ctx: DeskContext, customerKey: string): Account {
  const customer = ctx.ledger.customers.find((c) => c.key === customerKey) ?? null;
  const name = customer?.name ?? ctx.ledger.invoices.find((invoice) => invoice.customerKey === customerKey)?.customerName ?? customerKey;
  const currency = ctx.ledger.invoices.find((invoice) => invoice.customerKey === customerKey && invoice.currency !== null)?.currency ?? null;
  const zero = 0 as Cents;
  return { customerKey, customerName: name, customer, currency, openItems: [], creditItems: [], unappliedPayments: [], openCents: zero, creditCents: zero, netCents: zero, overdueCents: zero, mixedCurrencies: false };
}

function statusOf(account: Account, decision: CustomerDecision | null, ctx: DeskContext, buckets: AgingBuckets): CustomerStatus {
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
    creditLimitCents: limit,
    creditUse: limit !== null && limit > 0 ? account.netCents / limit : null,
    disputedInvoiceNos: disputed.map((item) => item.invoice.invoiceNo),
    disputedCents: disputed.reduce((sum, item) => sum + item.openCents, 0) as Cents,
    promises: promiseKeptRate(ctx.promises.filter((promise) => promise.customerKey === account.customerKey)),
    plan: ctx.plans.get(account.customerKey) ?? null,
    lastContact: history[history.length - 1] ?? null,
    outcome: decision?.outcome ?? null,
    nextActionDate: decision?.nextActionDate ?? null,
    nextAction: describeNext(decision),
  };
}

/**
 * The account status of every customer on the as-of date: one row per account (customer × currency), plus a
 * zero-balance row for customers with nothing open, so their payment history is still shown.
 *
 * @example buildCustomerStatuses(ledger, DEFAULT_COLLECT_POLICY, "2026-11-25" as IsoDate)[0]?.profile?.rating //=> "B"
 */
export function buildCustomerStatuses(ledger: Ledger, policy: CollectPolicy, asOf: IsoDate, options?: CustomerStatusOptions): readonly CustomerStatus[] {
  const ctx = buildDeskContext(ledger, policy, asOf, options);
  const buckets = options?.buckets ?? DEFAULT_AGING_BUCKETS;
  const given = new Map((options?.decisions ?? []).map((d) => [`${d.account.customerKey}\u0000${d.account.currency ?? ""}`, d]));
  const decisionOf = (account: Account): CustomerDecision => given.get(`${account.customerKey}\u0000${account.currency ?? ""}`) ?? decideAccount(account, ctx);
  const statuses = ctx.accounts.map((account) => statusOf(account, decisionOf(account), ctx, buckets));
  const withAccount = new Set(ctx.accounts.map((account) => account.customerKey));
  const others = [...new Set([...ledger.customers.map((c) => c.key), ...ledger.invoices.map((i) => i.customerKey)])].filter((key) => !withAccount.has(key)).sort();
  const all = [...statuses, ...others.map((key) => statusOf(emptyAccount(ctx, key), null, ctx, buckets))];
  return all.sort((a, b) => (a.customerKey !== b.customerKey ? (a.customerKey < b.customerKey ? -1 : 1) : (a.currency ?? "") < (b.currency ?? "") ? -1 : (a.currency ?? "") > (b.currency ?? "") ? 1 : 0));
}
