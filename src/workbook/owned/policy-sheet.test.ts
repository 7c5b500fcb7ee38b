import fc from "fast-check";
import { DEFAULT_PRIORITY_WEIGHTS } from "../../core/desk/priority-weights";
import type { Cents } from "../../core/money/cents";
import { DEFAULT_COLLECT_POLICY, type CollectPolicy } from "../../core/policy/collect-policy";
import type { CellValue, Grid } from "../grid";
import { ownedSheetToGrid } from "./_lib/to-grid";
import { POLICY_SHEET_NAME, defaultPolicySheet } from "./policy-sheet";
import { readPolicySheet } from "./read-policy-sheet";

const defaultGrid = (): Grid => ownedSheetToGrid(defaultPolicySheet());

/** The 0-based row whose column A reads `label` (below `after`, when given). */
function rowOf(grid: Grid, label: string, after = 0): number {
  const row = grid.values.findIndex((values, index) => index >= after && values[0] === label);
  if (row < 0) throw new Error(`no row "${label}"`);
  return row;
}

/** A copy of the grid with one cell changed (0-based row and column). */
function withCell(grid: Grid, row: number, column: number, value: CellValue): Grid {
  return { ...grid, values: grid.values.map((values, r) => (r === row ? values.map((v, c) => (c === column ? value : v)) : values)) };
}

/** A copy of the grid with rows removed. */
function withoutRows(grid: Grid, from: number, count: number): Grid {
  return { ...grid, values: grid.values.filter((_, r) => r < from || r >= from + count), numberFormats: grid.numberFormats.filter((_, r) => r < from || r >= from + count) };
}

describe("the Collect Policy sheet", () => {
  it("round-trips: defaultPolicySheet → grid → readPolicySheet gives the default policy and weights, with no issues", () => {
    expect(readPolicySheet(defaultGrid())).toEqual({ value: { ...DEFAULT_COLLECT_POLICY, weights: DEFAULT_PRIORITY_WEIGHTS }, issues: [] });
  });

  it("round-trips a changed policy too", () => {
    const changed: CollectPolicy = {
      ...DEFAULT_COLLECT_POLICY,
      graceDays: 5,
      finalNoticeBeforeAgency: false,
      chronicLateShare: 0.4,
      minBalanceCents: 25_00 as Cents,
      minBalanceByCurrency: { JPY: 1000_00 as Cents },
      scenarioRules: [{ scenario: "Key account", field: "sales-12m", atLeast: 50_000, below: 500_000 }],
    };
    const weights = { ...DEFAULT_PRIORITY_WEIGHTS, stage: 0 };
    expect(readPolicySheet(ownedSheetToGrid(defaultPolicySheet(changed, weights)))).toEqual({ value: { ...changed, weights }, issues: [] });
  });

  it("lists only the levels a scenario does its own way, so the others follow a change to the Standard stages", () => {
    const grid = defaultGrid();
    const rows = grid.values.filter((values) => values[0] === "Late-payer risk" && typeof values[1] === "number");
    expect(rows.map((values) => [values[1], values[3]])).toEqual([[3, -10]]);
    // The bookkeeper moves Standard's final notice from 45 to 30 days: Late-payer risk follows, Key account keeps its 60.
    const standardFinal = grid.values.findIndex((values) => values[0] === "Standard" && values[1] === 6);
    const read = readPolicySheet(withCell(grid, standardFinal, 3, 30));
    expect(read.issues).toEqual([]);
    const level6 = (name: string) => read.value.scenarios.find((s) => s.name === name)?.stages?.find((stage) => stage.level === 6)?.triggerDaysFromDue;
    expect(level6("Late-payer risk")).toBe(30);
    expect(level6("Key account")).toBe(60);
    expect(read.value.scenarios.find((s) => s.name === "Late-payer risk")?.stages?.find((stage) => stage.level === 3)?.triggerDaysFromDue).toBe(-10);
  });

  it("round-trips a late-payment risk rule naming several bands", () => {
    const changed: CollectPolicy = { ...DEFAULT_COLLECT_POLICY, scenarioRules: [{ scenario: "Late-payer risk", field: "risk-band", anyOf: ["medium", "high"] }] };
    const sheet = defaultPolicySheet(changed);
    expect(sheet.preamble).toContainEqual(["Late-payer risk", "Late-payment risk band", "medium; high", null, null]);
    expect(readPolicySheet(ownedSheetToGrid(sheet))).toEqual({ value: { ...changed, weights: DEFAULT_PRIORITY_WEIGHTS }, issues: [] });
  });

  it.each([
    { name: "a band Collect does not know", value: "very high", bad: "very high" },
    { name: "one bad band among good ones", value: "High; severe", bad: "severe" },
    { name: "a number", value: 60, bad: "60" },
  ])("ignores a risk rule with $name, naming the cell", ({ value, bad }) => {
    const grid = defaultGrid();
    const row = rowOf(grid, "Late-payer risk", rowOf(grid, "Scenario rules"));
    const parsed = readPolicySheet(withCell(grid, row, 2, value));
    expect(parsed.issues).toEqual([
      expect.objectContaining({ code: "policy-row-ignored", address: `'Collect Policy'!C${row + 1}`, message: expect.stringContaining(`must be low, medium, high (several separated by ";"), not "${bad}"; this rule is ignored`) }),
    ]);
    expect(parsed.value.scenarioRules.some((rule) => rule.field === "risk-band")).toBe(false);
  });

  it("reads band names in any case", () => {
    const grid = defaultGrid();
    const row = rowOf(grid, "Late-payer risk", rowOf(grid, "Scenario rules"));
    expect(readPolicySheet(withCell(grid, row, 2, " HIGH ")).value.scenarioRules).toContainEqual({ scenario: "Late-payer risk", field: "risk-band", anyOf: ["high"] });
  });

  describe("a sheet made before the Late-payer risk scenario shipped", () => {
    const older: CollectPolicy = {
      ...DEFAULT_COLLECT_POLICY,
      scenarios: DEFAULT_COLLECT_POLICY.scenarios.filter((s) => s.name !== "Late-payer risk"),
      scenarioRules: DEFAULT_COLLECT_POLICY.scenarioRules.filter((r) => r.field !== "risk-band"),
    };

    it("keeps working without it, and without a word", () => {
      expect(readPolicySheet(ownedSheetToGrid(defaultPolicySheet(older)))).toEqual({ value: { ...older, weights: DEFAULT_PRIORITY_WEIGHTS }, issues: [] });
    });

    it("gains it by adding the rule row alone, with its built-in stages, and says so", () => {
      const rule = { scenario: "Late-payer risk", field: "risk-band", anyOf: ["high"] } as const;
      const parsed = readPolicySheet(ownedSheetToGrid(defaultPolicySheet({ ...older, scenarioRules: [...older.scenarioRules, rule] })));
      expect(parsed.value.scenarioRules).toContainEqual(rule);
      expect(parsed.value.scenarios.find((s) => s.name === "Late-payer risk")).toEqual(DEFAULT_COLLECT_POLICY.scenarios.find((s) => s.name === "Late-payer risk"));
      expect(parsed.issues).toEqual([expect.objectContaining({ severity: "info", message: expect.stringContaining(`Collect uses its built-in "Late-payer risk"`) })]);
    });
  });

  it("is human-readable: settings with their meaning, and the stages as the sheet's table", () => {
    const sheet = defaultPolicySheet();
    expect(sheet.name).toBe(POLICY_SHEET_NAME);
    expect(sheet.columns.map((c) => c.header)).toEqual(["Scenario", "Level", "Stage", "Days from due", "Channel", "Tone", "Min days since contact", "Template", "Action", "Fee", "Interest"]);
    expect(sheet.preamble).toContainEqual(["Grace days after due", 0, "Days after the due date before collections start (the first past-due step). Scenarios can add their own."]);
    expect(sheet.rows).toContainEqual(["Key account", 4, "Past-due call", 1, "call", "by history", 7, "past-due", "Call to ask what is holding the payment up", null, null]);
  });

  it("round-trips late fees per level and the interest terms", () => {
    const stages = DEFAULT_COLLECT_POLICY.stages.map((stage) => (stage.level === 6 ? { ...stage, feeCents: 40_00 as Cents, chargeInterest: true } : stage.level === 7 ? { ...stage, chargeInterest: true } : stage));
    const changed: CollectPolicy = { ...DEFAULT_COLLECT_POLICY, stages, interestMethod: "average-daily-balance", annualInterestRate: 0.0925, interestPeriodDays: 360 };
    const sheet = defaultPolicySheet(changed);
    expect(sheet.preamble).toContainEqual(["Late-payment interest", "Average daily balance", expect.stringContaining("Simple daily")]);
    expect(sheet.rows).toContainEqual(expect.arrayContaining(["Standard", 6, "Final notice", 40, "Yes"]));
    expect(readPolicySheet(ownedSheetToGrid(sheet))).toEqual({ value: { ...changed, weights: DEFAULT_PRIORITY_WEIGHTS }, issues: [] });
  });

  it.each([
    { name: "an unknown interest method", label: "Late-payment interest", value: "compound", message: "must be one of None, Simple daily, Average daily balance" },
    { name: "a negative interest rate", label: "Interest rate (%)", value: -2, message: "must be a percentage from 0 to 100" },
    { name: "a zero interest period", label: "Interest period (days)", value: 0, message: "must be a whole number of days from 1 to 3650" },
  ])("refuses $name and keeps the default", ({ label, value, message }) => {
    const grid = defaultGrid();
    const parsed = readPolicySheet(withCell(grid, rowOf(grid, label), 1, value));
    expect(parsed.issues).toEqual([expect.objectContaining({ code: "policy-invalid-cell", message: expect.stringContaining(message) })]);
    expect(parsed.value).toEqual({ ...DEFAULT_COLLECT_POLICY, weights: DEFAULT_PRIORITY_WEIGHTS });
  });

  it.each([
    { name: "a fee as text", value: "£25.00", expected: { feeCents: 2500 } },
    { name: "Interest: yes", column: "Interest", value: "yes", expected: { chargeInterest: true } },
  ])("reads $name in the stages table", ({ column, value, expected }) => {
    const grid = defaultGrid();
    const header = grid.values.findIndex((values) => values.includes("Days from due"));
    const col = (grid.values[header] ?? []).indexOf(column ?? "Fee");
    const parsed = readPolicySheet(withCell(grid, header + 5, col, value));
    expect(parsed.issues).toEqual([]);
    expect(parsed.value.stages[4]).toEqual({ ...DEFAULT_COLLECT_POLICY.stages[4], ...expected });
  });

  it("refuses a negative fee with an issue naming the cell", () => {
    const grid = defaultGrid();
    const header = grid.values.findIndex((values) => values.includes("Days from due"));
    const parsed = readPolicySheet(withCell(grid, header + 5, (grid.values[header] ?? []).indexOf("Fee"), -5));
    expect(parsed.issues).toEqual([expect.objectContaining({ code: "policy-invalid-cell", message: expect.stringContaining("Fee of level 5 (Standard) must be an amount of 0 or more, or blank") })]);
    expect(parsed.value.stages[4]).toEqual(DEFAULT_COLLECT_POLICY.stages[4]);
  });
});

describe("readPolicySheet: invalid cells give an issue naming the cell, and the default is used", () => {
  it.each([
    { name: "grace days as text", label: "Grace days after due", value: "two weeks", address: "'Collect Policy'!B6", message: "'Collect Policy'!B6: \"Grace days after due\" must be a whole number of days from 0 to 3650, not \"two weeks\"; using the default 0." },
    { name: "a negative gap", label: "Minimum days between contacts", value: -1, address: "'Collect Policy'!B8", message: "'Collect Policy'!B8: \"Minimum days between contacts\" must be a whole number of days from 0 to 3650, not \"-1\"; using the default 5." },
    { name: "half a day", label: "Days between calls", value: 2.5, address: "'Collect Policy'!B9", message: "'Collect Policy'!B9: \"Days between calls\" must be a whole number of days from 0 to 3650, not \"2.5\"; using the default 7." },
    { name: "yes/no as maybe", label: "Final notice before agency", value: "maybe", address: "'Collect Policy'!B10", message: "'Collect Policy'!B10: \"Final notice before agency\" must be Yes or No, not \"maybe\"; using the default Yes." },
    { name: "a blank minimum balance", label: "Minimum balance worth chasing", value: null, address: "'Collect Policy'!B14", message: "'Collect Policy'!B14: \"Minimum balance worth chasing\" must be an amount of 0 or more, not empty; using the default 10." },
    { name: "a percentage over 100", label: "Tone: firm when late share at least (%)", value: 150, address: "'Collect Policy'!B20", message: "'Collect Policy'!B20: \"Tone: firm when late share at least (%)\" must be a percentage from 0 to 100, not \"150\"; using the default 50." },
  ])("$name", ({ label, value, address, message }) => {
    const grid = defaultGrid();
    const parsed = readPolicySheet(withCell(grid, rowOf(grid, label), 1, value));
    expect(parsed.issues).toEqual([{ code: "policy-invalid-cell", severity: "warning", address, message }]);
    expect(parsed.value).toEqual({ ...DEFAULT_COLLECT_POLICY, weights: DEFAULT_PRIORITY_WEIGHTS });
  });

  it.each([
    { name: "typed text", value: "15", key: "graceDays", expected: 15 },
    { name: "money text with a symbol", value: "$25.50", key: "minBalanceCents", expected: 2550 },
    { name: "a percent sign", value: "40%", key: "chronicLateShare", expected: 0.4 },
    { name: "No", value: "no", key: "finalNoticeBeforeAgency", expected: false },
    { name: "a boolean cell", value: false, key: "finalNoticeBeforeAgency", expected: false },
  ] as const)("accepts $name", ({ value, key, expected }) => {
    const labels = { graceDays: "Grace days after due", minBalanceCents: "Minimum balance worth chasing", chronicLateShare: "Tone: firm when late share at least (%)", finalNoticeBeforeAgency: "Final notice before agency" };
    const grid = defaultGrid();
    const parsed = readPolicySheet(withCell(grid, rowOf(grid, labels[key]), 1, value));
    expect(parsed.issues).toEqual([]);
    expect(parsed.value[key]).toBe(expected);
  });

  it("reads 0.4 in a cell formatted as a percentage as 40%", () => {
    const grid = defaultGrid();
    const row = rowOf(grid, "Tone: firm when late share at least (%)");
    const formatted = { ...withCell(grid, row, 1, 0.4), numberFormats: grid.numberFormats.map((formats, r) => (r === row ? formats.map((f, c) => (c === 1 ? "0%" : f)) : formats)) };
    expect(readPolicySheet(formatted).value.chronicLateShare).toBe(0.4);
  });

  it("a stage cell: channel, days and tone", () => {
    const grid = defaultGrid();
    const stages = rowOf(grid, "Stages");
    const level5 = rowOf(grid, "Standard", stages) + 4;
    const bad = withCell(withCell(withCell(grid, level5, 4, "pigeon"), level5, 3, "soon"), level5, 5, "angry");
    const parsed = readPolicySheet(bad);
    expect(parsed.issues.map((i) => [i.address, i.message])).toEqual([
      [`'Collect Policy'!D${level5 + 1}`, `'Collect Policy'!D${level5 + 1}: Days from due of level 5 (Standard) must be a whole number from -365 to 3650, not "soon"; using the default 15.`],
      [`'Collect Policy'!E${level5 + 1}`, `'Collect Policy'!E${level5 + 1}: Channel of level 5 (Standard) must be none, call, e-mail or letter, not "pigeon"; using the default call.`],
      [`'Collect Policy'!F${level5 + 1}`, `'Collect Policy'!F${level5 + 1}: Tone of level 5 (Standard) must be soft, firm or by history, not "angry"; using the default by history.`],
    ]);
    expect(parsed.value.stages).toEqual(DEFAULT_COLLECT_POLICY.stages);
  });

  it("raises a trigger that goes below the level before it", () => {
    const grid = defaultGrid();
    const level6 = rowOf(grid, "Standard", rowOf(grid, "Stages")) + 5;
    const parsed = readPolicySheet(withCell(grid, level6, 3, 10));
    expect(parsed.issues).toEqual([expect.objectContaining({ code: "policy-stage-order", address: `'Collect Policy'!D${level6 + 1}` })]);
    expect(parsed.value.stages[5]?.triggerDaysFromDue).toBe(15);
  });

  it.each([
    { name: "an unknown setting label", label: "Grace days after due", column: 0, value: "Grace period", code: "policy-unknown-setting" },
    { name: "a weight below zero", label: "Stage", column: 1, value: -3, code: "policy-invalid-cell" },
    { name: "a rule for a scenario that does not exist", label: "Key account", column: 0, value: "VIP", code: "policy-row-ignored" },
  ])("$name", ({ label, column, value, code }) => {
    const grid = defaultGrid();
    const row = label === "Key account" ? rowOf(grid, label, rowOf(grid, "Scenario rules")) : rowOf(grid, label);
    const parsed = readPolicySheet(withCell(grid, row, column, value));
    expect(parsed.issues.map((i) => i.code)).toContain(code);
    expect(parsed.issues.find((i) => i.code === code)?.address).toBe(`'Collect Policy'!${"AB"[column] ?? "A"}${row + 1}`);
  });

  it("a missing block uses its defaults and says so once", () => {
    const grid = defaultGrid();
    const from = rowOf(grid, "Priority weights");
    const parsed = readPolicySheet(withoutRows(grid, from, 9));
    expect(parsed.issues.map((i) => [i.code, i.address])).toEqual([["policy-missing-section", "'Collect Policy'!A1"]]);
    expect(parsed.value.weights).toEqual(DEFAULT_PRIORITY_WEIGHTS);
  });

  it("a missing setting row uses the default and says so at the block's title", () => {
    const grid = defaultGrid();
    const parsed = readPolicySheet(withoutRows(grid, rowOf(grid, "Days between calls"), 1));
    expect(parsed.issues).toEqual([expect.objectContaining({ code: "policy-missing-setting", address: "'Collect Policy'!A4", message: "'Collect Policy'!A4: the setting \"Days between calls\" is missing; using the default 7." })]);
  });

  it("a per-currency minimum balance row", () => {
    const grid = defaultGrid();
    const row = rowOf(grid, "Minimum balance worth chasing");
    const extra: Grid = { ...grid, values: [...grid.values.slice(0, row + 1), ["Minimum balance worth chasing (jpy)", 1500, null], ...grid.values.slice(row + 1)], numberFormats: [...grid.numberFormats.slice(0, row + 1), ["General"], ...grid.numberFormats.slice(row + 1)] };
    expect(readPolicySheet(extra).value.minBalanceByCurrency).toEqual({ JPY: 1500_00 });
  });

  it("never throws, whatever the grid", () => {
    const empty: Grid = { sheetName: POLICY_SHEET_NAME, top: 1, left: 1, values: [], numberFormats: [] };
    const parsed = readPolicySheet(empty);
    expect(parsed.value).toEqual({ ...DEFAULT_COLLECT_POLICY, weights: DEFAULT_PRIORITY_WEIGHTS });
    expect(parsed.issues).toHaveLength(5);
  });
});

describe("readPolicySheet on any grid (property)", () => {
  it("never throws and every issue names a cell", () => {
    const cell = fc.oneof(fc.constant(null), fc.string({ maxLength: 12 }), fc.constantFrom("Settings", "Stages", "Scenario", "Setting", "Factor", "Scenario rules", "Priority weights", "Standard", "Key account"), fc.integer({ min: -50, max: 200 }), fc.boolean());
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 30 }), (values) => {
        const parsed = readPolicySheet({ sheetName: POLICY_SHEET_NAME, top: 1, left: 1, values, numberFormats: [] });
        const stages = parsed.value.stages.map((s) => s.triggerDaysFromDue ?? Number.NEGATIVE_INFINITY);
        return parsed.issues.every((issue) => issue.address !== null) && stages.every((t, i) => i === 0 || t >= (stages[i - 1] as number));
      }),
      { numRuns: 300 },
    );
  });

  it("keeps the defaults' stage order when a real sheet is shuffled about", () => {
    const grid = defaultGrid();
    const reversed: Grid = { ...grid, values: [...grid.values.slice(0, rowOf(grid, "Stages") + 2), ...grid.values.slice(rowOf(grid, "Stages") + 2).reverse()] };
    expect(readPolicySheet(reversed)).toEqual({ value: { ...DEFAULT_COLLECT_POLICY, weights: DEFAULT_PRIORITY_WEIGHTS }, issues: [] });
  });
});
