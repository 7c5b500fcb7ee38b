/* Test fixtures shared by the replay's tests and the what-if sheet's: a current policy and a draft to compare. */
import type { Cents } from "../../money/cents";
import { DEFAULT_COLLECT_POLICY, type CollectPolicy } from "../../policy/collect-policy";

/** No scenarios: every customer on the Standard stages. */
export const TEST_CURRENT_POLICY: CollectPolicy = { ...DEFAULT_COLLECT_POLICY, scenarioRules: [] };

/** The draft: firmer pressure at 8 days instead of 15, a final notice at 30 days with a 40.00 fee and 8% simple interest. */
export const TEST_DRAFT_POLICY: CollectPolicy = {
  ...TEST_CURRENT_POLICY,
  interestMethod: "simple-daily",
  annualInterestRate: 0.08,
  stages: TEST_CURRENT_POLICY.stages.map((s) => (s.level === 5 ? { ...s, triggerDaysFromDue: 8 } : s.level === 6 ? { ...s, triggerDaysFromDue: 30, feeCents: 40_00 as Cents, chargeInterest: true } : s)),
};
