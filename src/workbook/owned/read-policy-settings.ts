import type { Cents } from "../../core/money/cents";
import { toCents } from "../../core/money/cents";
import { DEFAULT_POLICY_SETTINGS, type PolicySettings } from "../../core/policy/collect-policy";
import type { Issue } from "../../core/types/issue";
import { err, ok, type Result } from "../../core/types/result";
import type { CellValue, Grid } from "../grid";
import { addressAt, cellAt, cellText, normaliseHeader, readNumber, readYesNo, showCell } from "./_lib/cells";
import { policyIssue } from "./_lib/policy-issue";
import type { Section } from "./_lib/sections";
import { MIN_BALANCE_LABEL, SETTING_SPECS, describeSettingKind, type SettingSpec } from "./policy-settings-spec";
import { settingCell } from "./policy-sheet";

/** The settings block read: the settings and any per-currency minimum balances. */
export interface SettingsRead {
  readonly settings: PolicySettings;
  readonly minBalanceByCurrency: Readonly<Record<string, Cents>>;
  readonly issues: readonly Issue[];
}

type SettingValue = PolicySettings[keyof PolicySettings];

const PER_CURRENCY = new RegExp(`^${normaliseHeader(MIN_BALANCE_LABEL)} \\(([a-z]{3})\\)$`);

function readPercent(value: CellValue, format: string): Result<number, "not-a-number"> {
  if (typeof value === "string" && value.trim().endsWith("%")) {
    const number = readNumber(value.trim().slice(0, -1));
    return number.ok ? ok(number.value) : err("not-a-number");
  }
  const number = readNumber(value);
  if (!number.ok) return err("not-a-number");
  // A cell formatted as a percentage stores 0.5 for "50%".
  return ok(format.includes("%") ? number.value * 100 : number.value);
}

/**
 * Reads one setting's cell to its model value (days, levels, cents, a 0–1 share, a boolean), or why not.
 *
 * @example readSettingValue(SETTING_SPECS[0], 15, "General") //=> { ok: true, value: 15 }
 */
export function readSettingValue(spec: SettingSpec, value: CellValue, format: string): Result<SettingValue, "invalid"> {
  if (spec.kind === "yes-no") {
    const yes = readYesNo(value);
    return yes.ok ? ok(yes.value) : err("invalid");
  }
  if (spec.kind === "choice") {
    const text = normaliseHeader(cellText(value) ?? "");
    const choice = (spec.choices ?? []).find((c) => normaliseHeader(c.label) === text || normaliseHeader(c.value) === text);
    return choice === undefined ? err("invalid") : ok(choice.value as SettingValue);
  }
  const number = spec.kind === "percent" ? readPercent(value, format) : readNumber(value);
  if (!number.ok || number.value < spec.min || number.value > spec.max) return err("invalid");
  switch (spec.kind) {
    case "money": {
      const cents = toCents(number.value);
      return cents.ok ? ok(cents.value) : err("invalid");
    }
    case "percent":
      return ok(number.value / 100);
    default:
      return Number.isInteger(number.value) ? ok(number.value) : err("invalid");
  }
}

/**
 * Reads the Settings block: each row's Setting label picks the setting (any order), its Value is checked;
 * an unreadable value, a missing row or an unknown label is an issue naming the cell, and the default is
 * used and said.
 *
 * @example readPolicySettings(grid, section).settings.graceDays //=> 0
 */
export function readPolicySettings(grid: Grid, section: Section | null, sectionAddress: Issue["address"]): SettingsRead {
  const values: Record<string, SettingValue> = {};
  const minBalanceByCurrency: Record<string, Cents> = {};
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const specs = new Map(SETTING_SPECS.map((spec) => [normaliseHeader(spec.label), spec]));
  for (const row of section?.rows ?? []) {
    const label = cellText(cellAt(grid, row, 0));
    if (label === null) continue;
    const valueAddress = addressAt(grid, row, 1);
    const value = cellAt(grid, row, 1);
    const format = grid.numberFormats[row]?.[1] ?? "General";
    const perCurrency = PER_CURRENCY.exec(normaliseHeader(label));
    if (perCurrency !== null) {
      const currency = (perCurrency[1] ?? "").toUpperCase();
      const cents = readSettingValue(SETTING_SPECS.find((spec) => spec.key === "minBalanceCents") as SettingSpec, value, format);
      if (cents.ok && typeof cents.value === "number") minBalanceByCurrency[currency] = cents.value as Cents;
      else issues.push(policyIssue("policy-invalid-cell", "warning", valueAddress, `"${label}" must be an amount of 0 or more, not ${showCell(value)}; using the general minimum for ${currency}.`));
      continue;
    }
    const spec = specs.get(normaliseHeader(label));
    if (spec === undefined) {
      issues.push(policyIssue("policy-unknown-setting", "warning", addressAt(grid, row, 0), `"${label}" is not a setting Collect knows; the row is ignored. Check the spelling against the list in this block.`));
      continue;
    }
    if (seen.has(spec.key)) {
      issues.push(policyIssue("policy-duplicate", "warning", addressAt(grid, row, 0), `"${spec.label}" is set twice; the first row is used and this one ignored.`));
      continue;
    }
    seen.add(spec.key);
    const read = readSettingValue(spec, value, format);
    if (read.ok) values[spec.key] = read.value;
    else {
      issues.push(policyIssue("policy-invalid-cell", "warning", valueAddress,
        `"${spec.label}" must be ${describeSettingKind(spec)}, not ${showCell(value)}; using the default ${String(settingCell(spec, DEFAULT_POLICY_SETTINGS))}.`));
    }
  }
  if (sectionAddress !== null) {
    for (const spec of SETTING_SPECS) {
      if (seen.has(spec.key)) continue;
      issues.push(policyIssue("policy-missing-setting", "info", sectionAddress, `the setting "${spec.label}" is missing; using the default ${String(settingCell(spec, DEFAULT_POLICY_SETTINGS))}.`));
    }
  }
  return { settings: { ...DEFAULT_POLICY_SETTINGS, ...values } as PolicySettings, minBalanceByCurrency, issues };
}
