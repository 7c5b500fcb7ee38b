import { DEFAULT_COLLECT_POLICY, type CollectPolicy } from "./collect-policy";
import { DEFAULT_POLICY } from "./policy";
import { STANDARD_SCENARIO } from "./scenario";
import { describeScenarioRule, matchesScenarioRule, resolveScenarioPolicy, selectScenario, type ScenarioFacts } from "./select-scenario";

const established: ScenarioFacts = { segment: null, industryCode: null, sales12m: 20_000, customerAgeDays: 800 };
const high = { score: 78, band: "high" as const, why: "pays 21 days late on average over 14 invoices, 12 of them late" };

describe("selectScenario with the default rules", () => {
  it.each([
    { name: "an ordinary established customer", facts: {}, scenario: "Standard" },
    { name: "segment 'Public sector' in any case and spacing", facts: { segment: "  public   SECTOR " }, scenario: "Public sector" },
    { name: "segment 'Government'", facts: { segment: "Government" }, scenario: "Public sector" },
    { name: "NAICS 921110 (executive offices)", facts: { industryCode: "921110" }, scenario: "Public sector" },
    { name: "SIC 9111 written with a dot", facts: { industryCode: "91.11" }, scenario: "Public sector" },
    { name: "NAICS 541211 (accountants) is not public", facts: { industryCode: "541211" }, scenario: "Standard" },
    { name: "sales of exactly 100,000 in 12 months", facts: { sales12m: 100_000 }, scenario: "Key account" },
    { name: "sales just below the band", facts: { sales12m: 99_999.99 }, scenario: "Standard" },
    { name: "first invoice 89 days ago", facts: { customerAgeDays: 89 }, scenario: "New customer" },
    { name: "first invoice 90 days ago (established)", facts: { customerAgeDays: 90 }, scenario: "Standard" },
    { name: "no dated invoice: age unknown, not new", facts: { customerAgeDays: null }, scenario: "Standard" },
    { name: "public sector wins over key account (first rule first)", facts: { segment: "Public sector", sales12m: 500_000 }, scenario: "Public sector" },
    { name: "key account wins over new customer", facts: { sales12m: 150_000, customerAgeDays: 30 }, scenario: "Key account" },
    { name: "late-payment risk high", facts: { risk: high }, scenario: "Late-payer risk" },
    { name: "late-payment risk medium", facts: { risk: { ...high, score: 45, band: "medium" as const } }, scenario: "Standard" },
    { name: "not rated (null risk)", facts: { risk: null }, scenario: "Standard" },
    { name: "every segment rule wins over the risk (risk rule last)", facts: { risk: high, segment: "Government" }, scenario: "Public sector" },
    { name: "key account wins over the risk", facts: { risk: high, sales12m: 150_000 }, scenario: "Key account" },
    { name: "new customer wins over the risk", facts: { risk: high, customerAgeDays: 30 }, scenario: "New customer" },
  ])("$name → $scenario", ({ facts, scenario }) => {
    expect(selectScenario({ ...established, ...facts }, DEFAULT_COLLECT_POLICY).name).toBe(scenario);
  });

  it("says what a risk rests on when the risk picked the scenario", () => {
    expect(selectScenario({ ...established, risk: high }, DEFAULT_COLLECT_POLICY).why).toBe(
      "Late-payer risk: late-payment risk is high (risk 78 (high): pays 21 days late on average over 14 invoices, 12 of them late)",
    );
    expect(describeScenarioRule({ scenario: "Late-payer risk", field: "risk-band", anyOf: ["medium", "high"] })).toBe("late-payment risk is medium or high");
  });

  it("says which rule matched", () => {
    expect(selectScenario({ ...established, customerAgeDays: 10 }, DEFAULT_COLLECT_POLICY).why).toBe("New customer: first invoice less than 90 days ago");
    expect(selectScenario(established, DEFAULT_COLLECT_POLICY).why).toBe("Standard: no scenario rule matched");
  });

  it("passes over a rule naming a scenario the policy does not define", () => {
    const policy: CollectPolicy = { ...DEFAULT_COLLECT_POLICY, scenarioRules: [{ scenario: "Nonexistent", field: "sales-12m", atLeast: 0, below: null }] };
    expect(selectScenario(established, policy).name).toBe(STANDARD_SCENARIO);
  });
});

describe("resolveScenarioPolicy", () => {
  it.each([
    { name: "Public sector keeps the Standard stages and adds grace", scenario: "Public sector", grace: 15, finalNotice: 45 },
    { name: "Key account has a later final notice", scenario: "Key account", grace: 0, finalNotice: 60 },
    { name: "Standard is the policy itself", scenario: "Standard", grace: 0, finalNotice: 45 },
    { name: "an unknown name falls back to Standard", scenario: "Nope", grace: 0, finalNotice: 45 },
  ])("$name", ({ scenario, grace, finalNotice }) => {
    const policy = resolveScenarioPolicy(DEFAULT_COLLECT_POLICY, scenario);
    expect(policy.graceDays).toBe(grace);
    expect(policy.stages.find((stage) => stage.id === "final-notice")?.triggerDaysFromDue).toBe(finalNotice);
  });

  it("Public sector follows the user's Standard stages when they change", () => {
    const stages = DEFAULT_POLICY.stages.map((stage) => (stage.id === "final-notice" ? { ...stage, triggerDaysFromDue: 50 } : stage));
    const policy = resolveScenarioPolicy({ ...DEFAULT_COLLECT_POLICY, stages }, "Public sector");
    expect(policy.stages.find((stage) => stage.id === "final-notice")?.triggerDaysFromDue).toBe(50);
  });

  it("every default scenario table has the seven levels with triggers that never go down", () => {
    for (const scenario of DEFAULT_COLLECT_POLICY.scenarios) {
      const stages = scenario.stages ?? DEFAULT_POLICY.stages;
      expect(stages.map((stage) => stage.level)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      const triggers = stages.map((stage) => stage.triggerDaysFromDue ?? Number.NEGATIVE_INFINITY);
      expect([...triggers].sort((a, b) => a - b)).toEqual(triggers);
    }
  });
});

describe("matchesScenarioRule and describeScenarioRule", () => {
  it.each([
    { name: "a band with both ends", rule: { scenario: "X", field: "sales-12m", atLeast: 10, below: 20 } as const, facts: { sales12m: 19 }, matches: true, text: "sales in the last 12 months from 10 to below 20" },
    { name: "the top of a band is outside it", rule: { scenario: "X", field: "sales-12m", atLeast: 10, below: 20 } as const, facts: { sales12m: 20 }, matches: false, text: "sales in the last 12 months from 10 to below 20" },
    { name: "an open band matches everything", rule: { scenario: "X", field: "sales-12m", atLeast: null, below: null } as const, facts: { sales12m: 0 }, matches: true, text: "sales in the last 12 months of any amount" },
    { name: "an established customer", rule: { scenario: "X", field: "customer-age-days", atLeast: 365, below: null } as const, facts: { customerAgeDays: 400 }, matches: true, text: "first invoice at least 365 days ago" },
    { name: "a segment list", rule: { scenario: "X", field: "segment", anyOf: ["Retail", "Trade"] } as const, facts: { segment: "trade" }, matches: true, text: "segment is Retail or Trade" },
  ])("$name", ({ rule, facts, matches, text }) => {
    expect(matchesScenarioRule(rule, { ...established, ...facts })).toBe(matches);
    expect(describeScenarioRule(rule)).toBe(text);
  });

  it.each([
    { name: "no segment", rule: { scenario: "X", field: "segment", anyOf: ["Retail"] } as const, facts: { segment: null } },
    { name: "no industry code", rule: { scenario: "X", field: "industry-code", anyOf: ["92"] } as const, facts: { industryCode: null } },
    { name: "an empty prefix never matches", rule: { scenario: "X", field: "industry-code", anyOf: [" "] } as const, facts: { industryCode: "1234" } },
  ])("does not match with $name", ({ rule, facts }) => {
    expect(matchesScenarioRule(rule, { ...established, ...facts })).toBe(false);
  });
});
