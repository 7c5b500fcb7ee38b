import { DEFAULT_POLICY } from "./policy";
import { DEFAULT_SCENARIOS } from "./scenario";
import { followStandard, ownLevels, sameStage } from "./stage-inheritance";

const standard = DEFAULT_POLICY.stages;
const latePayer = DEFAULT_SCENARIOS.find((s) => s.name === "Late-payer risk")?.stages ?? [];

describe("sameStage", () => {
  it("is true for a copy, and treats no fee as 0 and no interest as off", () => {
    const stage = standard[5]!;
    expect(sameStage(stage, { ...stage })).toBe(true);
    expect(sameStage({ ...stage, feeCents: undefined as never }, { ...stage, feeCents: 0 as never, chargeInterest: false })).toBe(true);
  });

  it.each([
    ["triggerDaysFromDue", 30],
    ["channel", "call"],
    ["tone", "soft"],
    ["minDaysSinceContact", 3],
    ["template", "other"],
    ["name", "Other"],
    ["action", "Other"],
    ["feeCents", 4000],
    ["chargeInterest", true],
  ])("is false when %s differs", (field, value) => {
    const stage = standard[5]!;
    expect(sameStage(stage, { ...stage, [field]: value })).toBe(false);
  });
});

describe("ownLevels", () => {
  it("keeps only the Late-payer risk scenario's early pre-due reminder: every other level is Standard's", () => {
    expect(ownLevels(latePayer, standard).map((s) => [s.level, s.triggerDaysFromDue])).toEqual([[3, -10]]);
  });

  it("keeps every level of a scenario that differs everywhere", () => {
    const keyAccount = DEFAULT_SCENARIOS.find((s) => s.name === "Key account")?.stages ?? [];
    expect(ownLevels(keyAccount, standard).length).toBeGreaterThanOrEqual(6);
  });
});

describe("followStandard", () => {
  it("carries a change of a Standard stage into the scenario levels that were Standard's, not into its own", () => {
    const edited = standard.map((s) => (s.level === 6 ? { ...s, triggerDaysFromDue: 30 } : s.level === 3 ? { ...s, triggerDaysFromDue: -7 } : s));
    const followed = followStandard(latePayer, standard, edited);
    expect(followed.find((s) => s.level === 6)?.triggerDaysFromDue).toBe(30);
    expect(followed.find((s) => s.level === 3)?.triggerDaysFromDue).toBe(-10);
    expect(followStandard(latePayer, standard, standard)).toEqual(latePayer);
  });
});
