import type { Cents } from "../money/cents";
import type { PolicySettings } from "./collect-policy";

/** One paid invoice, as the tone rule sees it. */
export interface LatenessItem {
  /** Paid date − due date (negative when paid early). */
  readonly daysLate: number;
  readonly amountCents: Cents;
}

/** The thresholds of the chronic-late test (fields of the policy settings). */
export type ChronicLateRule = Pick<
  PolicySettings,
  "chronicWindowInvoices" | "chronicLateDays" | "chronicLateShare" | "chronicWeightedDaysLate" | "chronicMinPaidInvoices"
>;

/** The verdict and the figures behind it. `chronic` is null when the history is too short to judge. */
export interface ChronicLateVerdict {
  readonly chronic: boolean | null;
  /** Paid invoices looked at (the most recent, up to the window). */
  readonly count: number;
  /** Share (0–1) of those paid more than `chronicLateDays` late, or null when none. */
  readonly lateShare: number | null;
  /** Amount-weighted days late of those (paid early counts as negative), or null when none. */
  readonly weightedDaysLate: number | null;
  readonly why: string;
}

/**
 * Whether a customer is a chronic late payer, from its most recent paid invoices (given oldest first):
 * at least `chronicLateShare` of the last `chronicWindowInvoices` paid more than `chronicLateDays` late, or an
 * amount-weighted days late above `chronicWeightedDaysLate`. Fewer than `chronicMinPaidInvoices` is no verdict.
 *
 * @example isChronicLatePayer([{ daysLate: 20, amountCents: 100 as Cents }, { daysLate: 30, amountCents: 100 as Cents }, { daysLate: 0, amountCents: 100 as Cents }], DEFAULT_POLICY_SETTINGS).chronic
 * //=> true   (2 of 3 late by more than 7 days)
 */
export function isChronicLatePayer(items: readonly LatenessItem[], rule: ChronicLateRule): ChronicLateVerdict {
  const window = items.slice(Math.max(0, items.length - rule.chronicWindowInvoices));
  const count = window.length;
  if (count === 0) return { chronic: null, count, lateShare: null, weightedDaysLate: null, why: "no paid invoices yet" };
  const late = window.filter((item) => item.daysLate > rule.chronicLateDays).length;
  const lateShare = late / count;
  let weights = 0;
  let weighted = 0;
  for (const item of window) {
    const weight = Math.abs(item.amountCents);
    weights += weight;
    weighted += weight * item.daysLate;
  }
  const weightedDaysLate = weights === 0 ? null : weighted / weights;
  const figures = `${late} of the last ${count} paid invoices more than ${rule.chronicLateDays} days late` +
    (weightedDaysLate === null ? "" : `, ${weightedDaysLate.toFixed(1)} weighted days late`);
  if (count < rule.chronicMinPaidInvoices) {
    return { chronic: null, count, lateShare, weightedDaysLate, why: `too little history (${count} paid, need ${rule.chronicMinPaidInvoices}): ${figures}` };
  }
  const chronic = lateShare >= rule.chronicLateShare || (weightedDaysLate !== null && weightedDaysLate > rule.chronicWeightedDaysLate);
  return { chronic, count, lateShare, weightedDaysLate, why: `${chronic ? "chronic late payer" : "usually pays on time"}: ${figures}` };
}
