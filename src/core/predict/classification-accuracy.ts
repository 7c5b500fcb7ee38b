import { checkPairs } from "./metric-input-error";

/**
 * Share of items whose predicted class matches the actual one (late vs on time here), 0–1.
 *
 * @throws MetricInputError when the lists differ in length or are empty
 * @example classificationAccuracy([true, false, true, true], [true, false, false, true]) //=> 0.75
 */
export function classificationAccuracy(predicted: readonly boolean[], actual: readonly boolean[]): number {
  checkPairs("classificationAccuracy", predicted, actual);
  let right = 0;
  for (let i = 0; i < predicted.length; i += 1) if (predicted[i] === actual[i]) right += 1;
  return right / predicted.length;
}
