import { toCellAddress } from "../../core/excel/address";
import { DEFAULT_COLLECT_POLICY } from "../../core/policy/collect-policy";
import { DEFAULT_SCENARIOS, type ScenarioDefinition } from "../../core/policy/scenario";
import type { Issue, Parsed } from "../../core/types/issue";
import type { Grid } from "../grid";
import { addressAt } from "./_lib/cells";
import { policyIssue } from "./_lib/policy-issue";
import { findSection, type Section } from "./_lib/sections";
import { POLICY_SECTIONS, type PolicySheetContent } from "./policy-sheet";
import { readPolicyScenarios, readScenarioRules } from "./read-policy-scenarios";
import { readPolicySettings } from "./read-policy-settings";
import { readPolicyStages } from "./read-policy-stages";
import { readPriorityWeights } from "./read-policy-weights";

const TITLES: readonly string[] = Object.values(POLICY_SECTIONS);

/**
 * Reads the `Collect Policy` sheet back into a policy and priority weights. Never fails: every cell it cannot
 * read is an issue naming the cell (e.g. `'Collect Policy'!B7`) that says which default is used instead, and
 * a missing block falls back to its defaults with one issue.
 *
 * @example readPolicySheet(ownedSheetToGrid(defaultPolicySheet())) //=> { value: { ...DEFAULT_COLLECT_POLICY, weights: DEFAULT_PRIORITY_WEIGHTS }, issues: [] }
 */
export function readPolicySheet(grid: Grid): Parsed<PolicySheetContent> {
  const issues: Issue[] = [];
  const sheetAddress = toCellAddress(grid.sheetName, grid.top, grid.left);
  const section = (title: string, firstHeader: string): Section | null => {
    const found = findSection(grid, title, firstHeader, TITLES);
    if (found === null) {
      issues.push(policyIssue("policy-missing-section", "warning", sheetAddress, `no "${title}" block was found (a cell reading "${title}" in column A); using the default ${title.toLowerCase()}.`));
    } else if (found.headerRow === null) {
      issues.push(policyIssue("policy-missing-section", "warning", addressAt(grid, found.titleRow, 0), `the "${title}" block has no header row starting with "${firstHeader}"; using the default ${title.toLowerCase()}.`));
      return null;
    }
    return found;
  };
  const titleAddress = (found: Section | null): Issue["address"] => (found === null ? null : addressAt(grid, found.titleRow, 0));

  const settingsSection = section(POLICY_SECTIONS.settings, "Setting");
  const settings = readPolicySettings(grid, settingsSection, titleAddress(settingsSection));
  const scenariosSection = section(POLICY_SECTIONS.scenarios, "Scenario");
  const headings = scenariosSection === null ? { scenarios: DEFAULT_SCENARIOS, issues: [] } : readPolicyScenarios(grid, scenariosSection);
  const listed = new Set(headings.scenarios.map((scenario) => scenario.name));
  // A built-in scenario the Scenarios block does not list (a sheet made before it shipped) can still be named by a
  // rule or a stage row: a sheet from an earlier version gains "Late-payer risk" by adding its rule row alone.
  const builtIns = DEFAULT_SCENARIOS.filter((scenario) => !listed.has(scenario.name));
  const names = new Set([...listed, ...builtIns.map((scenario) => scenario.name)]);
  const rulesSection = section(POLICY_SECTIONS.rules, "Scenario");
  const rules = rulesSection === null
    ? { rules: DEFAULT_COLLECT_POLICY.scenarioRules.filter((rule) => listed.has(rule.scenario)), issues: [] }
    : readScenarioRules(grid, rulesSection, names);
  const weightsSection = section(POLICY_SECTIONS.weights, "Factor");
  const weights = readPriorityWeights(grid, weightsSection, titleAddress(weightsSection));
  const stagesSection = section(POLICY_SECTIONS.stages, "Scenario");
  const stages = readPolicyStages(grid, stagesSection, names, titleAddress(stagesSection) ?? sheetAddress);
  issues.push(...settings.issues, ...headings.issues, ...rules.issues, ...weights.issues, ...stages.issues);

  const scenarios: ScenarioDefinition[] = headings.scenarios.map((heading) => ({
    name: heading.name,
    description: heading.description,
    graceDays: heading.graceDays,
    stages: stagesSection === null ? (DEFAULT_SCENARIOS.find((s) => s.name === heading.name)?.stages ?? null) : (stages.byScenario.get(heading.name) ?? null),
  }));
  for (const builtIn of builtIns) {
    const own = stages.byScenario.get(builtIn.name) ?? null;
    if (own === null && !rules.rules.some((rule) => rule.scenario === builtIn.name)) continue;
    scenarios.push({ ...builtIn, stages: own ?? builtIn.stages });
    issues.push(policyIssue("policy-missing-setting", "info", titleAddress(scenariosSection) ?? sheetAddress,
      `a scenario rule or stage row names "${builtIn.name}", which the Scenarios block does not list; Collect uses its built-in "${builtIn.name}" (${builtIn.description})${own === null ? " with its built-in stages" : ""}. Add a row for it to the Scenarios block to change its grace days.`));
  }
  return {
    value: {
      ...settings.settings,
      stages: stages.standard,
      minBalanceByCurrency: settings.minBalanceByCurrency,
      scenarios,
      scenarioRules: rules.rules,
      weights: weights.weights,
    },
    issues,
  };
}
