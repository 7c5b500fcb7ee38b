import { addDays, type IsoDate } from "../dates/iso-date";
import type { Ledger } from "../ledger/ledger";
import type { Cents } from "../money/cents";
import type { CollectPolicy } from "../policy/collect-policy";
import type { Channel, Tone } from "../policy/policy";
import { describeRisk } from "../policy/select-scenario";
import type { RiskBand } from "../predict/risk-band";
import type { Issue } from "../types/issue";
import { findAlerts, type Alert } from "./alerts";
import { auditFor, type AuditRecord } from "./audit";
import { decideAccount, describeItemHold, type CustomerDecision, type ItemHold } from "./customer-decision";
import { toScenarioRisk } from "./customer-risks";
import { checkContactDetails, checkData } from "./data-check";
import { buildDeskContext, type DeskContext, type DeskOptions } from "./desk-context";
import { describePriority } from "./priority-reason";
import { comparePriority, scorePriority, type FactorScore } from "./priority";
import type { PriorityWeights } from "./priority-weights";

/** Options for `buildWorklist`. */
export interface WorklistOptions extends DeskOptions {
  /** Leave out rows whose oldest invoice is fewer days past due than this (pre-due reminders are < 1). */
  readonly minDaysPastDue?: number;
  /** Locale for amounts in the reason. @defaultvalue "en-US" */
  readonly locale?: string;
  /** Collector for customers without one. @defaultvalue "Unassigned" */
  readonly defaultCollector?: string;
  /** The desk context already built for the same ledger, policy and date (saves building it twice). */
  readonly context?: DeskContext;
}

/**
 * One customer account needing action today. A customer with open items in two currencies gets one row per
 * currency (flagged `mixedCurrencies`): amounts of different currencies are never added, and each row can be
 * ranked and explained on its own.
 */
export interface WorklistRow {
  /** 1 = most urgent. */
  readonly rank: number;
  readonly customerKey: string;
  readonly customerName: string;
  readonly currency: string | null;
  readonly mixedCurrencies: boolean;
  readonly stageLevel: number;
  readonly stageName: string;
  readonly action: string;
  readonly channel: Channel;
  readonly tone: Tone;
  readonly template: string;
  readonly scenario: string;
  readonly score: number;
  readonly factors: readonly FactorScore[];
  readonly reason: string;
  /** Open invoices of the account (held ones included). */
  readonly amountDueCents: Cents;
  /** The part past its due date. */
  readonly overdueCents: Cents;
  /** Net balance after credits and unapplied payments. */
  readonly netCents: Cents;
  readonly oldestDaysPastDue: number;
  readonly oldestDueDate: IsoDate | null;
  /** The invoices behind the action, oldest due first. */
  readonly invoiceNos: readonly string[];
  /** Invoices of the account left out of the action (disputed, on a plan …). */
  readonly heldInvoiceNos: readonly string[];
  readonly contactPerson: string | null;
  readonly email: string | null;
  readonly phone: string | null;
  /** The day to follow up if today's contact brings nothing. */
  readonly nextActionDate: IsoDate | null;
  readonly collector: string;
  /** The customer's late-payment risk score (0–100) and band; null when not rated. */
  readonly riskScore: number | null;
  readonly riskBand: RiskBand | null;
  readonly why: readonly string[];
}

/** An invoice (or a whole account) not chased because it is on hold, with the reason. */
export interface HeldEntry {
  readonly customerKey: string;
  readonly customerName: string;
  readonly currency: string | null;
  readonly invoiceNo: string;
  readonly openCents: Cents;
  readonly hold: ItemHold;
  readonly reason: string;
  /** When chasing may resume (promise deadline + 1), or null when it takes a person (dispute, stop switch). */
  readonly until: IsoDate | null;
}

/** A customer account in credit: listed, never chased. */
export interface CreditEntry {
  readonly customerKey: string;
  readonly customerName: string;
  readonly currency: string | null;
  readonly netCents: Cents;
  readonly openCents: Cents;
  readonly creditCents: Cents;
}

/** Today's rows of one collector. */
export interface CollectorTodo {
  readonly collector: string;
  readonly rows: readonly WorklistRow[];
}

/** Today's collections work, ranked and explained, with everything left out and why. */
export interface Worklist {
  readonly asOf: IsoDate;
  readonly rows: readonly WorklistRow[];
  readonly holds: readonly HeldEntry[];
  readonly credits: readonly CreditEntry[];
  readonly alerts: readonly Alert[];
  readonly byCollector: readonly CollectorTodo[];
  /** Every account's decision (act, wait, hold, in credit, below minimum, nothing due). */
  readonly decisions: readonly CustomerDecision[];
  readonly audit: readonly AuditRecord[];
  /** The data check's findings (run first). */
  readonly issues: readonly Issue[];
}

/** Days in the broken-promise factor's look-back window. */
const BROKEN_PROMISE_WINDOW_DAYS = 365;

function brokenPromiseCount(ctx: DeskContext, decision: CustomerDecision): number {
  const since = addDays(ctx.asOf, -BROKEN_PROMISE_WINDOW_DAYS);
  const broken = ctx.promises.filter((p) => p.customerKey === decision.account.customerKey && p.status === "broken" && p.resolvedOn !== null && p.resolvedOn > since).length;
  return broken + (decision.plan?.state === "missed" ? 1 : 0);
}

interface Draft {
  readonly decision: CustomerDecision & { readonly stage: NonNullable<CustomerDecision["stage"]>; readonly tone: Tone };
  readonly chaseOverdueCents: number;
}

function toRow(draft: Draft, ctx: DeskContext, weights: PriorityWeights, largest: ReadonlyMap<string, number>, options: WorklistOptions | undefined): Omit<WorklistRow, "rank"> {
  const { decision } = draft;
  const { account, stage, profile } = decision;
  const scenarioPolicy = ctx.scenarios.get(account.customerKey)?.policy ?? ctx.policy;
  const items = decision.actionItems.map((item) => ({ openCents: item.item.openCents, daysPastDue: item.item.daysPastDue ?? 0 }));
  const oldestDaysPastDue = Math.max(...items.map((item) => item.daysPastDue));
  const limit = account.customer?.creditLimitCents ?? null;
  const creditUse = limit !== null && limit > 0 ? account.netCents / limit : null;
  const score = scorePriority(
    {
      amountAtRiskCents: draft.chaseOverdueCents,
      largestAmountAtRiskCents: largest.get(account.currency ?? "") ?? 0,
      oldestDaysPastDue,
      brokenPromises: brokenPromiseCount(ctx, decision),
      recentDaysToPay: profile?.recentDaysToPay ?? null,
      usualDaysToPay: profile?.usualDaysToPay ?? null,
      creditUse,
      stageLevel: stage.level,
      topStageLevel: Math.max(...scenarioPolicy.stages.map((s) => s.level)),
    },
    weights,
  );
  const scenario = ctx.scenarios.get(account.customerKey);
  const risk = ctx.risks.get(account.customerKey) ?? null;
  // A contact before the due date because the risk picked the scenario: the reason says what the risk rests on. Once
  // past due the amount and days say why, and the audit trail keeps the scenario's reason.
  const scenarioRisk = scenario?.rule?.field === "risk-band" && oldestDaysPastDue <= 0 ? toScenarioRisk(risk ?? undefined) : null;
  const reason = describePriority(
    {
      score,
      riskNote: scenarioRisk === null ? null : describeRisk(scenarioRisk),
      currency: account.currency,
      items,
      brokenPromiseDate: decision.brokenPromise?.promiseDate ?? null,
      missedInstallmentDate: decision.plan?.state === "missed" ? (decision.plan.missedInstallment?.dueDate ?? null) : null,
      recentDaysToPay: profile?.recentDaysToPay ?? null,
      usualDaysToPay: profile?.usualDaysToPay ?? null,
      creditUse,
      asOf: ctx.asOf,
    },
    options?.locale === undefined ? undefined : { locale: options.locale },
  );
  const customer = account.customer;
  return {
    customerKey: account.customerKey,
    customerName: account.customerName,
    currency: account.currency,
    mixedCurrencies: account.mixedCurrencies,
    stageLevel: stage.level,
    stageName: stage.name,
    action: stage.action,
    channel: stage.channel,
    tone: decision.tone,
    template: stage.template,
    scenario: decision.scenario,
    score: score.score,
    factors: score.factors,
    reason,
    amountDueCents: account.openCents,
    overdueCents: account.overdueCents,
    netCents: account.netCents,
    oldestDaysPastDue,
    oldestDueDate: decision.actionItems[0]?.item.invoice.dueDate ?? null,
    invoiceNos: decision.actionItems.map((item) => item.item.invoice.invoiceNo),
    heldInvoiceNos: decision.heldItems.map((item) => item.item.invoice.invoiceNo),
    contactPerson: customer?.contactPerson ?? null,
    email: customer?.email ?? null,
    phone: customer?.phone ?? null,
    nextActionDate: decision.nextActionDate,
    collector: customer?.collector?.trim() || (options?.defaultCollector ?? "Unassigned"),
    riskScore: risk?.score ?? null,
    riskBand: risk?.band ?? null,
    why: decision.why,
  };
}

function heldEntry(decision: CustomerDecision, item: CustomerDecision["heldItems"][number]): HeldEntry {
  const { account } = decision;
  const hold = item.hold as ItemHold;
  const promise = hold === "promise" && item.promise !== null ? ` by ${item.promise.promiseDate}` : "";
  return {
    customerKey: account.customerKey,
    customerName: account.customerName,
    currency: account.currency,
    invoiceNo: item.item.invoice.invoiceNo,
    openCents: item.item.openCents,
    hold,
    reason: `${describeItemHold(hold)}${promise}`,
    until: hold === "promise" || hold === "plan" ? (item.stage?.nextActionDate ?? null) : null,
  };
}

function heldEntries(decision: CustomerDecision): readonly HeldEntry[] {
  return decision.heldItems.map((item) => heldEntry(decision, item));
}

/**
 * Builds today's worklist: runs the data check, decides every account (see `decideAccount`), scores and
 * ranks the accounts that act today (see `comparePriority`), explains each in plain words, and lists what
 * was left out: holds with their reason, accounts in credit, alerts, and the audit trail. Accounts in credit
 * never appear as rows.
 *
 * @example buildWorklist(ledger, DEFAULT_COLLECT_POLICY, DEFAULT_PRIORITY_WEIGHTS, "2026-11-25" as IsoDate).rows[0]?.reason
 * //=> "£12,400 over 60 days; broke a promise on 3 Nov; usually pays in 18 days, now 47"
 */
export function buildWorklist(ledger: Ledger, policy: CollectPolicy, weights: PriorityWeights, asOf: IsoDate, options?: WorklistOptions): Worklist {
  const ctx = options?.context ?? buildDeskContext(ledger, policy, asOf, options);
  const dataIssues = checkData(ledger, asOf, { accounts: ctx.accounts });
  const decisions = ctx.accounts.map((account) => decideAccount(account, ctx));
  const audit: AuditRecord[] = decisions.flatMap((decision) => decision.audit);
  const drafts: Draft[] = [];
  for (const decision of decisions) {
    if (decision.outcome !== "act" || decision.stage === null || decision.tone === null) continue;
    const chaseOverdueCents = decision.actionItems.reduce((sum, item) => sum + ((item.item.daysPastDue ?? 0) > 0 ? item.item.openCents : 0), 0);
    drafts.push({ decision: { ...decision, stage: decision.stage, tone: decision.tone }, chaseOverdueCents });
  }
  const largest = new Map<string, number>();
  for (const draft of drafts) {
    const key = draft.decision.account.currency ?? "";
    largest.set(key, Math.max(largest.get(key) ?? 0, draft.chaseOverdueCents));
  }
  const minAge = options?.minDaysPastDue;
  const unranked = drafts.map((draft) => toRow(draft, ctx, weights, largest, options)).filter((row) => {
    if (minAge === undefined || row.oldestDaysPastDue >= minAge) return true;
    audit.push(auditFor(row.customerKey, row.currency)(null, "min-age", "skip", `oldest invoice ${row.oldestDaysPastDue} days past due, below the filter of ${minAge}`));
    return false;
  });
  const rows = [...unranked]
    .sort((a, b) => comparePriority({ ...a, amountCents: a.amountDueCents }, { ...b, amountCents: b.amountDueCents }))
    .map((row, i) => ({ ...row, rank: i + 1 }));
  const collectors = [...new Set(rows.map((row) => row.collector))].sort();
  return {
    asOf,
    rows,
    holds: decisions.flatMap(heldEntries),
    credits: decisions
      .filter((decision) => decision.outcome === "in-credit")
      .map(({ account }) => ({ customerKey: account.customerKey, customerName: account.customerName, currency: account.currency, netCents: account.netCents, openCents: account.openCents, creditCents: account.creditCents })),
    alerts: findAlerts(ctx.accounts, policy),
    byCollector: collectors.map((collector) => ({ collector, rows: rows.filter((row) => row.collector === collector) })),
    decisions,
    audit,
    issues: [...dataIssues, ...checkContactDetails(rows, ledger)],
  };
}
