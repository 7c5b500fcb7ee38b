import type { PolicySettings } from "../../core/policy/collect-policy";

/** How a setting's value is written and read. */
export type SettingKind = "days" | "levels" | "count" | "money" | "percent" | "yes-no" | "choice";

/** One allowed value of a "choice" setting: the model value and the words the sheet shows. */
export interface SettingChoice {
  readonly value: string;
  readonly label: string;
}

/** One row of the Settings block of the `Collect Policy` sheet. */
export interface SettingSpec {
  readonly key: keyof PolicySettings;
  /** The text in the Setting column; matched without regard to case and spacing. */
  readonly label: string;
  /** The "What it means" text. */
  readonly meaning: string;
  readonly kind: SettingKind;
  /** Smallest and largest value accepted, in the sheet's unit (days, levels, money in major units, percent). */
  readonly min: number;
  readonly max: number;
  /** The allowed values of a "choice" setting, the first being what a blank means. */
  readonly choices?: readonly SettingChoice[];
}

/** A long horizon that no real policy exceeds (10 years); anything larger is a typing slip. */
const MAX_DAYS = 3650;
/** Largest amount accepted in a money setting (major units). */
const MAX_MONEY = 1e12;

/** Label of the minimum-balance row; a row "Minimum balance worth chasing (JPY)" sets one currency's minimum. */
export const MIN_BALANCE_LABEL = "Minimum balance worth chasing";

/** The interest methods as the sheet writes them. */
export const INTEREST_CHOICES: readonly SettingChoice[] = [
  { value: "none", label: "None" },
  { value: "simple-daily", label: "Simple daily" },
  { value: "average-daily-balance", label: "Average daily balance" },
];

/** The Settings block, in the order the sheet lists it. */
export const SETTING_SPECS: readonly SettingSpec[] = [
  { key: "graceDays", label: "Grace days after due", kind: "days", min: 0, max: MAX_DAYS, meaning: "Days after the due date before collections start (the first past-due step). Scenarios can add their own." },
  { key: "minDaysBetweenLevels", label: "Days between escalation levels", kind: "days", min: 0, max: MAX_DAYS, meaning: "After a contact at one level, wait at least this many days before a higher level." },
  { key: "minDaysBetweenContacts", label: "Minimum days between contacts", kind: "days", min: 0, max: MAX_DAYS, meaning: "Never contact a customer more often than this, whichever invoice it is about." },
  { key: "callIntervalDays", label: "Days between calls", kind: "days", min: 0, max: MAX_DAYS, meaning: "How often to call: a call step waits this many days after the last call." },
  { key: "finalNoticeBeforeAgency", label: "Final notice before agency", kind: "yes-no", min: 0, max: 1, meaning: "Yes: legal action is threatened (final notice logged) before it is taken (hand-over)." },
  { key: "finalNoticeDeadlineDays", label: "Final notice deadline (days)", kind: "days", min: 0, max: MAX_DAYS, meaning: "Days a final notice gives the customer to pay before the hand-over to an agency or solicitor." },
  { key: "brokenPromiseEscalation", label: "Levels up after a broken promise", kind: "levels", min: 0, max: 6, meaning: "A broken promise or missed plan instalment moves the invoice this many levels up." },
  { key: "promiseGraceDays", label: "Promise grace days", kind: "days", min: 0, max: MAX_DAYS, meaning: "A payment this many days after the promised date (or plan instalment) still counts as on time." },
  { key: "minBalanceCents", label: MIN_BALANCE_LABEL, kind: "money", min: 0, max: MAX_MONEY, meaning: "Net balances below this are not chased. Add a row \"Minimum balance worth chasing (JPY)\" to set one currency's own minimum." },
  { key: "largeBalanceCents", label: "Large balance alert above", kind: "money", min: 0, max: MAX_MONEY, meaning: "A customer owing more than this is flagged as a large balance." },
  { key: "dueSoonDays", label: "Alert for invoices due within (days)", kind: "days", min: 0, max: MAX_DAYS, meaning: "Invoices falling due within this many days are listed as alerts." },
  { key: "justLateDays", label: "Alert for invoices late up to (days)", kind: "days", min: 0, max: MAX_DAYS, meaning: "Invoices that became late within this many days are listed as alerts." },
  { key: "chronicWindowInvoices", label: "Tone: paid invoices looked at", kind: "count", min: 1, max: 1000, meaning: "The firm-or-soft test looks at the customer's most recent paid invoices, this many." },
  { key: "chronicLateDays", label: "Tone: late means more than (days)", kind: "days", min: 0, max: MAX_DAYS, meaning: "A paid invoice counts as late when paid more than this many days after its due date." },
  { key: "chronicLateShare", label: "Tone: firm when late share at least (%)", kind: "percent", min: 0, max: 100, meaning: "A chronic late payer (firm tone) has at least this share of those invoices late." },
  { key: "chronicWeightedDaysLate", label: "Tone: firm when weighted days late above", kind: "days", min: 0, max: MAX_DAYS, meaning: "…or pays on average (weighted by amount) more than this many days late." },
  { key: "chronicMinPaidInvoices", label: "Tone: minimum paid invoices", kind: "count", min: 1, max: 1000, meaning: "With fewer paid invoices than this, the customer gets the soft tone (benefit of the doubt)." },
  { key: "interestMethod", label: "Late-payment interest", kind: "choice", min: 0, max: 0, choices: INTEREST_CHOICES, meaning: "How interest is charged by levels whose Interest column says Yes: None; Simple daily (outstanding × rate ÷ 365 × days late, from the last part-payment); Average daily balance (every day's overdue balance, Business Central's method)." },
  { key: "annualInterestRate", label: "Interest rate (%)", kind: "percent", min: 0, max: 100, meaning: "The rate late-payment interest is charged at, per year (for 8% above a 4% base rate enter 12); with Average daily balance, per interest period." },
  { key: "interestPeriodDays", label: "Interest period (days)", kind: "days", min: 1, max: MAX_DAYS, meaning: "Average daily balance only: the rate applies per this many days (365 for a yearly rate)." },
];

/** What a kind of setting must be, in words, for messages. @example describeSettingKind(SETTING_SPECS[0]) //=> "a whole number of days from 0 to 3650" */
export function describeSettingKind(spec: SettingSpec): string {
  switch (spec.kind) {
    case "days":
      return `a whole number of days from ${spec.min} to ${spec.max}`;
    case "levels":
      return `a whole number of levels from ${spec.min} to ${spec.max}`;
    case "count":
      return `a whole number from ${spec.min} to ${spec.max}`;
    case "money":
      return "an amount of 0 or more";
    case "percent":
      return "a percentage from 0 to 100";
    case "yes-no":
      return "Yes or No";
    case "choice":
      return `one of ${(spec.choices ?? []).map((choice) => choice.label).join(", ")}`;
  }
}
