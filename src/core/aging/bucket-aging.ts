import { err, ok, type Result } from "../types/result";
import type { Cents } from "../money/cents";

/**
 * Upper edges, in days past due, of the overdue buckets. The default [30, 60, 90, 120] gives
 * Current, 1-30, 31-60, 61-90, 91-120, 120+ (QuickBooks layout plus a 120 column; DOMAIN.md).
 */
export const DEFAULT_AGING_EDGES: readonly number[] = [30, 60, 90, 120];

export interface AgingOptions {
  /** Upper edges of the overdue buckets, strictly increasing positive whole days. @defaultvalue DEFAULT_AGING_EDGES */
  readonly edges?: readonly number[];
  /**
   * Whether an invoice due on the as-of date counts as Current (Xero's "Include report date in Current").
   * @defaultvalue true
   */
  readonly dueDayIsCurrent?: boolean;
}

/** A checked set of aging buckets. Build it with `toAgingBuckets`. */
export interface AgingBuckets {
  readonly edges: readonly number[];
  readonly labels: readonly string[];
  readonly dueDayIsCurrent: boolean;
}

export type AgingEdgesError = "edges-empty" | "edges-not-whole-positive" | "edges-not-increasing";

/**
 * Checks bucket edges and names the buckets. Boundaries are inclusive upper bounds: day 30 is in 1-30.
 *
 * @example toAgingBuckets().value.labels //=> ["Current", "1-30", "31-60", "61-90", "91-120", "120+"]
 * @example toAgingBuckets({ edges: [30, 20] }) //=> { ok: false, error: "edges-not-increasing" }
 */
export function toAgingBuckets(options?: AgingOptions): Result<AgingBuckets, AgingEdgesError> {
  const edges = options?.edges ?? DEFAULT_AGING_EDGES;
  if (edges.length === 0) return err("edges-empty");
  if (edges.some((edge) => !Number.isInteger(edge) || edge < 1)) return err("edges-not-whole-positive");
  for (let i = 1; i < edges.length; i += 1) {
    if ((edges[i] as number) <= (edges[i - 1] as number)) return err("edges-not-increasing");
  }
  const labels = ["Current"];
  let lower = 1;
  for (const edge of edges) {
    labels.push(`${lower}-${edge}`);
    lower = edge + 1;
  }
  labels.push(`${edges[edges.length - 1] as number}+`);
  return ok({ edges: [...edges], labels, dueDayIsCurrent: options?.dueDayIsCurrent ?? true });
}

/** The default buckets, already checked. */
export const DEFAULT_AGING_BUCKETS: AgingBuckets = {
  edges: DEFAULT_AGING_EDGES,
  labels: ["Current", "1-30", "31-60", "61-90", "91-120", "120+"],
  dueDayIsCurrent: true,
};

/**
 * Index of the bucket an invoice falls in, by days past due (0 = Current).
 *
 * @example bucketIndex(47, DEFAULT_AGING_BUCKETS) //=> 2   (31-60)
 * @example bucketIndex(0, DEFAULT_AGING_BUCKETS)  //=> 0   (Current: due today)
 */
export function bucketIndex(daysPastDue: number, buckets: AgingBuckets): number {
  if (daysPastDue < 0 || (daysPastDue === 0 && buckets.dueDayIsCurrent)) return 0;
  const { edges } = buckets;
  for (let i = 0; i < edges.length; i += 1) {
    if (daysPastDue <= (edges[i] as number)) return i + 1;
  }
  return edges.length + 1;
}

/**
 * Label of the bucket an invoice falls in.
 *
 * @example bucketLabel(47, DEFAULT_AGING_BUCKETS) //=> "31-60"
 */
export function bucketLabel(daysPastDue: number, buckets: AgingBuckets): string {
  return buckets.labels[bucketIndex(daysPastDue, buckets)] as string;
}

/** One open item to age: its balance and days past due. */
export interface AgingItem {
  readonly openCents: Cents;
  readonly daysPastDue: number;
}

/** Totals per bucket (same order as `labels`) and their sum, which always equals the ledger total. */
export interface AgingSummary {
  readonly labels: readonly string[];
  readonly bucketCents: readonly Cents[];
  readonly counts: readonly number[];
  readonly totalCents: Cents;
}

/**
 * Sums open balances per bucket. Credits (negative balances) stay in the bucket of their own age, so the
 * buckets add up exactly to the total (the reconciliation rule, DOMAIN.md).
 *
 * @example summarizeAging([{ openCents: 100 as Cents, daysPastDue: 5 }], DEFAULT_AGING_BUCKETS).bucketCents
 * //=> [0, 100, 0, 0, 0, 0]
 */
export function summarizeAging(items: readonly AgingItem[], buckets: AgingBuckets): AgingSummary {
  const bucketCents = new Array<number>(buckets.labels.length).fill(0);
  const counts = new Array<number>(buckets.labels.length).fill(0);
  let totalCents = 0;
  for (const item of items) {
    const index = bucketIndex(item.daysPastDue, buckets);
    bucketCents[index] = (bucketCents[index] as number) + item.openCents;
    counts[index] = (counts[index] as number) + 1;
    totalCents += item.openCents;
  }
  return { labels: buckets.labels, bucketCents: bucketCents as Cents[], counts, totalCents: totalCents as Cents };
}
