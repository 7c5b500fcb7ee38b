import type { Cents } from "../money/cents";
import { DEFAULT_COLLECT_POLICY, minBalanceFor, stageAtLevel } from "./collect-policy";
import { computeStage } from "./compute-stage";
import type { IsoDate } from "../dates/iso-date";

describe("DEFAULT_COLLECT_POLICY", () => {
  it("is a Policy computeStage accepts, with the seven default stages", () => {
    const result = computeStage({ dueDate: "2026-10-09" as IsoDate, asOf: "2026-11-25" as IsoDate }, DEFAULT_COLLECT_POLICY);
    expect(result.stage.id).toBe("final-notice");
  });

  it.each([
    { name: "a currency without its own minimum", currency: "EUR", cents: 10_00 },
    { name: "no currency", currency: null, cents: 10_00 },
    { name: "a currency with its own minimum", currency: "JPY", cents: 1000_00 },
  ])("minBalanceFor $name", ({ currency, cents }) => {
    const policy = { ...DEFAULT_COLLECT_POLICY, minBalanceByCurrency: { JPY: 1000_00 as Cents } };
    expect(minBalanceFor(policy, currency)).toBe(cents);
  });

  it.each([
    { level: 6, id: "final-notice" },
    { level: 7, id: "agency-legal" },
    { level: 8, id: undefined },
  ])("stageAtLevel($level) is $id", ({ level, id }) => {
    expect(stageAtLevel(DEFAULT_COLLECT_POLICY.stages, level)?.id).toBe(id);
  });
});
