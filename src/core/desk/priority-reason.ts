import { DEFAULT_AGING_EDGES } from "../aging/bucket-aging";
import type { IsoDate } from "../dates/iso-date";
import type { Cents } from "../money/cents";
import { formatShortDate } from "./_lib/format-date";
import { formatMoney } from "./format-money";
import type { PriorityScore } from "./priority";
import type { PriorityFactor } from "./priority-weights";

/** What the plain-words reason of a worklist row is built from. */
export interface ReasonInput {
  readonly score: PriorityScore;
  readonly currency: string | null;
  /** The account's open invoices: balance and days past due. */
  readonly items: readonly { readonly openCents: number; readonly daysPastDue: number }[];
  /** The promised date of the broken promise behind the row, if any. */
  readonly brokenPromiseDate: IsoDate | null;
  /** The due date of a missed plan instalment, if any. */
  readonly missedInstallmentDate: IsoDate | null;
  readonly recentDaysToPay: number | null;
  readonly usualDaysToPay: number | null;
  readonly creditUse: number | null;
  readonly asOf: IsoDate;
  /** Why the customer's late-payment risk changed how they are chased ("risk 78 (high): pays 21 days late …"), or none. */
  readonly riskNote?: string | null;
}

/** Options for `describePriority`. */
export interface ReasonOptions {
  /** Locale for amounts. @defaultvalue "en-US" */
  readonly locale?: string;
  /** Aging edges for "over N days". @defaultvalue DEFAULT_AGING_EDGES */
  readonly agingEdges?: readonly number[];
  /** At most this many phrases. @defaultvalue 3 */
  readonly maxPhrases?: number;
}

type Phrase = "money" | "promise" | "trend" | "credit";

/** The order phrases are read in, whatever their weight: money first, then behaviour, then the credit limit. */
const PHRASE_ORDER: readonly Phrase[] = ["money", "promise", "trend", "credit"];

/** Which phrase says each factor; the stage has its own column, so it is not repeated in the reason. */
const PHRASE_OF: Readonly<Record<PriorityFactor, Phrase | null>> = {
  "amount-at-risk": "money",
  "days-past-due": "money",
  "broken-promises": "promise",
  "days-to-pay-trend": "trend",
  "credit-limit-use": "credit",
  stage: null,
};

/**
 * A factor worth fewer points than this (of 100) is not worth a phrase: "at 43% of the credit limit" or
 * "usually pays in 59 days, now 65" says nothing a collector needs.
 */
export const MIN_PHRASE_POINTS = 3;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

function moneyPhrase(input: ReasonInput, options: ReasonOptions | undefined): string {
  const money = (cents: number): string => formatMoney(cents as Cents, input.currency, { wholeUnits: true, ...(options?.locale === undefined ? {} : { locale: options.locale }) });
  const oldest = Math.max(...input.items.map((item) => item.daysPastDue), Number.NEGATIVE_INFINITY);
  const edges = options?.agingEdges ?? DEFAULT_AGING_EDGES;
  const edge = [...edges].reverse().find((candidate) => candidate < oldest);
  if (edge !== undefined) {
    const over = input.items.filter((item) => item.daysPastDue > edge).reduce((sum, item) => sum + item.openCents, 0);
    return `${money(over)} over ${edge} days`;
  }
  if (oldest > 0) {
    const overdue = input.items.filter((item) => item.daysPastDue > 0).reduce((sum, item) => sum + item.openCents, 0);
    return `${money(overdue)} overdue ${plural(oldest, "day")}`;
  }
  const open = input.items.reduce((sum, item) => sum + item.openCents, 0);
  if (oldest === 0) return `${money(open)} due today`;
  return oldest === Number.NEGATIVE_INFINITY ? money(open) : `${money(open)} due in ${plural(-oldest, "day")}`;
}

function phraseText(phrase: Phrase, input: ReasonInput, options: ReasonOptions | undefined): string | null {
  switch (phrase) {
    case "money":
      return moneyPhrase(input, options);
    case "promise":
      if (input.brokenPromiseDate !== null) return `broke a promise on ${formatShortDate(input.brokenPromiseDate, input.asOf)}`;
      if (input.missedInstallmentDate !== null) return `missed a plan instalment due ${formatShortDate(input.missedInstallmentDate, input.asOf)}`;
      return null;
    case "trend":
      if (input.recentDaysToPay === null || input.usualDaysToPay === null) return null;
      return `usually pays in ${plural(Math.round(input.usualDaysToPay), "day")}, now ${Math.round(input.recentDaysToPay)}`;
    case "credit":
      return input.creditUse === null ? null : `at ${Math.round(input.creditUse * 100)}% of the credit limit`;
  }
}

/**
 * The row's reason in plain words: always what is owed and how late (amount and days past due read as one
 * phrase), then the late-payment risk when it picked the customer's scenario, then the other factors with the most
 * points (at least `MIN_PHRASE_POINTS`), said in a fixed order: promises, payment behaviour, credit limit. The stage
 * is not repeated: it has its own column.
 *
 * @example describePriority(input) //=> "£12,400 over 60 days; broke a promise on 3 Nov; usually pays in 18 days, now 47"
 */
export function describePriority(input: ReasonInput, options?: ReasonOptions): string {
  const points = new Map<Phrase, number>();
  for (const factor of input.score.factors) {
    const phrase = PHRASE_OF[factor.factor];
    if (phrase !== null) points.set(phrase, (points.get(phrase) ?? 0) + factor.points);
  }
  const risk = input.riskNote ?? null;
  const ranked = PHRASE_ORDER.filter((phrase) => phrase !== "money" && (points.get(phrase) ?? 0) >= MIN_PHRASE_POINTS && phraseText(phrase, input, options) !== null)
    .sort((a, b) => (points.get(b) ?? 0) - (points.get(a) ?? 0) || PHRASE_ORDER.indexOf(a) - PHRASE_ORDER.indexOf(b))
    .slice(0, Math.max(0, (options?.maxPhrases ?? 3) - 1 - (risk === null ? 0 : 1)));
  const chosen: Phrase[] = ["money", ...PHRASE_ORDER.filter((phrase) => ranked.includes(phrase))];
  const phrases = chosen.map((phrase) => phraseText(phrase, input, options) as string);
  // The risk explains the stage (why a reminder comes before the due date), so it follows what is owed.
  if (risk !== null) phrases.splice(1, 0, risk);
  return phrases.join("; ");
}
