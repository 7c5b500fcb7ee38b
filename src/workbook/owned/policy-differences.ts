import { centsToAmount, type Cents } from "../../core/money/cents";
import { PRIORITY_FACTORS, PRIORITY_FACTOR_INFO, type PriorityWeights } from "../../core/desk/priority-weights";
import type { CollectPolicy } from "../../core/policy/collect-policy";
import type { StageDefinition } from "../../core/policy/policy";
import { STANDARD_SCENARIO } from "../../core/policy/scenario";
import { channelText, settingCell, toneText } from "./policy-sheet";
import { SETTING_SPECS, type SettingSpec } from "./policy-settings-spec";

/** When a stage starts, in words. @example triggerText(-5) //=> "5 days before due" */
export function triggerText(days: number | null): string {
  if (days === null) return "from the invoice date";
  if (days === 0) return "on the due date";
  const count = Math.abs(days) === 1 ? "1 day" : `${Math.abs(days)} days`;
  return days < 0 ? `${count} before due` : `${count} after due`;
}

function settingText(spec: SettingSpec, policy: CollectPolicy): string {
  const cell = settingCell(spec, policy);
  if (spec.kind === "percent") return `${String(cell)}%`;
  if (spec.kind === "money" && typeof cell === "number") return cell.toFixed(2);
  return String(cell);
}

function money(cents: Cents | undefined): string {
  return cents === undefined || cents === 0 ? "none" : centsToAmount(cents).toFixed(2);
}

/** Each way one stage differs, as "what (was …)". */
function stageChanges(was: StageDefinition, now: StageDefinition): readonly string[] {
  const changes: string[] = [];
  const change = (what: string, before: string, after: string): void => {
    if (before !== after) changes.push(`${what} ${after} (was ${before})`);
  };
  change("named", `"${was.name}"`, `"${now.name}"`);
  change("starts", triggerText(was.triggerDaysFromDue), triggerText(now.triggerDaysFromDue));
  change("by", channelText(was.channel), channelText(now.channel));
  change("tone", toneText(was.tone), toneText(now.tone));
  change("waits", `${was.minDaysSinceContact} days since the last contact`, `${now.minDaysSinceContact} days since the last contact`);
  change("template", was.template, now.template);
  change("fee", money(was.feeCents), money(now.feeCents));
  change("interest", was.chargeInterest === true ? "charged" : "not charged", now.chargeInterest === true ? "charged" : "not charged");
  return changes;
}

function stageTableChanges(scenario: string, was: readonly StageDefinition[], now: readonly StageDefinition[]): readonly string[] {
  const lines: string[] = [];
  const levels = [...new Set([...was, ...now].map((stage) => stage.level))].sort((a, b) => a - b);
  for (const level of levels) {
    const before = was.find((stage) => stage.level === level);
    const after = now.find((stage) => stage.level === level);
    if (before === undefined && after !== undefined) lines.push(`${scenario} stage ${level} "${after.name}" is new: ${triggerText(after.triggerDaysFromDue)}, by ${channelText(after.channel)}.`);
    else if (after === undefined && before !== undefined) lines.push(`${scenario} stage ${level} "${before.name}" is left out.`);
    else if (before !== undefined && after !== undefined) {
      const changes = stageChanges(before, after);
      if (changes.length > 0) lines.push(`${scenario} stage ${level} "${before.name}": ${changes.join("; ")}.`);
    }
  }
  return lines;
}

function scenarioChanges(current: CollectPolicy, draft: CollectPolicy): readonly string[] {
  const lines: string[] = [];
  const names = [...new Set([...current.scenarios, ...draft.scenarios].map((scenario) => scenario.name))];
  for (const name of names) {
    const was = current.scenarios.find((scenario) => scenario.name === name);
    const now = draft.scenarios.find((scenario) => scenario.name === name);
    if (was === undefined) {
      lines.push(`Scenario "${name}" is new.`);
      continue;
    }
    if (now === undefined) {
      lines.push(`Scenario "${name}" is left out (its customers get the Standard stages).`);
      continue;
    }
    if (was.graceDays !== now.graceDays) lines.push(`Scenario "${name}": grace days ${now.graceDays ?? "as Standard"} (was ${was.graceDays ?? "as Standard"}).`);
    if (was.stages === null && now.stages !== null) lines.push(`Scenario "${name}" has its own stages (it used the Standard ones).`);
    if (was.stages !== null && now.stages === null) lines.push(`Scenario "${name}" uses the Standard stages (it had its own).`);
    // A scenario without its own table follows Standard's changes, which are listed once under Standard.
    if (was.stages !== null || now.stages !== null) lines.push(...stageTableChanges(name, was.stages ?? current.stages, now.stages ?? draft.stages));
  }
  if (JSON.stringify(current.scenarioRules) !== JSON.stringify(draft.scenarioRules)) {
    lines.push(`The scenario rules differ (${draft.scenarioRules.length} rules, was ${current.scenarioRules.length}): customers may fall in other scenarios.`);
  }
  return lines;
}

/**
 * The draft's differences from the current policy in words, one line each: settings, minimum balances per currency,
 * the Standard stages, each scenario (grace days, own stages, stage by stage), the scenario rules, and the priority
 * weights (which order the worklist but change nothing that is sent). Empty when the two are the same.
 *
 * @example describePolicyDifferences(DEFAULT_COLLECT_POLICY, { ...DEFAULT_COLLECT_POLICY, graceDays: 5 }) //=> ["Grace days after due: 5 (was 0)."]
 */
export function describePolicyDifferences(current: CollectPolicy, draft: CollectPolicy, weights?: { readonly current: PriorityWeights; readonly draft: PriorityWeights }): readonly string[] {
  const lines: string[] = [];
  for (const spec of SETTING_SPECS) {
    const was = settingText(spec, current);
    const now = settingText(spec, draft);
    if (was !== now) lines.push(`${spec.label}: ${now} (was ${was}).`);
  }
  const currencies = [...new Set([...Object.keys(current.minBalanceByCurrency), ...Object.keys(draft.minBalanceByCurrency)])].sort();
  for (const currency of currencies) {
    const was = current.minBalanceByCurrency[currency];
    const now = draft.minBalanceByCurrency[currency];
    if (was !== now) lines.push(`Minimum balance worth chasing in ${currency}: ${now === undefined ? "as the general minimum" : centsToAmount(now).toFixed(2)} (was ${was === undefined ? "as the general minimum" : centsToAmount(was).toFixed(2)}).`);
  }
  lines.push(...stageTableChanges(STANDARD_SCENARIO, current.stages, draft.stages), ...scenarioChanges(current, draft));
  if (weights !== undefined) {
    const changed = PRIORITY_FACTORS.filter((factor) => weights.current[factor] !== weights.draft[factor]);
    if (changed.length > 0) {
      lines.push(`Priority weights: ${changed.map((f) => `${PRIORITY_FACTOR_INFO[f].label} ${weights.draft[f]} (was ${weights.current[f]})`).join("; ")}. They order the worklist and change nothing that is sent.`);
    }
  }
  return lines;
}
