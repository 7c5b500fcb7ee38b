import { describeWithSharedData } from "../../test/helpers/shared-data";
import { benchPrediction } from "./bench-prediction";

describe("benchPrediction without the data", () => {
  it("says the shared data is missing instead of failing", async () => {
    expect(await benchPrediction("/nowhere/ar.csv")).toEqual({ ok: false, error: "no-shared-data" });
  });
});

describeWithSharedData("benchPrediction on the IBM sample", () => {
  it("reports the evaluation figures and timings (timings are reported, never asserted)", async () => {
    const result = await benchPrediction();
    if (!result.ok) throw new Error(result.error);
    const bench = result.value;
    expect(Object.keys(bench)).toEqual(["n", "accuracy", "baselineAccuracy", "maeDays", "baselineMaeDays", "auc", "trainMs", "extra"]);
    expect(bench.n).toBe(536);
    expect(bench.accuracy).toBeGreaterThan(bench.baselineAccuracy);
    expect(bench.extra.scaled.invoices).toBe(9864);
    expect([bench.trainMs, bench.extra.scaled.trainMs, bench.extra.scaled.predictMs].every((ms) => Number.isFinite(ms) && ms >= 0)).toBe(true);
  });
});
