import { DEFAULT_PRIORITY_WEIGHTS, PRIORITY_FACTORS, PRIORITY_FACTOR_INFO, type PriorityFactor, type PriorityWeights } from "../../core/desk/priority-weights";
import type { CellAddress, Issue } from "../../core/types/issue";
import type { Grid } from "../grid";
import { addressAt, cellAt, cellText, normaliseHeader, readNumber, showCell } from "./_lib/cells";
import { policyIssue } from "./_lib/policy-issue";
import { columnOf, type Section } from "./_lib/sections";

/** Largest weight accepted; weights are relative, so anything larger is a typing slip. */
const MAX_WEIGHT = 1e6;

/** The factor a label or key names, or null. @example priorityFactorOf("Days past due") //=> "days-past-due" */
export function priorityFactorOf(text: string): PriorityFactor | null {
  const wanted = normaliseHeader(text);
  return PRIORITY_FACTORS.find((factor) => normaliseHeader(PRIORITY_FACTOR_INFO[factor].label) === wanted || factor === wanted.replace(/ /g, "-")) ?? null;
}

/**
 * Reads the Priority weights block: each factor's weight, a number from 0. An unreadable weight or a missing
 * factor uses the default and says so; all weights 0 falls back to the default table.
 *
 * @example readPriorityWeights(grid, section, "'Collect Policy'!A40").weights["amount-at-risk"] //=> 30
 */
export function readPriorityWeights(grid: Grid, section: Section | null, sectionAddress: CellAddress | null): { readonly weights: PriorityWeights; readonly issues: readonly Issue[] } {
  const weights: Partial<Record<PriorityFactor, number>> = {};
  const issues: Issue[] = [];
  if (section === null) return { weights: DEFAULT_PRIORITY_WEIGHTS, issues };
  const factorColumn = columnOf(section, "Factor") ?? 0;
  const weightColumn = columnOf(section, "Weight") ?? 1;
  for (const row of section.rows) {
    const label = cellText(cellAt(grid, row, factorColumn));
    if (label === null) continue;
    const factor = priorityFactorOf(label);
    if (factor === null) {
      issues.push(policyIssue("policy-unknown-setting", "warning", addressAt(grid, row, factorColumn),
        `"${label}" is not a priority factor (${PRIORITY_FACTORS.map((f) => PRIORITY_FACTOR_INFO[f].label).join(", ")}); the row is ignored.`));
      continue;
    }
    if (weights[factor] !== undefined) {
      issues.push(policyIssue("policy-duplicate", "warning", addressAt(grid, row, factorColumn), `"${label}" is listed twice; the first row is used.`));
      continue;
    }
    const value = cellAt(grid, row, weightColumn);
    const weight = readNumber(value);
    if (weight.ok && weight.value >= 0 && weight.value <= MAX_WEIGHT) weights[factor] = weight.value;
    else {
      weights[factor] = DEFAULT_PRIORITY_WEIGHTS[factor];
      issues.push(policyIssue("policy-invalid-cell", "warning", addressAt(grid, row, weightColumn),
        `the weight of "${PRIORITY_FACTOR_INFO[factor].label}" must be a number of 0 or more, not ${showCell(value)}; using the default ${DEFAULT_PRIORITY_WEIGHTS[factor]}.`));
    }
  }
  for (const factor of PRIORITY_FACTORS) {
    if (weights[factor] !== undefined || sectionAddress === null) continue;
    issues.push(policyIssue("policy-missing-setting", "info", sectionAddress, `the weight of "${PRIORITY_FACTOR_INFO[factor].label}" is missing; using the default ${DEFAULT_PRIORITY_WEIGHTS[factor]}.`));
  }
  const merged = { ...DEFAULT_PRIORITY_WEIGHTS, ...weights };
  if (PRIORITY_FACTORS.every((factor) => merged[factor] === 0) && sectionAddress !== null) {
    issues.push(policyIssue("policy-invalid-cell", "warning", sectionAddress, "every priority weight is 0, so nothing could be ranked; using the default weights."));
    return { weights: DEFAULT_PRIORITY_WEIGHTS, issues };
  }
  return { weights: merged, issues };
}
