/*
 * The policy as the Policy view edits it: every number as the text typed, checked field by field before the
 * policy is built (the same limits the `Collect Policy` sheet's reader applies), so each mistake is shown next
 * to its field rather than replaced by a default.
 */
import { followStandard } from "../../../core/policy/stage-inheritance";
import { PRIORITY_FACTORS, type PriorityFactor, type PriorityWeights } from "../../../core/desk/priority-weights";
import { toCents, type Cents } from "../../../core/money/cents";
import type { CollectPolicy, PolicySettings } from "../../../core/policy/collect-policy";
import type { Channel, StageDefinition, ToneRule } from "../../../core/policy/policy";
import { STANDARD_SCENARIO } from "../../../core/policy/scenario";
import { SETTING_SPECS, type SettingSpec } from "../../../workbook/owned";

/** One stage as edited. */
export interface StageDraft {
  readonly definition: StageDefinition;
  readonly name: string;
  readonly trigger: string;
  readonly channel: Channel;
  readonly tone: ToneRule;
  readonly minDays: string;
}

/** One scenario as edited: its grace days, and its own stages or null ("as Standard"). */
export interface ScenarioDraft {
  readonly name: string;
  readonly description: string;
  readonly graceDays: string;
  readonly stages: readonly StageDraft[] | null;
}

/** The whole policy as edited. */
export interface PolicyDraft {
  readonly settings: Readonly<Record<keyof PolicySettings, string | boolean>>;
  readonly stages: readonly StageDraft[];
  readonly scenarios: readonly ScenarioDraft[];
  readonly weights: Readonly<Record<PriorityFactor, string>>;
}

/** Field path → message: "settings.graceDays", "stages.Standard.4.trigger", "scenarios.Key account.graceDays", "weights.stage". */
export type DraftErrors = Readonly<Record<string, string>>;

/** Days from due a stage may start: a year before the due date to ten years after (the sheet reader's limits). */
const MIN_TRIGGER = -365;
const MAX_DAYS = 3650;

function stageDraft(stage: StageDefinition): StageDraft {
  return { definition: stage, name: stage.name, trigger: stage.triggerDaysFromDue === null ? "" : String(stage.triggerDaysFromDue), channel: stage.channel, tone: stage.tone, minDays: String(stage.minDaysSinceContact) };
}

/** A choice a setting offers (a setting with a fixed list of values, such as the interest method). */
export interface SettingOption {
  readonly value: string;
  readonly label: string;
}

/** The fixed values a setting offers, or undefined for a number or yes/no setting. */
export function settingOptions(spec: SettingSpec): readonly SettingOption[] | undefined {
  return (spec as { readonly choices?: readonly SettingOption[] }).choices;
}

function settingText(spec: SettingSpec, settings: PolicySettings): string | boolean {
  const value = settings[spec.key];
  if (settingOptions(spec) !== undefined) return String(value);
  if (spec.kind === "yes-no") return value === true;
  if (spec.kind === "money") return String((value as number) / 100);
  if (spec.kind === "percent") return String(Math.round((value as number) * 10000) / 100);
  return String(value);
}

/** The draft of a policy and its weights. */
export function toDraft(policy: CollectPolicy, weights: PriorityWeights): PolicyDraft {
  return {
    settings: Object.fromEntries(SETTING_SPECS.map((spec) => [spec.key, settingText(spec, policy)])) as PolicyDraft["settings"],
    stages: policy.stages.map(stageDraft),
    scenarios: policy.scenarios.map((s) => ({ name: s.name, description: s.description, graceDays: s.graceDays === null ? "" : String(s.graceDays), stages: s.stages === null ? null : s.stages.map(stageDraft) })),
    weights: Object.fromEntries(PRIORITY_FACTORS.map((f) => [f, String(weights[f])])) as PolicyDraft["weights"],
  };
}

function whole(text: string, min: number, max: number): number | null {
  const trimmed = text.trim();
  if (!/^-?\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= min && value <= max ? value : null;
}

function decimal(text: string): number | null {
  const trimmed = text.trim().replace(/,/g, "");
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : null;
}

function readStages(scenario: string, drafts: readonly StageDraft[], errors: Record<string, string>): StageDefinition[] {
  let previous: number | null = null;
  return drafts.map((d) => {
    const at = `stages.${scenario}.${d.definition.level}`;
    if (d.name.trim() === "") errors[`${at}.name`] = "Give the stage a name.";
    let trigger: number | null = null;
    if (d.trigger.trim() !== "") {
      trigger = whole(d.trigger, MIN_TRIGGER, MAX_DAYS);
      if (trigger === null) errors[`${at}.trigger`] = `A whole number of days from ${MIN_TRIGGER} to ${MAX_DAYS} (negative: before due).`;
      else if (previous !== null && trigger < previous) errors[`${at}.trigger`] = `Must be ${previous} or later: stages come in order.`;
    } else if (d.definition.level !== 1) errors[`${at}.trigger`] = "Enter the days from the due date.";
    if (trigger !== null) previous = trigger;
    const minDays = whole(d.minDays, 0, MAX_DAYS);
    if (minDays === null) errors[`${at}.minDays`] = `A whole number of days from 0 to ${MAX_DAYS}.`;
    return { ...d.definition, name: d.name.trim(), triggerDaysFromDue: trigger, channel: d.channel, tone: d.tone, minDaysSinceContact: minDays ?? 0 };
  });
}

/**
 * Checks the draft and builds the policy and weights, or gives a message per field to fix.
 *
 * @example fromDraft(toDraft(DEFAULT_COLLECT_POLICY, DEFAULT_PRIORITY_WEIGHTS), DEFAULT_COLLECT_POLICY).errors //=> {}
 */
export function fromDraft(draft: PolicyDraft, base: CollectPolicy): { readonly policy: CollectPolicy | null; readonly weights: PriorityWeights | null; readonly errors: DraftErrors } {
  const errors: Record<string, string> = {};
  const settings: Record<string, number | boolean | string | Cents> = {};
  for (const spec of SETTING_SPECS) {
    const raw = draft.settings[spec.key];
    const at = `settings.${spec.key}`;
    const options = settingOptions(spec);
    if (options !== undefined) {
      if (options.some((o) => o.value === raw)) settings[spec.key] = String(raw);
      else errors[at] = `One of ${options.map((o) => o.label).join(", ")}.`;
    } else if (spec.kind === "yes-no") settings[spec.key] = raw === true;
    else if (spec.kind === "money" || spec.kind === "percent") {
      const value = decimal(String(raw));
      const cents = value === null ? null : toCents(value);
      if (value === null || value < spec.min || value > spec.max || (spec.kind === "money" && (cents === null || !cents.ok))) errors[at] = spec.kind === "money" ? "An amount of 0 or more." : "A percentage from 0 to 100.";
      else settings[spec.key] = spec.kind === "money" && cents !== null && cents.ok ? cents.value : value / 100;
    } else {
      const value = whole(String(raw), spec.min, spec.max);
      if (value === null) errors[at] = `A whole number from ${spec.min} to ${spec.max}.`;
      else settings[spec.key] = value;
    }
  }
  const stages = readStages(STANDARD_SCENARIO, draft.stages, errors);
  const scenarios = draft.scenarios.map((s) => {
    const grace = s.graceDays.trim() === "" ? null : whole(s.graceDays, 0, MAX_DAYS);
    if (s.graceDays.trim() !== "" && grace === null) errors[`scenarios.${s.name}.graceDays`] = `Blank (as Standard) or a whole number from 0 to ${MAX_DAYS}.`;
    // Levels the scenario had as the saved Standard had them follow the Standard edits, as they do in the sheet.
    return { name: s.name, description: s.description, graceDays: grace, stages: s.stages === null ? null : followStandard(readStages(s.name, s.stages, errors), base.stages, stages) };
  });
  const weights: Record<string, number> = {};
  for (const factor of PRIORITY_FACTORS) {
    const value = decimal(draft.weights[factor]);
    if (value === null) errors[`weights.${factor}`] = "A number of 0 or more.";
    else weights[factor] = value;
  }
  if (PRIORITY_FACTORS.every((f) => weights[f] === 0)) errors["weights.amount-at-risk"] = "At least one weight must be above 0.";
  if (Object.keys(errors).length > 0) return { policy: null, weights: null, errors };
  return { policy: { ...base, ...(settings as unknown as PolicySettings), stages, scenarios }, weights: weights as PriorityWeights, errors: {} };
}
