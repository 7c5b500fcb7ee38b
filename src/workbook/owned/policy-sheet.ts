import { centsToAmount } from "../../core/money/cents";
import { DEFAULT_COLLECT_POLICY, type CollectPolicy, type PolicySettings } from "../../core/policy/collect-policy";
import type { Channel, StageDefinition, ToneRule } from "../../core/policy/policy";
import { STANDARD_SCENARIO, type ScenarioField, type ScenarioRule } from "../../core/policy/scenario";
import { ownLevels } from "../../core/policy/stage-inheritance";
import { DEFAULT_PRIORITY_WEIGHTS, PRIORITY_FACTORS, PRIORITY_FACTOR_INFO, type PriorityWeights } from "../../core/desk/priority-weights";
import type { CellValue } from "../grid";
import type { OwnedColumn, OwnedSheet } from "../owned-sheet";
import { MONEY_FORMAT, TEXT_FORMAT, WHOLE_FORMAT } from "./_lib/formats";
import { MIN_BALANCE_LABEL, SETTING_SPECS, type SettingSpec } from "./policy-settings-spec";

/** The sheet the bookkeeper edits the policy in. */
export const POLICY_SHEET_NAME = "Collect Policy";

/** The section titles of the policy sheet, in the first column. */
export const POLICY_SECTIONS = { settings: "Settings", scenarios: "Scenarios", rules: "Scenario rules", weights: "Priority weights", stages: "Stages" } as const;

/** Everything the policy sheet holds: the policy and the priority weights. */
export type PolicySheetContent = CollectPolicy & { readonly weights: PriorityWeights };

/** Column headers of the stages table (the sheet's Excel table). */
export const STAGE_COLUMNS: readonly OwnedColumn[] = [
  { header: "Scenario", width: 40, numberFormat: TEXT_FORMAT },
  { header: "Level", width: 12, numberFormat: WHOLE_FORMAT },
  { header: "Stage", width: 26 },
  { header: "Days from due", width: 14 },
  { header: "Channel", width: 12 },
  { header: "Tone", width: 12 },
  { header: "Min days since contact", width: 14 },
  { header: "Template", width: 16 },
  { header: "Action", width: 70 },
  { header: "Fee", width: 10, numberFormat: MONEY_FORMAT },
  { header: "Interest", width: 10 },
];

/** Header of the Settings block. */
export const SETTINGS_HEADER = ["Setting", "Value", "What it means"] as const;
/** Header of the Scenarios block. */
export const SCENARIOS_HEADER = ["Scenario", "Grace days", "What it is for"] as const;
/** Header of the Scenario rules block. */
export const RULES_HEADER = ["Scenario", "Customer field", "Is / starts with", "At least", "Below"] as const;
/** Header of the Priority weights block. */
export const WEIGHTS_HEADER = ["Factor", "Weight", "How it is measured"] as const;

/** The words for each customer field a scenario rule can test. */
export const SCENARIO_FIELD_LABELS: Readonly<Record<ScenarioField, string>> = {
  segment: "Segment",
  "industry-code": "Industry code (SIC/NAICS)",
  "sales-12m": "Sales in the last 12 months",
  "customer-age-days": "Days since first invoice",
  "risk-band": "Late-payment risk band",
};

/** How a tone rule is written in the sheet. @example toneText("by-history") //=> "by history" */
export function toneText(tone: ToneRule): string {
  return tone === "by-history" ? "by history" : tone;
}

/** How a channel is written in the sheet. @example channelText("e-mail") //=> "e-mail" */
export function channelText(channel: Channel): string {
  return channel;
}

/** A setting's value as written in the sheet. @example settingCell(SETTING_SPECS[0], DEFAULT_POLICY_SETTINGS) //=> 0 */
export function settingCell(spec: SettingSpec, settings: PolicySettings): CellValue {
  const value = settings[spec.key];
  switch (spec.kind) {
    case "yes-no":
      return value === true ? "Yes" : "No";
    case "money":
      return centsToAmount(value as PolicySettings["minBalanceCents"]);
    case "percent":
      return Math.round((value as number) * 10000) / 100;
    case "choice":
      return spec.choices?.find((choice) => choice.value === value)?.label ?? String(value);
    default:
      return value as number;
  }
}

function stageRow(scenario: string, stage: StageDefinition): readonly CellValue[] {
  const fee = stage.feeCents === undefined || stage.feeCents === 0 ? null : centsToAmount(stage.feeCents);
  return [scenario, stage.level, stage.name, stage.triggerDaysFromDue, channelText(stage.channel), toneText(stage.tone), stage.minDaysSinceContact, stage.template, stage.action, fee, stage.chargeInterest === true ? "Yes" : null];
}

function ruleRow(rule: ScenarioRule): readonly CellValue[] {
  const field = SCENARIO_FIELD_LABELS[rule.field];
  return "anyOf" in rule ? [rule.scenario, field, rule.anyOf.join("; "), null, null] : [rule.scenario, field, null, rule.atLeast, rule.below];
}

/**
 * The `Collect Policy` sheet for a policy (the default one when created for the first time): a settings block
 * (setting | value | what it means), the scenarios and the rules that pick them, the priority weights, and the
 * stages table (the sheet's Excel table) with the Standard stages first and then each scenario's own.
 *
 * @example defaultPolicySheet().rows[0] //=> ["Standard", 1, "Invoice sent", null, "none", "soft", 0, "none", "No action: the invoice is out and not yet due"]
 */
export function defaultPolicySheet(policy: CollectPolicy = DEFAULT_COLLECT_POLICY, weights: PriorityWeights = DEFAULT_PRIORITY_WEIGHTS): OwnedSheet {
  const settings: (readonly CellValue[])[] = SETTING_SPECS.map((spec) => [spec.label, settingCell(spec, policy), spec.meaning]);
  for (const [currency, cents] of Object.entries(policy.minBalanceByCurrency)) {
    settings.push([`${MIN_BALANCE_LABEL} (${currency})`, centsToAmount(cents), `Net balances in ${currency} below this are not chased.`]);
  }
  const preamble: (readonly CellValue[])[] = [
    ["Collect Policy"],
    ["How Collect chases overdue invoices. Change the values and tables below; Collect reads this sheet on every run and never overwrites it. A cell it cannot read is reported with its address, and that cell's default is used."],
    [],
    [POLICY_SECTIONS.settings],
    [...SETTINGS_HEADER],
    ...settings,
    [],
    [POLICY_SECTIONS.scenarios],
    ["Variants of the stage table for groups of customers. Grace days blank = as Standard. A scenario lists in the Stages table only the levels it does its own way; its other levels follow the Standard stages (change a Standard stage and they change too). A scenario without rows uses the Standard stages."],
    [...SCENARIOS_HEADER],
    ...policy.scenarios.map((scenario) => [scenario.name, scenario.graceDays, scenario.description]),
    [],
    [POLICY_SECTIONS.rules],
    [`Tried top to bottom; the first rule that matches a customer picks its scenario, otherwise ${STANDARD_SCENARIO}. Several values: separate them with ";". A late-payment risk band is low, medium or high, as Collect Customers shows it (customers with fewer than 3 paid invoices are not rated).`],
    [...RULES_HEADER],
    ...policy.scenarioRules.map(ruleRow),
    [],
    [POLICY_SECTIONS.weights],
    ["How the worklist is ordered: each factor is scored 0–1 and weighted; the score is out of 100. Set a weight to 0 to ignore a factor."],
    [...WEIGHTS_HEADER],
    ...PRIORITY_FACTORS.map((factor) => [PRIORITY_FACTOR_INFO[factor].label, weights[factor], PRIORITY_FACTOR_INFO[factor].measure]),
    [],
    [POLICY_SECTIONS.stages],
  ];
  const rows = [
    ...policy.stages.map((stage) => stageRow(STANDARD_SCENARIO, stage)),
    // A scenario's rows are only the levels it sets its own way; the others follow Standard, edits included.
    ...policy.scenarios.flatMap((scenario) => ownLevels(scenario.stages ?? [], policy.stages).map((stage) => stageRow(scenario.name, stage))),
  ];
  return { name: POLICY_SHEET_NAME, columns: STAGE_COLUMNS, rows, preamble, asTable: true, freezeHeader: false };
}
