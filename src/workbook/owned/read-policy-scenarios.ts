import { DEFAULT_SCENARIOS, SCENARIO_RISK_BANDS, STANDARD_SCENARIO, type ScenarioField, type ScenarioRule } from "../../core/policy/scenario";
import type { RiskBand } from "../../core/predict/risk-band";
import type { Issue } from "../../core/types/issue";
import type { Grid } from "../grid";
import { addressAt, cellAt, cellText, normaliseHeader, readNumber, showCell } from "./_lib/cells";
import { policyIssue } from "./_lib/policy-issue";
import { columnOf, type Section } from "./_lib/sections";
import { SCENARIO_FIELD_LABELS } from "./policy-sheet";

/** A scenario's row of the Scenarios block (its stages come from the Stages table). */
export interface ScenarioHeading {
  readonly name: string;
  readonly graceDays: number | null;
  readonly description: string;
}

/** Longest grace a scenario may have (10 years): more is a typing slip. */
const MAX_GRACE_DAYS = 3650;

/**
 * Reads the Scenarios block: name, grace days (blank = as Standard), description. A row without a name, a
 * repeated name or "Standard" is ignored with an issue; an unreadable grace uses the default and says so.
 *
 * @example readPolicyScenarios(grid, section).scenarios.map((s) => s.name) //=> ["Public sector", "Key account", "New customer"]
 */
export function readPolicyScenarios(grid: Grid, section: Section | null): { readonly scenarios: readonly ScenarioHeading[]; readonly issues: readonly Issue[] } {
  const scenarios: ScenarioHeading[] = [];
  const issues: Issue[] = [];
  if (section === null) return { scenarios, issues };
  const nameColumn = columnOf(section, "Scenario") ?? 0;
  const graceColumn = columnOf(section, "Grace days", "Grace");
  const descriptionColumn = columnOf(section, "What it is for", "Description");
  for (const row of section.rows) {
    const name = cellText(cellAt(grid, row, nameColumn));
    if (name === null) {
      issues.push(policyIssue("policy-row-ignored", "warning", addressAt(grid, row, nameColumn), "this scenario row has no name; the row is ignored."));
      continue;
    }
    if (normaliseHeader(name) === normaliseHeader(STANDARD_SCENARIO)) {
      issues.push(policyIssue("policy-row-ignored", "info", addressAt(grid, row, nameColumn), `"${STANDARD_SCENARIO}" is set by the Settings block and the Standard stages; this row is ignored.`));
      continue;
    }
    if (scenarios.some((scenario) => normaliseHeader(scenario.name) === normaliseHeader(name))) {
      issues.push(policyIssue("policy-duplicate", "warning", addressAt(grid, row, nameColumn), `the scenario "${name}" is listed twice; the first row is used.`));
      continue;
    }
    const fallback = DEFAULT_SCENARIOS.find((scenario) => scenario.name === name)?.graceDays ?? null;
    let graceDays: number | null = null;
    const graceValue = graceColumn === null ? null : cellAt(grid, row, graceColumn);
    if (graceColumn !== null && cellText(graceValue) !== null) {
      const grace = readNumber(graceValue);
      if (grace.ok && Number.isInteger(grace.value) && grace.value >= 0 && grace.value <= MAX_GRACE_DAYS) graceDays = grace.value;
      else {
        graceDays = fallback;
        issues.push(policyIssue("policy-invalid-cell", "warning", addressAt(grid, row, graceColumn),
          `grace days of "${name}" must be a whole number of days from 0 to ${MAX_GRACE_DAYS} (or blank for as Standard), not ${showCell(graceValue)}; using the default ${fallback === null ? "(as Standard)" : String(fallback)}.`));
      }
    }
    const description = descriptionColumn === null ? "" : (cellText(cellAt(grid, row, descriptionColumn)) ?? "");
    scenarios.push({ name, graceDays, description });
  }
  return { scenarios, issues };
}

const FIELD_WORDS: readonly (readonly [string, ScenarioField])[] = [
  ...Object.entries(SCENARIO_FIELD_LABELS).map(([field, label]) => [normaliseHeader(label), field as ScenarioField] as const),
  ["segment", "segment"], ["industry code", "industry-code"], ["industry", "industry-code"], ["sic", "industry-code"], ["naics", "industry-code"],
  ["sales", "sales-12m"], ["sales last 12 months", "sales-12m"], ["sales volume", "sales-12m"], ["annual sales", "sales-12m"],
  ["customer age", "customer-age-days"], ["customer age (days)", "customer-age-days"], ["days since first invoice", "customer-age-days"],
  ["risk band", "risk-band"], ["risk", "risk-band"], ["late payment risk", "risk-band"], ["late-payment risk", "risk-band"],
];

/** The rule field named by a cell's text, or null. @example scenarioFieldOf("Industry code") //=> "industry-code" */
export function scenarioFieldOf(text: string): ScenarioField | null {
  const wanted = normaliseHeader(text);
  return FIELD_WORDS.find(([words]) => words === wanted)?.[1] ?? null;
}

/** A risk band named by a cell's text ("High", " medium "), or null. @example riskBandOf("High") //=> "high" */
function riskBandOf(text: string): RiskBand | null {
  const wanted = normaliseHeader(text);
  return SCENARIO_RISK_BANDS.find((band) => band === wanted) ?? null;
}

/**
 * Reads the Scenario rules block, top to bottom. A rule naming a scenario that does not exist, a field Collect
 * does not know, or no value to test is ignored with an issue (a rule has no sensible default).
 *
 * @example readScenarioRules(grid, section, new Set(["Key account"])).rules[0] //=> { scenario: "Key account", field: "sales-12m", atLeast: 100000, below: null }
 */
export function readScenarioRules(grid: Grid, section: Section | null, scenarios: ReadonlySet<string>): { readonly rules: readonly ScenarioRule[]; readonly issues: readonly Issue[] } {
  const rules: ScenarioRule[] = [];
  const issues: Issue[] = [];
  if (section === null) return { rules, issues };
  const scenarioColumn = columnOf(section, "Scenario") ?? 0;
  const fieldColumn = columnOf(section, "Customer field", "Field") ?? 1;
  const textColumn = columnOf(section, "Is / starts with", "Is", "Starts with", "Values") ?? 2;
  const atLeastColumn = columnOf(section, "At least", "From") ?? 3;
  const belowColumn = columnOf(section, "Below", "Less than") ?? 4;
  const ignore = (row: number, column: number, why: string): void => {
    issues.push(policyIssue("policy-row-ignored", "warning", addressAt(grid, row, column), `${why}; this rule is ignored.`));
  };
  for (const row of section.rows) {
    const scenario = cellText(cellAt(grid, row, scenarioColumn));
    if (scenario === null || (!scenarios.has(scenario) && scenario !== STANDARD_SCENARIO)) {
      ignore(row, scenarioColumn, `${showCell(cellAt(grid, row, scenarioColumn))} is not a scenario of the Scenarios block`);
      continue;
    }
    const fieldText = cellText(cellAt(grid, row, fieldColumn));
    const field = fieldText === null ? null : scenarioFieldOf(fieldText);
    if (field === null) {
      ignore(row, fieldColumn, `the customer field must be one of ${Object.values(SCENARIO_FIELD_LABELS).join(", ")}, not ${showCell(cellAt(grid, row, fieldColumn))}`);
      continue;
    }
    if (field === "segment" || field === "industry-code" || field === "risk-band") {
      const anyOf = (cellText(cellAt(grid, row, textColumn)) ?? "").split(/[;,]/).map((part) => part.trim()).filter((part) => part !== "");
      if (anyOf.length === 0) ignore(row, textColumn, `a ${SCENARIO_FIELD_LABELS[field]} rule needs the text to match`);
      else if (field !== "risk-band") rules.push({ scenario, field, anyOf });
      else {
        const bands = anyOf.map(riskBandOf);
        const bad = anyOf.find((_, i) => bands[i] === null);
        if (bad !== undefined) ignore(row, textColumn, `a ${SCENARIO_FIELD_LABELS[field]} must be ${SCENARIO_RISK_BANDS.join(", ")} (several separated by ";"), not "${bad}"`);
        else rules.push({ scenario, field, anyOf: [...new Set(bands as RiskBand[])] });
      }
      continue;
    }
    const bound = (column: number): number | null | "invalid" => {
      const value = cellAt(grid, row, column);
      if (cellText(value) === null) return null;
      const number = readNumber(value);
      return number.ok ? number.value : "invalid";
    };
    const atLeast = bound(atLeastColumn);
    const below = bound(belowColumn);
    if (atLeast === "invalid" || below === "invalid") {
      ignore(row, atLeast === "invalid" ? atLeastColumn : belowColumn, `"At least" and "Below" must be numbers, not ${showCell(cellAt(grid, row, atLeast === "invalid" ? atLeastColumn : belowColumn))}`);
      continue;
    }
    if (atLeast === null && below === null) {
      ignore(row, atLeastColumn, `a ${SCENARIO_FIELD_LABELS[field]} rule needs "At least", "Below" or both`);
      continue;
    }
    rules.push({ scenario, field, atLeast, below });
  }
  return { rules, issues };
}
