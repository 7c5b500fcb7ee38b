import { DEFAULT_POLICY, type Channel, type StageDefinition, type ToneRule } from "../../core/policy/policy";
import { DEFAULT_SCENARIOS, STANDARD_SCENARIO } from "../../core/policy/scenario";
import type { CellAddress, Issue } from "../../core/types/issue";
import type { CellValue, Grid } from "../grid";
import type { Cents } from "../../core/money/cents";
import { addressAt, cellAt, cellText, normaliseHeader, readCents, readNumber, readYesNo, showCell } from "./_lib/cells";
import { policyIssue } from "./_lib/policy-issue";
import { columnOf, type Section } from "./_lib/sections";
import { channelText, toneText } from "./policy-sheet";

/** The stage tables read from the Stages table. */
export interface StagesRead {
  readonly standard: readonly StageDefinition[];
  /** Each scenario's full table, or null when the sheet lists no stage for it (it uses Standard's). */
  readonly byScenario: ReadonlyMap<string, readonly StageDefinition[] | null>;
  readonly issues: readonly Issue[];
}

/** Days from due accepted: a year before the due date to ten years after. */
const MIN_TRIGGER_DAYS = -365;
const MAX_DAYS = 3650;

const CHANNELS: Readonly<Record<string, Channel>> = {
  none: "none", "no action": "none", "-": "none", call: "call", phone: "call", telephone: "call",
  "e-mail": "e-mail", email: "e-mail", "e mail": "e-mail", letter: "letter", post: "letter",
};
const TONES: Readonly<Record<string, ToneRule>> = {
  soft: "soft", firm: "firm", "by history": "by-history", "by-history": "by-history", history: "by-history", "by payer history": "by-history",
};

/** A stage's channel from the sheet's text, or null. @example parseChannel("Email") //=> "e-mail" */
export function parseChannel(text: string): Channel | null {
  return CHANNELS[normaliseHeader(text)] ?? CHANNELS[text.trim().toLowerCase()] ?? null;
}

/** A stage's tone from the sheet's text, or null. @example parseTone("By history") //=> "by-history" */
export function parseTone(text: string): ToneRule | null {
  return TONES[normaliseHeader(text)] ?? null;
}

/** The default of one stage: the shipped scenario's own stage at that level, else the Standard one. */
function defaultStage(scenario: string, level: number): StageDefinition {
  const own = DEFAULT_SCENARIOS.find((s) => s.name === scenario)?.stages?.find((stage) => stage.level === level);
  return own ?? (DEFAULT_POLICY.stages.find((stage) => stage.level === level) as StageDefinition);
}

interface RowReader {
  readonly grid: Grid;
  readonly row: number;
  readonly issues: Issue[];
  readonly label: string;
}

function cellIssue(reader: RowReader, column: number, what: string, value: CellValue, mustBe: string, fallback: string): void {
  reader.issues.push(policyIssue("policy-invalid-cell", "warning", addressAt(reader.grid, reader.row, column),
    `${what} of ${reader.label} must be ${mustBe}, not ${showCell(value)}; using the default ${fallback}.`));
}

function readText(reader: RowReader, column: number | null, what: string, fallback: string): string {
  if (column === null) return fallback;
  const value = cellAt(reader.grid, reader.row, column);
  const text = cellText(value);
  if (text !== null) return text;
  cellIssue(reader, column, what, value, "filled in", `"${fallback}"`);
  return fallback;
}

function readWhole(reader: RowReader, column: number | null, what: string, min: number, fallback: number, allowBlank: boolean): number | null {
  if (column === null) return fallback;
  const value = cellAt(reader.grid, reader.row, column);
  if (allowBlank && cellText(value) === null) return null;
  const number = readNumber(value);
  if (number.ok && Number.isInteger(number.value) && number.value >= min && number.value <= MAX_DAYS) return number.value;
  cellIssue(reader, column, what, value, `a whole number from ${min} to ${MAX_DAYS}`, String(fallback));
  return fallback;
}

function readChoice<T>(reader: RowReader, column: number | null, what: string, parse: (text: string) => T | null, fallback: T, show: (value: T) => string, choices: string): T {
  if (column === null) return fallback;
  const value = cellAt(reader.grid, reader.row, column);
  const text = cellText(value);
  const parsed = text === null ? null : parse(text);
  if (parsed !== null) return parsed;
  cellIssue(reader, column, what, value, choices, show(fallback));
  return fallback;
}

/** The stage's fee: blank means none; an amount must be 0 or more. */
function readFee(reader: RowReader, column: number | null, fallback: Cents | undefined): Cents | undefined {
  if (column === null) return fallback;
  const value = cellAt(reader.grid, reader.row, column);
  if (cellText(value) === null) return undefined;
  const cents = readCents(value);
  if (cents.ok && cents.value >= 0) return cents.value === 0 ? undefined : cents.value;
  cellIssue(reader, column, "Fee", value, "an amount of 0 or more, or blank", fallback === undefined ? "no fee" : String(fallback / 100));
  return fallback;
}

/** Whether the stage charges interest: blank means No. */
function readInterestFlag(reader: RowReader, column: number | null, fallback: boolean | undefined): boolean | undefined {
  if (column === null) return fallback;
  const value = cellAt(reader.grid, reader.row, column);
  if (cellText(value) === null) return undefined;
  const yes = readYesNo(value);
  if (yes.ok) return yes.value ? true : undefined;
  cellIssue(reader, column, "Interest", value, "Yes, No or blank", fallback === true ? "Yes" : "No");
  return fallback;
}

function readStageRow(grid: Grid, section: Section, row: number, scenario: string, level: number, issues: Issue[]): StageDefinition {
  const fallback = defaultStage(scenario, level);
  const reader: RowReader = { grid, row, issues, label: `level ${level} (${scenario})` };
  const trigger = readWhole(reader, columnOf(section, "Days from due"), "Days from due", MIN_TRIGGER_DAYS, fallback.triggerDaysFromDue ?? 0, level === 1);
  const feeCents = readFee(reader, columnOf(section, "Fee", "Late fee"), fallback.feeCents);
  const chargeInterest = readInterestFlag(reader, columnOf(section, "Interest", "Charge interest"), fallback.chargeInterest);
  return {
    ...(feeCents === undefined ? {} : { feeCents }),
    ...(chargeInterest === undefined ? {} : { chargeInterest }),
    level,
    id: fallback.id,
    name: readText(reader, columnOf(section, "Stage"), "Stage", fallback.name),
    triggerDaysFromDue: level === 1 || trigger !== null ? trigger : fallback.triggerDaysFromDue,
    channel: readChoice(reader, columnOf(section, "Channel"), "Channel", parseChannel, fallback.channel, channelText, "none, call, e-mail or letter"),
    tone: readChoice(reader, columnOf(section, "Tone"), "Tone", parseTone, fallback.tone, toneText, "soft, firm or by history"),
    minDaysSinceContact: readWhole(reader, columnOf(section, "Min days since contact"), "Min days since contact", 0, fallback.minDaysSinceContact, false) ?? fallback.minDaysSinceContact,
    template: readText(reader, columnOf(section, "Template"), "Template", fallback.template),
    action: readText(reader, columnOf(section, "Action"), "Action", fallback.action),
  };
}

/** Triggers may not go down from one level to the next: a later one is raised to the level before it. */
function enforceOrder(stages: StageDefinition[], cells: ReadonlyMap<number, CellAddress>, fallbackAddress: CellAddress, scenario: string, issues: Issue[]): void {
  for (let i = 1; i < stages.length; i += 1) {
    const previous = (stages[i - 1] as StageDefinition).triggerDaysFromDue ?? Number.NEGATIVE_INFINITY;
    const stage = stages[i] as StageDefinition;
    if (stage.triggerDaysFromDue !== null && stage.triggerDaysFromDue >= previous) continue;
    const raised = Number.isFinite(previous) ? previous : 0;
    issues.push(policyIssue("policy-stage-order", "warning", cells.get(stage.level) ?? fallbackAddress,
      `Days from due of level ${stage.level} (${scenario}) is ${String(stage.triggerDaysFromDue)}, earlier than level ${stage.level - 1}; stages must come in order, so using ${raised}.`));
    stages[i] = { ...stage, triggerDaysFromDue: raised };
  }
}

/**
 * Reads the Stages table: one row per scenario and level (Scenario blank = Standard). Every unreadable cell
 * is an issue naming it and takes that stage's default; rows with an unknown scenario or level, or repeating
 * one, are ignored with an issue. Standard levels missing from the sheet take the defaults; another scenario
 * missing a level takes Standard's. Triggers that go down are raised, with an issue.
 *
 * @example readPolicyStages(grid, section, new Set(["Key account"]), "'Collect Policy'!A60").standard.length //=> 7
 */
export function readPolicyStages(grid: Grid, section: Section | null, scenarios: ReadonlySet<string>, sectionAddress: CellAddress): StagesRead {
  const issues: Issue[] = [];
  const levels = DEFAULT_POLICY.stages.map((stage) => stage.level);
  const found = new Map<string, Map<number, StageDefinition>>();
  const cells = new Map<string, Map<number, CellAddress>>();
  const scenarioColumn = section === null ? null : columnOf(section, "Scenario");
  const levelColumn = section === null ? null : columnOf(section, "Level");
  for (const row of section?.rows ?? []) {
    if (section === null || levelColumn === null) break;
    const scenarioText = scenarioColumn === null ? null : cellText(cellAt(grid, row, scenarioColumn));
    const scenario = scenarioText ?? STANDARD_SCENARIO;
    if (scenario !== STANDARD_SCENARIO && !scenarios.has(scenario)) {
      issues.push(policyIssue("policy-row-ignored", "warning", addressAt(grid, row, scenarioColumn ?? 0), `"${scenario}" is not a scenario of the Scenarios block; this stage row is ignored. Add the scenario there first.`));
      continue;
    }
    const levelValue = cellAt(grid, row, levelColumn);
    const level = readNumber(levelValue);
    if (!level.ok || !levels.includes(level.value)) {
      issues.push(policyIssue("policy-row-ignored", "warning", addressAt(grid, row, levelColumn), `Level must be a whole number from 1 to ${levels.length}, not ${showCell(levelValue)}; this stage row is ignored.`));
      continue;
    }
    const table = found.get(scenario) ?? new Map<number, StageDefinition>();
    if (table.has(level.value)) {
      issues.push(policyIssue("policy-duplicate", "warning", addressAt(grid, row, levelColumn), `level ${level.value} of ${scenario} is listed twice; the first row is used.`));
      continue;
    }
    table.set(level.value, readStageRow(grid, section, row, scenario, level.value, issues));
    found.set(scenario, table);
    const scenarioCells = cells.get(scenario) ?? new Map<number, CellAddress>();
    scenarioCells.set(level.value, addressAt(grid, row, columnOf(section, "Days from due") ?? levelColumn));
    cells.set(scenario, scenarioCells);
  }
  if (section !== null && levelColumn === null) {
    issues.push(policyIssue("policy-missing-section", "warning", sectionAddress, "the Stages table has no Level column; using the default stages."));
  }
  const standardFound = found.get(STANDARD_SCENARIO) ?? new Map<number, StageDefinition>();
  const standard: StageDefinition[] = [];
  for (const stage of DEFAULT_POLICY.stages) {
    const read = standardFound.get(stage.level);
    if (read === undefined && section !== null && levelColumn !== null) {
      issues.push(policyIssue("policy-missing-setting", "info", sectionAddress, `level ${stage.level} of ${STANDARD_SCENARIO} is missing from the Stages table; using the default "${stage.name}".`));
    }
    standard.push(read ?? stage);
  }
  enforceOrder(standard, cells.get(STANDARD_SCENARIO) ?? new Map(), sectionAddress, STANDARD_SCENARIO, issues);
  const byScenario = new Map<string, readonly StageDefinition[] | null>();
  for (const scenario of scenarios) {
    const table = found.get(scenario);
    if (table === undefined) {
      byScenario.set(scenario, null);
      continue;
    }
    const stages = standard.map((stage) => table.get(stage.level) ?? stage);
    enforceOrder(stages, cells.get(scenario) ?? new Map(), sectionAddress, scenario, issues);
    byScenario.set(scenario, stages);
  }
  return { standard, byScenario, issues };
}
