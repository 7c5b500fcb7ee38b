import { checkPairs } from "./metric-input-error";

/**
 * Area under the ROC curve by the Mann–Whitney rank statistic: the probability that a random late invoice
 * scores higher than a random on-time one, ties counting one half. Tied scores share their average rank, so
 * the result does not depend on the order of the items. Null when every item has the same label (no pair to
 * compare; AUC is undefined).
 *
 * AUC = (R₊ − n₊(n₊ + 1)/2) / (n₊ · n₋), where R₊ is the sum of the positives' ranks.
 *
 * @param scores - higher means more likely positive (late)
 * @param labels - true for a positive (late)
 * @throws MetricInputError when the lists differ in length, are empty, or a score is not finite
 * @example computeAuc([0.1, 0.4, 0.35, 0.8], [false, false, true, true]) //=> 0.75
 * @example computeAuc([0.5, 0.5], [false, true]) //=> 0.5
 * @example computeAuc([0.2, 0.9], [true, true]) //=> null
 */
export function computeAuc(scores: readonly number[], labels: readonly boolean[]): number | null {
  checkPairs("computeAuc", scores, labels);
  const positives = labels.filter(Boolean).length;
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) return null;
  const order = scores.map((_, i) => i).sort((a, b) => (scores[a] as number) - (scores[b] as number));
  let positiveRankSum = 0;
  let start = 0;
  while (start < order.length) {
    let end = start;
    const score = scores[order[start] as number] as number;
    while (end + 1 < order.length && scores[order[end + 1] as number] === score) end += 1;
    const averageRank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k += 1) if (labels[order[k] as number] === true) positiveRankSum += averageRank;
    start = end + 1;
  }
  return (positiveRankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
