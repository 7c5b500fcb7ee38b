import type { RiskBand } from "../predict/risk-band";
import type { CollectPolicy } from "./collect-policy";
import { STANDARD_SCENARIO, type ScenarioDefinition, type ScenarioRule } from "./scenario";

/** What the scenario rules look at for one customer. */
export interface ScenarioFacts {
  readonly segment: string | null;
  readonly industryCode: string | null;
  /** Invoiced in the 12 months to the as-of date, in major units of the customer's largest currency. */
  readonly sales12m: number;
  /** Days from the customer's first invoice to the as-of date, or null when no invoice has a date. */
  readonly customerAgeDays: number | null;
  /** The customer's late-payment risk on the as-of date; absent or null: not rated (no prediction, or too little history). */
  readonly risk?: ScenarioRisk | null;
}

/** A customer's late-payment risk as the scenario rules see it. */
export interface ScenarioRisk {
  /** 0–100: P(paying the next invoice late) × 100. */
  readonly score: number;
  readonly band: RiskBand;
  /** The fact the score rests on, in words ("pays 21 days late on average over 14 invoices, 12 of them late"). */
  readonly why: string;
}

/**
 * A risk in words for the audit trail and the worklist.
 *
 * @example describeRisk({ score: 78, band: "high", why: "pays 21 days late on average over 14 invoices, 12 of them late" }) //=> "risk 78 (high): pays 21 days late on average over 14 invoices, 12 of them late"
 */
export function describeRisk(risk: ScenarioRisk): string {
  return `risk ${String(risk.score)} (${risk.band}): ${risk.why}`;
}

/** The scenario picked for a customer, the policy it resolves to, and why. */
export interface ScenarioChoice {
  readonly name: string;
  /** The policy with the scenario's stage table and grace days in place (pass it to `computeStage`). */
  readonly policy: CollectPolicy;
  /** The rule that matched, or null for Standard by default. */
  readonly rule: ScenarioRule | null;
  readonly why: string;
}

function normaliseText(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

function normaliseCode(text: string): string {
  return text.replace(/[\s.\-/]/g, "").toUpperCase();
}

function inBand(value: number, atLeast: number | null, below: number | null): boolean {
  return (atLeast === null || value >= atLeast) && (below === null || value < below);
}

/**
 * True when a customer's facts match a rule.
 *
 * @example matchesScenarioRule({ scenario: "Key account", field: "sales-12m", atLeast: 100000, below: null }, { segment: null, industryCode: null, sales12m: 250000, customerAgeDays: 900 }) //=> true
 * @example matchesScenarioRule({ scenario: "Public sector", field: "industry-code", anyOf: ["92"] }, { segment: null, industryCode: "921110", sales12m: 0, customerAgeDays: null }) //=> true
 */
export function matchesScenarioRule(rule: ScenarioRule, facts: ScenarioFacts): boolean {
  switch (rule.field) {
    case "segment": {
      if (facts.segment === null) return false;
      const segment = normaliseText(facts.segment);
      return rule.anyOf.some((value) => normaliseText(value) === segment);
    }
    case "industry-code": {
      if (facts.industryCode === null) return false;
      const code = normaliseCode(facts.industryCode);
      return rule.anyOf.some((prefix) => normaliseCode(prefix).length > 0 && code.startsWith(normaliseCode(prefix)));
    }
    case "sales-12m":
      return inBand(facts.sales12m, rule.atLeast, rule.below);
    case "customer-age-days":
      return facts.customerAgeDays !== null && inBand(facts.customerAgeDays, rule.atLeast, rule.below);
    case "risk-band": {
      const band = facts.risk?.band;
      return band !== undefined && rule.anyOf.includes(band);
    }
  }
}

/**
 * A rule in words, for the audit trail and the policy sheet.
 *
 * @example describeScenarioRule({ scenario: "New customer", field: "customer-age-days", atLeast: null, below: 90 }) //=> "first invoice less than 90 days ago"
 */
export function describeScenarioRule(rule: ScenarioRule): string {
  switch (rule.field) {
    case "segment":
      return `segment is ${rule.anyOf.join(" or ")}`;
    case "industry-code":
      return `industry code starts with ${rule.anyOf.join(", ")}`;
    case "sales-12m":
      return `sales in the last 12 months ${describeBand(rule.atLeast, rule.below)}`;
    case "customer-age-days":
      if (rule.atLeast === null && rule.below !== null) return `first invoice less than ${rule.below} days ago`;
      return `first invoice ${describeBand(rule.atLeast, rule.below)} days ago`;
    case "risk-band":
      return `late-payment risk is ${rule.anyOf.join(" or ")}`;
  }
}

function describeBand(atLeast: number | null, below: number | null): string {
  if (atLeast !== null && below !== null) return `from ${atLeast} to below ${below}`;
  if (atLeast !== null) return `at least ${atLeast}`;
  if (below !== null) return `below ${below}`;
  return "of any amount";
}

/**
 * The policy with a scenario's stage table and grace days in place; Standard (or an unknown name) gives the
 * policy itself.
 *
 * @example resolveScenarioPolicy(DEFAULT_COLLECT_POLICY, "Public sector").graceDays //=> 15
 */
export function resolveScenarioPolicy(policy: CollectPolicy, name: string): CollectPolicy {
  const scenario = findScenario(policy, name);
  if (scenario === undefined) return policy;
  return { ...policy, stages: scenario.stages ?? policy.stages, graceDays: scenario.graceDays ?? policy.graceDays };
}

function findScenario(policy: CollectPolicy, name: string): ScenarioDefinition | undefined {
  if (name === STANDARD_SCENARIO) return undefined;
  return policy.scenarios.find((scenario) => scenario.name === name);
}

/**
 * Picks the scenario for a customer: the first rule that matches (rules naming an unknown scenario are passed
 * over), else Standard. A risk rule's `why` carries the risk and what it rests on.
 *
 * @example selectScenario({ segment: "public sector", industryCode: null, sales12m: 0, customerAgeDays: 400 }, DEFAULT_COLLECT_POLICY).name
 * //=> "Public sector"
 */
export function selectScenario(facts: ScenarioFacts, policy: CollectPolicy): ScenarioChoice {
  for (const rule of policy.scenarioRules) {
    if (rule.scenario !== STANDARD_SCENARIO && findScenario(policy, rule.scenario) === undefined) continue;
    if (!matchesScenarioRule(rule, facts)) continue;
    // A risk rule also says what the risk rests on, so the audit trail shows why this customer was judged likely to pay late.
    const risk = rule.field === "risk-band" && facts.risk !== undefined && facts.risk !== null ? ` (${describeRisk(facts.risk)})` : "";
    return { name: rule.scenario, policy: resolveScenarioPolicy(policy, rule.scenario), rule, why: `${rule.scenario}: ${describeScenarioRule(rule)}${risk}` };
  }
  return { name: STANDARD_SCENARIO, policy, rule: null, why: `${STANDARD_SCENARIO}: no scenario rule matched` };
}
