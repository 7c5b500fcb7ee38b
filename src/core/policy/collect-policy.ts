import { DAYS_PER_YEAR, type InterestMethod, type InterestTerms } from "../fees/interest-terms";
import type { Cents } from "../money/cents";
import { DEFAULT_POLICY, type Policy, type StageDefinition } from "./policy";
import { DEFAULT_SCENARIO_RULES, DEFAULT_SCENARIOS, type ScenarioDefinition, type ScenarioRule } from "./scenario";

/**
 * The desk's scalar settings: everything in the "Settings" block of the `Collect Policy` sheet.
 * Days are whole calendar days; money is in cents of whatever currency the account is in.
 */
export interface PolicySettings {
  /** Extra days after the due date before any past-due stage starts (for the Standard scenario). */
  readonly graceDays: number;
  /** A broken promise or missed plan instalment moves an invoice this many levels up. */
  readonly brokenPromiseEscalation: number;
  /** A payment this many days after the promised date still keeps the promise (bank clearing). */
  readonly promiseGraceDays: number;
  /** After a contact at one level, wait at least this many days before acting at a higher level. */
  readonly minDaysBetweenLevels: number;
  /** The contact-frequency cap: never contact a customer more often than every this many days. */
  readonly minDaysBetweenContacts: number;
  /** How often to call: a stage whose channel is "call" waits this many days after the last call. */
  readonly callIntervalDays: number;
  /** Never hand over to an agency or solicitor before a final notice has been logged and its deadline passed. */
  readonly finalNoticeBeforeAgency: boolean;
  /** Days a final notice gives the customer to pay before legal action is taken. */
  readonly finalNoticeDeadlineDays: number;
  /** Balances below this are not worth chasing (cents, every currency without its own row). */
  readonly minBalanceCents: Cents;
  /** An account with more than this open is flagged as a large balance (cents). */
  readonly largeBalanceCents: Cents;
  /** Alert on invoices falling due within this many days. */
  readonly dueSoonDays: number;
  /** Alert on invoices that became late within this many days (1 … n days past due). */
  readonly justLateDays: number;
  /** Tone: how many of the customer's most recent paid invoices the chronic-late test looks at. */
  readonly chronicWindowInvoices: number;
  /** Tone: a paid invoice counts as late when it was paid more than this many days after its due date. */
  readonly chronicLateDays: number;
  /** Tone: chronic when at least this share (0–1) of the window's invoices were late. */
  readonly chronicLateShare: number;
  /** Tone: chronic when the window's amount-weighted days late is more than this. */
  readonly chronicWeightedDaysLate: number;
  /** Tone: fewer paid invoices than this is no history (soft tone, benefit of the doubt). */
  readonly chronicMinPaidInvoices: number;
  /** How late-payment interest is worked out for levels that charge it ("none": never). */
  readonly interestMethod: InterestMethod;
  /** Annual interest rate as a share (0.08 = 8% a year). */
  readonly annualInterestRate: number;
  /** Business Central's interest period for the average-daily-balance method, in days (365: the rate is annual). */
  readonly interestPeriodDays: number;
}

/**
 * The full collections policy: the Standard stage table (`stages`, from `Policy`), the settings, the minimum
 * balance per currency, and the scenarios with the rules that pick one per customer. Any `CollectPolicy` is a
 * `Policy`, so `computeStage` takes it directly.
 */
export interface CollectPolicy extends Policy, PolicySettings {
  /** Minimum balance worth chasing for particular currencies (ISO code → cents); others use `minBalanceCents`. */
  readonly minBalanceByCurrency: Readonly<Record<string, Cents>>;
  /** Named variants of the stage table (Standard is `stages` itself and is not listed here). */
  readonly scenarios: readonly ScenarioDefinition[];
  /** Rules that pick a scenario per customer; the first match wins, no match means Standard. */
  readonly scenarioRules: readonly ScenarioRule[];
}

/**
 * Default settings. The minimum balance (10.00) follows the common small-business rule that chasing costs more
 * than a few units of currency; the chronic-late thresholds follow the issue: at least half of the last 12
 * paid invoices more than 7 days late, or more than 15 amount-weighted days late.
 */
export const DEFAULT_POLICY_SETTINGS: PolicySettings = {
  graceDays: DEFAULT_POLICY.graceDays,
  brokenPromiseEscalation: DEFAULT_POLICY.brokenPromiseEscalation,
  promiseGraceDays: 2,
  minDaysBetweenLevels: 7,
  minDaysBetweenContacts: 5,
  callIntervalDays: 7,
  finalNoticeBeforeAgency: true,
  finalNoticeDeadlineDays: 14,
  minBalanceCents: 10_00 as Cents,
  largeBalanceCents: 10_000_00 as Cents,
  dueSoonDays: 7,
  justLateDays: 3,
  chronicWindowInvoices: 12,
  chronicLateDays: 7,
  chronicLateShare: 0.5,
  chronicWeightedDaysLate: 15,
  chronicMinPaidInvoices: 3,
  interestMethod: "none",
  annualInterestRate: 0.08,
  interestPeriodDays: DAYS_PER_YEAR,
};

/** The policy Collect uses when the workbook has no `Collect Policy` sheet. */
export const DEFAULT_COLLECT_POLICY: CollectPolicy = {
  ...DEFAULT_POLICY_SETTINGS,
  stages: DEFAULT_POLICY.stages,
  minBalanceByCurrency: {},
  scenarios: DEFAULT_SCENARIOS,
  scenarioRules: DEFAULT_SCENARIO_RULES,
};

/**
 * The minimum balance worth chasing in a currency (null: the workbook does not say which currency).
 *
 * @example minBalanceFor(DEFAULT_COLLECT_POLICY, "EUR") //=> 1000
 * @example minBalanceFor({ ...DEFAULT_COLLECT_POLICY, minBalanceByCurrency: { JPY: 100000 as Cents } }, "JPY") //=> 100000
 */
export function minBalanceFor(policy: CollectPolicy, currency: string | null): Cents {
  if (currency === null) return policy.minBalanceCents;
  return policy.minBalanceByCurrency[currency] ?? policy.minBalanceCents;
}

/**
 * The stage of a level in a stage table, or undefined.
 *
 * @example stageAtLevel(DEFAULT_POLICY.stages, 6)?.id //=> "final-notice"
 */
export function stageAtLevel(stages: readonly StageDefinition[], level: number): StageDefinition | undefined {
  return stages.find((stage) => stage.level === level);
}

/**
 * The policy's interest terms, in the shape the fee functions take.
 *
 * @example interestTermsOf({ ...DEFAULT_COLLECT_POLICY, interestMethod: "simple-daily" }) //=> { method: "simple-daily", annualRatePercent: 8, interestPeriodDays: 365 }
 */
export function interestTermsOf(policy: Pick<PolicySettings, "interestMethod" | "annualInterestRate" | "interestPeriodDays">): InterestTerms {
  return { method: policy.interestMethod, annualRatePercent: Math.round(policy.annualInterestRate * 1e8) / 1e6, interestPeriodDays: policy.interestPeriodDays };
}
