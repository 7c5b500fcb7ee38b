import { formatShortDate } from "../dates/format-short-date";
import { type IsoDate, addDays, diffDays } from "../dates/iso-date";
import { computeDaysPastDue } from "../aging/days-past-due";
import { DEFAULT_POLICY, FIRST_PAST_DUE_LEVEL, type Policy, type StageDefinition } from "./policy";

/** What the stage of one invoice depends on. Dates after `asOf` are ignored, so any past day can be replayed. */
export interface StageInput {
  readonly dueDate: IsoDate;
  readonly asOf: IsoDate;
  /** The invoice is disputed: chasing stops until the dispute is resolved. */
  readonly disputed?: boolean;
  /** The customer promised to pay by this date. Before or on it (plus `promiseGraceDays`): hold. After it (still open): broken. */
  readonly promiseDate?: IsoDate | null;
  /**
   * Days after the promised date a payment may still arrive before the promise counts as broken (bank clearing).
   * @defaultvalue 0
   */
  readonly promiseGraceDays?: number;
  /** The customer's payment plan is on track and covers this invoice: chasing pauses like a promise. */
  readonly planOnTrack?: boolean;
  /** A payment-plan instalment due on this date was missed: escalates like a broken promise. */
  readonly missedInstallmentDate?: IsoDate | null;
  /** The last time the customer was contacted about this invoice. */
  readonly lastContact?: IsoDate | null;
  /** The bookkeeper's stop switch for this invoice or customer. */
  readonly onHold?: boolean;
}

/**
 * act: contact the customer today. wait: the stage applies, but the last contact was too recent.
 * hold: chasing is paused (stop switch, dispute, promise). none: the stage needs no action.
 */
export type StageStatus = "act" | "wait" | "hold" | "none";
export type HoldReason = "stopped" | "disputed" | "plan" | "promise";

export interface StageResult {
  readonly stage: StageDefinition;
  readonly daysPastDue: number;
  readonly status: StageStatus;
  readonly hold: HoldReason | null;
  /** A promise was broken or a plan instalment missed (both escalate the same way). */
  readonly brokenPromise: boolean;
  /** The promised date the stage took into account (held or broken), or null. */
  readonly promiseDate: IsoDate | null;
  /** The missed plan instalment's due date that escalated the stage, or null. */
  readonly missedInstallmentDate: IsoDate | null;
  /** When something should next happen: today when acting, or the first day the next step is due. */
  readonly nextActionDate: IsoDate | null;
  /** The rule path behind the stage, in words, most important first. */
  readonly why: readonly string[];
}

/** Start of a stage in days past due, with the policy's grace days applied to past-due stages. */
function startDay(stage: StageDefinition, policy: Policy): number {
  if (stage.triggerDaysFromDue === null) return Number.NEGATIVE_INFINITY;
  return stage.level >= FIRST_PAST_DUE_LEVEL ? stage.triggerDaysFromDue + policy.graceDays : stage.triggerDaysFromDue;
}

/** The highest stage whose start has been reached: a missed run jumps straight to the right level. */
function reachedStageIndex(daysPastDue: number, policy: Policy): number {
  let index = 0;
  const { stages } = policy;
  for (let i = 0; i < stages.length; i += 1) if (startDay(stages[i] as StageDefinition, policy) <= daysPastDue) index = i;
  return index;
}

function describeDays(daysPastDue: number): string {
  if (daysPastDue > 0) return `${daysPastDue} ${daysPastDue === 1 ? "day" : "days"} past due`;
  if (daysPastDue === 0) return "due today";
  return `due in ${-daysPastDue} ${daysPastDue === -1 ? "day" : "days"}`;
}

/** The rule that put the invoice at its level, with its own days: "Level 6 Final notice: 47 days past due ≥ 45". */
function describeReached(stage: StageDefinition, policy: Policy, daysPastDue: number): string {
  const start = startDay(stage, policy);
  const days = describeDays(daysPastDue);
  if (start === Number.NEGATIVE_INFINITY) return `Level ${stage.level} ${stage.name}: ${days} (from the invoice date)`;
  if (start >= 0) return `Level ${stage.level} ${stage.name}: ${days} ≥ ${start}`;
  return `Level ${stage.level} ${stage.name}: ${days} (from ${-start} days before due)`;
}

/**
 * The escalation stage of one open invoice on the as-of date, with what to do and why.
 * Rules, in order: the stop switch, an open dispute, a payment plan on track and a pending promise hold the
 * invoice; a broken promise (or a missed plan instalment) moves it up `brokenPromiseEscalation` levels once
 * it is past due; the stage waits while the last contact is more recent than the stage's minimum gap.
 *
 * @example
 * computeStage({ dueDate: "2026-10-09" as IsoDate, asOf: "2026-11-25" as IsoDate }).stage.name
 * //=> "Final notice"   (47 days past due ≥ 45)
 */
export function computeStage(input: StageInput, policy: Policy = DEFAULT_POLICY): StageResult {
  const { asOf } = input;
  const daysPastDue = computeDaysPastDue(input.dueDate, asOf);
  const reachedIndex = reachedStageIndex(daysPastDue, policy);
  const reached = policy.stages[reachedIndex] as StageDefinition;
  const promiseDate = input.promiseDate ?? null;
  const promiseGraceDays = input.promiseGraceDays ?? 0;
  const promiseDeadline = promiseDate === null ? null : addDays(promiseDate, promiseGraceDays);
  const missedInstallment = input.missedInstallmentDate != null && input.missedInstallmentDate < asOf ? input.missedInstallmentDate : null;
  const promiseBroken = promiseDeadline !== null && promiseDeadline < asOf;
  const brokenPromise = promiseBroken || missedInstallment !== null;
  const escalate = brokenPromise && reached.level >= FIRST_PAST_DUE_LEVEL;
  const stageIndex = escalate ? Math.min(policy.stages.length - 1, reachedIndex + policy.brokenPromiseEscalation) : reachedIndex;
  const stage = policy.stages[stageIndex] as StageDefinition;
  const hold = holdOf(input, promiseDeadline, asOf);
  const lastContact = input.lastContact != null && input.lastContact <= asOf ? input.lastContact : null;
  const since = lastContact === null ? null : diffDays(lastContact, asOf);

  let status: StageStatus;
  let nextActionDate: IsoDate | null;
  if (hold !== null) {
    status = "hold";
    nextActionDate = hold === "promise" && promiseDeadline !== null ? addDays(promiseDeadline, 1) : null;
  } else if (stage.channel === "none") {
    status = "none";
    const next = policy.stages[stageIndex + 1];
    nextActionDate = next === undefined ? null : addDays(input.dueDate, Math.max(startDay(next, policy), daysPastDue + 1));
  } else if (lastContact !== null && since !== null && since < stage.minDaysSinceContact) {
    status = "wait";
    nextActionDate = addDays(lastContact, stage.minDaysSinceContact);
  } else {
    status = "act";
    nextActionDate = asOf;
  }

  const short = (date: IsoDate | null): string => (date === null ? "" : formatShortDate(date, asOf));
  const why: string[] = [describeReached(reached, policy, daysPastDue)];
  const broken = promiseBroken ? `promise to pay by ${short(promiseDate)} was broken` : `plan instalment due ${short(missedInstallment)} was missed`;
  if (escalate && stage !== reached) why.unshift(`Level ${stage.level} ${stage.name}: ${broken}`);
  else if (brokenPromise) why.push(broken);
  if (status === "hold" && hold !== null) why.push(describeHold(hold, promiseDate === null ? null : short(promiseDate)));
  else if (status === "none") why.push("no action at this stage");
  else if (status === "wait") why.push(`last contact ${short(lastContact)}, ${since} ${since === 1 ? "day" : "days"} ago (minimum ${stage.minDaysSinceContact}); wait until ${short(nextActionDate)}`);
  else {
    why.push(lastContact === null ? "no contact logged" : `last contact ${short(lastContact)} (${since} ${since === 1 ? "day" : "days"} ago)`);
    why.push("not on hold");
  }
  return { stage, daysPastDue, status, hold, brokenPromise, promiseDate, missedInstallmentDate: missedInstallment, nextActionDate, why };
}

function holdOf(input: StageInput, promiseDeadline: IsoDate | null, asOf: IsoDate): HoldReason | null {
  if (input.onHold === true) return "stopped";
  if (input.disputed === true) return "disputed";
  if (input.planOnTrack === true) return "plan";
  if (promiseDeadline !== null && promiseDeadline >= asOf) return "promise";
  return null;
}

function describeHold(hold: HoldReason, promiseDate: string | null): string {
  switch (hold) {
    case "stopped":
      return "on hold: the stop switch is on";
    case "disputed":
      return "on hold: the invoice is disputed";
    case "plan":
      return "on hold: the payment plan is on track";
    case "promise":
      return `on hold: promise to pay by ${promiseDate}`;
  }
}

/**
 * The stage as one line of text, as `=COLLECT.STAGE` and the task pane show it.
 *
 * @example formatStageLabel(result) //=> "6 Final notice"
 * @example formatStageLabel(heldResult) //=> "On hold: disputed"
 */
export function formatStageLabel(result: StageResult): string {
  const base = `${result.stage.level} ${result.stage.name}`;
  if (result.status === "hold") {
    if (result.hold === "promise" && result.promiseDate !== null) return `On hold: promise to pay by ${result.promiseDate}`;
    if (result.hold === "plan") return "On hold: payment plan";
    return result.hold === "stopped" ? "On hold: stopped" : "On hold: disputed";
  }
  const suffix: string[] = [];
  if (result.brokenPromise && result.daysPastDue > 0) suffix.push(result.missedInstallmentDate !== null && !isPromiseBroken(result) ? "missed instalment" : "broken promise");
  if (result.status === "wait" && result.nextActionDate !== null) suffix.push(`wait until ${result.nextActionDate}`);
  return suffix.length === 0 ? base : `${base} (${suffix.join("; ")})`;
}

/** True when the result's promise (not a plan instalment) was broken. */
function isPromiseBroken(result: StageResult): boolean {
  return result.brokenPromise && result.promiseDate !== null && result.status !== "hold";
}

/**
 * The rule path behind a stage in one sentence (`=COLLECT.WHY`): the rule with the invoice's own days, the last
 * contact, and the hold (dates written the short way, "3 Nov").
 *
 * @example formatStageWhy(result) //=> "Level 6 Final notice: 47 days past due ≥ 45; last contact 3 Nov (22 days ago); not on hold"
 */
export function formatStageWhy(result: StageResult): string {
  return result.why.join("; ");
}
