import { addDays, maxIsoDate, type IsoDate } from "../dates/iso-date";
import type { Ledger } from "../ledger/ledger";
import type { Cents } from "../money/cents";
import { minBalanceFor, type CollectPolicy } from "../policy/collect-policy";
import { computeStage, formatStageWhy, type HoldReason, type StageResult } from "../policy/compute-stage";
import { resolveTone, type Channel, type StageDefinition, type Tone } from "../policy/policy";
import { STANDARD_SCENARIO } from "../policy/scenario";
import type { Account, OpenItem } from "./accounts";
import { auditFor, type AuditRecord, type AuditRule } from "./audit";
import { lastContactAtLevel, lastContactBy, lastContactDate, loggedLevel, type ContactHistory } from "./contact-history";
import { buildDeskContext, type DeskContext, type DeskOptions } from "./desk-context";
import { disputeOf, type Dispute } from "./disputes";
import { formatMoney } from "./format-money";
import type { PayerProfile } from "./payer-profile";
import { planCovers, type PlanStatus } from "./payment-plan";
import { governingPromise, type PromiseRecord } from "./promises";

/**
 * act: on today's worklist. wait: a stage applies but a gap rule says not yet. hold: everything chaseable is
 * paused. in-credit: net balance ≤ 0, never chased. below-minimum: too small to chase. nothing-due: no stage
 * with an action yet.
 */
export type DecisionOutcome = "act" | "wait" | "hold" | "in-credit" | "below-minimum" | "nothing-due";

/** Why an invoice is not chased: a stage hold, or data that contradicts itself or is missing. */
export type ItemHold = HoldReason | "marked-paid" | "no-due-date";

/** The decision for one open invoice. */
export interface ItemDecision {
  readonly item: OpenItem;
  /** The invoice's stage, or null when it has no due date or the sheet says it is paid. */
  readonly stage: StageResult | null;
  readonly hold: ItemHold | null;
  readonly promise: PromiseRecord | null;
  readonly dispute: Dispute | null;
  readonly lastContact: IsoDate | null;
}

/** The decision for one account (customer × currency) on the as-of date. */
export interface CustomerDecision {
  readonly account: Account;
  readonly outcome: DecisionOutcome;
  readonly scenario: string;
  /** The stage to act at (act) or that will apply (wait), else null. */
  readonly stage: StageDefinition | null;
  readonly channel: Channel | null;
  readonly tone: Tone | null;
  /** Every open invoice of the account with its own decision. */
  readonly items: readonly ItemDecision[];
  /** The invoices behind the action: not held and at a stage with an action. */
  readonly actionItems: readonly ItemDecision[];
  readonly heldItems: readonly ItemDecision[];
  /** Act: the day to follow up if today's contact brings nothing. Otherwise the day something next changes. */
  readonly nextActionDate: IsoDate | null;
  /** The customer's last logged contact, any invoice. */
  readonly lastContact: IsoDate | null;
  /** The broken promise behind an escalation, if any. */
  readonly brokenPromise: PromiseRecord | null;
  readonly plan: PlanStatus | null;
  readonly profile: PayerProfile | null;
  /** The decision in a few plain phrases, most important first. */
  readonly why: readonly string[];
  readonly audit: readonly AuditRecord[];
}

type Recorder = (invoiceNo: string | null, rule: AuditRule, outcome: AuditRecord["outcome"], detail: string) => AuditRecord;

const HOLD_RULE: Readonly<{ [K in ItemHold]: AuditRule }> = {
  stopped: "stop-switch",
  disputed: "dispute",
  plan: "plan",
  promise: "promise",
  "marked-paid": "marked-paid",
  "no-due-date": "no-due-date",
};

/** Words for an item hold, for lists and the account status. @example describeItemHold("plan") //=> "payment plan on track" */
export function describeItemHold(hold: ItemHold): string {
  switch (hold) {
    case "stopped":
      return "stop switch on";
    case "disputed":
      return "disputed";
    case "plan":
      return "payment plan on track";
    case "promise":
      return "promise to pay not yet due";
    case "marked-paid":
      return "marked paid but still open: check the sheet";
    case "no-due-date":
      return "no due date";
  }
}

function earliest(dates: readonly (IsoDate | null)[]): IsoDate | null {
  let found: IsoDate | null = null;
  for (const date of dates) if (date !== null && (found === null || date < found)) found = date;
  return found;
}

function decideItem(item: OpenItem, ctx: DeskContext, scenarioPolicy: CollectPolicy, customerStopped: boolean, history: ContactHistory, plan: PlanStatus | null, record: Recorder): ItemDecision {
  const { invoice } = item;
  const lastContact = lastContactDate(history, invoice.invoiceNo);
  const base = { item, promise: null, dispute: null, lastContact };
  const open = formatMoney(item.openCents, invoice.currency);
  if (item.markedPaid) {
    record(invoice.invoiceNo, "marked-paid", "skip", `${invoice.source}: the sheet says paid, yet ${open} is open; not chased until the sheet agrees`);
    return { ...base, stage: null, hold: "marked-paid" };
  }
  if (invoice.dueDate === null) {
    record(invoice.invoiceNo, "no-due-date", "skip", `${invoice.source}: no due date (and no invoice date with terms); cannot tell how late ${open} is`);
    return { ...base, stage: null, hold: "no-due-date" };
  }
  const dispute = disputeOf(ctx.disputes, invoice);
  const promise = governingPromise(ctx.promises, invoice);
  const covered = plan !== null && plan.state !== "completed" && planCovers(plan.plan, invoice);
  const stage = computeStage(
    {
      dueDate: invoice.dueDate,
      asOf: ctx.asOf,
      disputed: dispute !== null,
      onHold: invoice.onHold || customerStopped,
      promiseDate: promise?.promiseDate ?? null,
      promiseGraceDays: ctx.policy.promiseGraceDays,
      planOnTrack: covered && plan.state === "on-track",
      missedInstallmentDate: covered && plan.state === "missed" ? (plan.missedInstallment?.dueDate ?? null) : null,
      lastContact,
    },
    scenarioPolicy,
  );
  const hold = stage.hold;
  const why = formatStageWhy(stage);
  if (hold !== null) record(invoice.invoiceNo, HOLD_RULE[hold], "hold", `${open}: ${why}`);
  else record(invoice.invoiceNo, "stage", stage.status, `${open}: ${why}`);
  return { item, stage, hold, promise, dispute, lastContact };
}

interface GapCheck {
  readonly rule: AuditRule;
  readonly until: IsoDate;
  readonly detail: string;
}

/**
 * The customer-level gap rules, measured from the customer's contacts whichever invoice they were about (one
 * consolidated contact per customer): the frequency cap since the last contact; since that contact, the days
 * between levels when it was at a lower level, else the stage's own minimum gap (its level unknown counts as
 * the same level: the conservative reading); and how often to call.
 */
function gapChecks(stage: StageDefinition, history: ContactHistory, policy: CollectPolicy, asOf: IsoDate): readonly GapCheck[] {
  const checks: GapCheck[] = [];
  const last = history[history.length - 1];
  if (last !== undefined) {
    const cap = addDays(last.date, policy.minDaysBetweenContacts);
    if (cap > asOf) checks.push({ rule: "frequency-cap", until: cap, detail: `last contact ${last.date}; at most one contact every ${policy.minDaysBetweenContacts} days: wait until ${cap}` });
    const level = loggedLevel(last, policy);
    if (level !== null && level < stage.level) {
      const until = addDays(last.date, policy.minDaysBetweenLevels);
      if (until > asOf) checks.push({ rule: "level-gap", until, detail: `level ${level} contact on ${last.date}; ${policy.minDaysBetweenLevels} days between levels: level ${stage.level} waits until ${until}` });
    } else {
      const until = addDays(last.date, stage.minDaysSinceContact);
      const at = level === null ? "" : ` at level ${level}`;
      if (until > asOf) checks.push({ rule: "stage-gap", until, detail: `last contact${at} on ${last.date}; level ${stage.level} ${stage.name} repeats at most every ${stage.minDaysSinceContact} days: wait until ${until}` });
    }
  }
  if (stage.channel === "call") {
    const call = lastContactBy(history, "call");
    if (call !== null) {
      const until = addDays(call.date, policy.callIntervalDays);
      if (until > asOf) checks.push({ rule: "call-interval", until, detail: `last call ${call.date}; calls at most every ${policy.callIntervalDays} days: wait until ${until}` });
    }
  }
  return checks;
}

/**
 * Decides one account on the as-of date. In order: a net credit (invoices + credit memos + unapplied
 * payments ≤ 0) is never chased; each open invoice gets its stage with the stop switch, disputes, plans and
 * promises applied; the account acts at the highest level among its invoices that are not held; a balance
 * below the policy's minimum is not chased; agency waits for a logged final notice and its deadline; the
 * frequency cap, the days between levels (or the stage's own gap) and the call interval, measured from the
 * customer's last contacts whichever invoice they were about, can make it wait; the tone follows the stage,
 * or the payer's history.
 *
 * @example decideAccount(account, context).outcome //=> "act"
 */
export function decideAccount(account: Account, ctx: DeskContext): CustomerDecision {
  const { policy, asOf } = ctx;
  const audit: AuditRecord[] = [];
  const record: Recorder = (...args) => {
    const entry = auditFor(account.customerKey, account.currency)(...args);
    audit.push(entry);
    return entry;
  };
  const money = (cents: number): string => formatMoney(cents as Cents, account.currency);
  const scenario = ctx.scenarios.get(account.customerKey);
  const scenarioName = scenario?.name ?? STANDARD_SCENARIO;
  const scenarioPolicy = scenario?.policy ?? policy;
  record(null, "scenario", "info", scenario?.why ?? `${STANDARD_SCENARIO}: no scenario rule matched`);
  const history = ctx.contacts.get(account.customerKey) ?? [];
  const plan = ctx.plans.get(account.customerKey) ?? null;
  const profile = ctx.profiles.get(account.customerKey) ?? null;
  const lastContact = lastContactDate(history, null);
  const base = { account, scenario: scenarioName, plan, profile, lastContact, audit };
  const none = { stage: null, channel: null, tone: null, brokenPromise: null };

  if (account.netCents <= 0) {
    const detail = `net balance ${money(account.netCents)} (open ${money(account.openCents)}, credits and unapplied payments ${money(account.creditCents)}): in credit, never chased`;
    record(null, "net-credit", "skip", detail);
    return { ...base, ...none, outcome: "in-credit", items: [], actionItems: [], heldItems: [], nextActionDate: null, why: [detail] };
  }

  const items = account.openItems.map((item) => decideItem(item, ctx, scenarioPolicy, account.customer?.onHold === true, history, plan, record));
  const heldItems = items.filter((item) => item.hold !== null);
  const actionItems = items.filter((item) => item.hold === null && item.stage !== null && (item.stage.status === "act" || item.stage.status === "wait"));
  const brokenItem = actionItems.find((item) => item.stage?.brokenPromise === true);
  const brokenPromise = brokenItem?.promise ?? null;
  const result = { ...base, items, actionItems, heldItems, brokenPromise };

  if (actionItems.length === 0) {
    if (heldItems.length > 0) {
      const reasons = [...new Set(heldItems.map((item) => describeItemHold(item.hold as ItemHold)))];
      const detail = `every invoice with an action is on hold: ${reasons.join("; ")}`;
      record(null, "decision", "hold", detail);
      return { ...result, ...none, brokenPromise, outcome: "hold", nextActionDate: earliest(heldItems.map((item) => item.stage?.nextActionDate ?? null)), why: [detail] };
    }
    const next = earliest(items.map((item) => item.stage?.nextActionDate ?? null));
    const detail = next === null ? "no invoice needs an action" : `no invoice needs an action yet; next step on ${next}`;
    record(null, "decision", "none", detail);
    return { ...result, ...none, brokenPromise, outcome: "nothing-due", nextActionDate: next, why: [detail] };
  }

  // What could be chased: the invoices not held, less the credits; never more than the net balance.
  const chaseable = Math.min(account.netCents, actionItems.reduce((sum, item) => sum + item.item.openCents, 0) + account.creditCents);
  const minimum = minBalanceFor(policy, account.currency);
  if (chaseable < minimum) {
    const detail = `the balance to chase, ${money(chaseable)}, is below the minimum worth chasing (${money(minimum)})`;
    record(null, "minimum-balance", "skip", detail);
    return { ...result, ...none, brokenPromise, outcome: "below-minimum", nextActionDate: null, why: [detail] };
  }

  const topLevel = Math.max(...actionItems.map((item) => (item.stage as StageResult).stage.level));
  const topItems = actionItems.filter((item) => (item.stage as StageResult).stage.level === topLevel);
  let stage = (topItems[0]?.stage as StageResult).stage;
  const numbers = topItems.map((item) => item.item.invoice.invoiceNo).join(", ");
  record(null, "highest-level", "info", `Level ${stage.level} ${stage.name}: the highest level among ${actionItems.length} invoice(s) with an action (${numbers})`);
  const why: string[] = [`Level ${stage.level} ${stage.name} (${numbers})`];

  const waits: GapCheck[] = [];
  if (stage.id === "agency-legal" && policy.finalNoticeBeforeAgency) {
    const finalNotice = scenarioPolicy.stages.find((candidate) => candidate.id === "final-notice");
    const sent = finalNotice === undefined ? null : lastContactAtLevel(history, finalNotice.level, policy);
    if (finalNotice !== undefined && sent === null) {
      const detail = `no final notice logged: send the final notice (legal action threatened) before handing over`;
      record(null, "final-notice-first", "info", detail);
      why.push(detail);
      stage = finalNotice;
    } else if (sent !== null && addDays(sent, policy.finalNoticeDeadlineDays) > asOf) {
      const until = addDays(sent, policy.finalNoticeDeadlineDays);
      waits.push({ rule: "final-notice-first", until, detail: `final notice logged on ${sent}; its ${policy.finalNoticeDeadlineDays}-day deadline runs until ${until}` });
    }
  }
  waits.push(...gapChecks(stage, history, policy, asOf));
  if (waits.length > 0) {
    let until = asOf;
    for (const wait of waits) {
      record(null, wait.rule, "wait", wait.detail);
      until = maxIsoDate(until, wait.until);
    }
    return { ...result, outcome: "wait", stage, channel: stage.channel, tone: null, nextActionDate: until, why: [...why, ...waits.map((w) => w.detail)] };
  }

  const chronic = profile?.chronic.chronic ?? null;
  const tone = resolveTone(stage.tone, chronic);
  const toneWhy = stage.tone === "by-history" ? `${tone}: ${profile?.chronic.why ?? "no payment history"}` : `${tone}: the stage's tone`;
  record(null, "tone", "info", toneWhy);
  const followUp = addDays(asOf, Math.max(stage.minDaysSinceContact, policy.minDaysBetweenContacts));
  const detail = `${stage.action} (${stage.channel}, ${tone}); ${money(account.overdueCents)} overdue of ${money(account.netCents)} net; follow up on ${followUp}`;
  record(null, "decision", "act", detail);
  return { ...result, outcome: "act", stage, channel: stage.channel, tone, nextActionDate: followUp, why: [...why, toneWhy] };
}

/**
 * Decides every account of the ledger on the as-of date (see `decideAccount`), in customer-key then currency
 * order.
 *
 * @example decideCustomers(ledger, DEFAULT_COLLECT_POLICY, "2026-11-25" as IsoDate).filter((d) => d.outcome === "act").length //=> 4
 */
export function decideCustomers(ledger: Ledger, policy: CollectPolicy, asOf: IsoDate, options?: DeskOptions): readonly CustomerDecision[] {
  const ctx = buildDeskContext(ledger, policy, asOf, options);
  return ctx.accounts.map((account) => decideAccount(account, ctx));
}
