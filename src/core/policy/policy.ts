import type { Cents } from "../money/cents";

/** The seven stages of the default escalation policy, in order (DESIGN.md, "stage"). */
export type StageId =
  | "invoice-sent"
  | "delivery-confirmed"
  | "pre-due-reminder"
  | "past-due-inquiry"
  | "firmer-pressure"
  | "final-notice"
  | "agency-legal";

/** How a stage reaches the customer. "none" means the stage needs no action. */
export type Channel = "none" | "call" | "e-mail" | "letter";

/**
 * The voice of a message. "by-history" resolves to soft for customers who usually pay on time and to
 * firm for chronic late payers (see `resolveTone`).
 */
export type Tone = "soft" | "firm";
export type ToneRule = Tone | "by-history";

/** One step of the escalation policy. */
export interface StageDefinition {
  /** 1 = invoice sent … 7 = agency or legal. The customer's action uses the highest level among their items. */
  readonly level: number;
  readonly id: StageId;
  readonly name: string;
  /**
   * Days relative to the due date from which the stage applies (−5 = five days before due, 15 = fifteen
   * days after). null: from the day the invoice is issued.
   */
  readonly triggerDaysFromDue: number | null;
  readonly channel: Channel;
  readonly tone: ToneRule;
  /** The stage's action waits until at least this many days have passed since the last contact. */
  readonly minDaysSinceContact: number;
  /** Letter or e-mail template this stage uses (see the letters sheet). */
  readonly template: string;
  /** What to do, in a bookkeeper's words. */
  readonly action: string;
  /**
   * A fixed late-payment fee charged with this level's letter (per letter, not per invoice), in the account's
   * currency. Absent or 0: no fee.
   */
  readonly feeCents?: Cents;
  /** Letters at this level add interest on the overdue invoices (by the policy's interest method). Absent: false. */
  readonly chargeInterest?: boolean;
}

/** An escalation policy: its stages (ascending level and trigger) and the rules around them. */
export interface Policy {
  readonly stages: readonly StageDefinition[];
  /** Extra days after the due date before any past-due stage starts. @defaultvalue 0 */
  readonly graceDays: number;
  /** A broken promise moves the invoice this many levels up (capped at the last stage). @defaultvalue 1 */
  readonly brokenPromiseEscalation: number;
}

/** The level of the first past-due stage; stages from here on are shifted by `graceDays`. */
export const FIRST_PAST_DUE_LEVEL = 4;

/**
 * The default policy: the six classic collection stages plus the hand-over to an agency or solicitor.
 * Days follow common small-business practice for net-30 terms: a courtesy check ten days in, a friendly
 * reminder five days before due, an inquiry the day after, firmer pressure at two weeks, a final notice with
 * a deadline at 45 days and the hand-over at 90 days, when recovery odds fall sharply.
 */
export const DEFAULT_POLICY: Policy = {
  graceDays: 0,
  brokenPromiseEscalation: 1,
  stages: [
    { level: 1, id: "invoice-sent", name: "Invoice sent", triggerDaysFromDue: null, channel: "none", tone: "soft", minDaysSinceContact: 0, template: "none", action: "No action: the invoice is out and not yet due" },
    { level: 2, id: "delivery-confirmed", name: "Delivery confirmed", triggerDaysFromDue: -20, channel: "e-mail", tone: "soft", minDaysSinceContact: 7, template: "delivery-check", action: "Check the invoice arrived and is approved for payment" },
    { level: 3, id: "pre-due-reminder", name: "Pre-due reminder", triggerDaysFromDue: -5, channel: "e-mail", tone: "soft", minDaysSinceContact: 7, template: "pre-due", action: "Send a friendly reminder before the due date" },
    { level: 4, id: "past-due-inquiry", name: "Past-due inquiry", triggerDaysFromDue: 1, channel: "e-mail", tone: "by-history", minDaysSinceContact: 7, template: "past-due", action: "Ask whether there is a problem with the overdue invoice" },
    { level: 5, id: "firmer-pressure", name: "Firmer pressure", triggerDaysFromDue: 15, channel: "call", tone: "by-history", minDaysSinceContact: 7, template: "firm-reminder", action: "Call the customer and agree a payment date" },
    { level: 6, id: "final-notice", name: "Final notice", triggerDaysFromDue: 45, channel: "letter", tone: "firm", minDaysSinceContact: 10, template: "final-notice", action: "Send a final notice with a deadline" },
    { level: 7, id: "agency-legal", name: "Agency or legal", triggerDaysFromDue: 90, channel: "letter", tone: "firm", minDaysSinceContact: 14, template: "handover", action: "Hand over to a collection agency or solicitor" },
  ],
};

/**
 * Picks the tone for a stage from the payer's history: firm stages stay firm, soft stages stay soft, and
 * "by-history" is firm for a chronic late payer. With no history, soft (benefit of the doubt).
 *
 * @example resolveTone("by-history", true)  //=> "firm"
 * @example resolveTone("by-history", null)  //=> "soft"
 */
export function resolveTone(rule: ToneRule, isChronicLatePayer: boolean | null): Tone {
  if (rule !== "by-history") return rule;
  return isChronicLatePayer === true ? "firm" : "soft";
}
