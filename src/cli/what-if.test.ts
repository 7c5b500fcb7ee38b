import fs from "fs";
import os from "os";
import path from "path";
import { SAMPLE_PATH } from "../../test/helpers/sample-book";
import { xlsxToGrids } from "../../test/helpers/xlsx-to-grids";
import { day } from "../core/desk/_lib/test-ledger";
import type { Cents } from "../core/money/cents";
import type { CollectPolicy } from "../core/policy/collect-policy";
import { replayPolicy, replayWindowEndingAt } from "../core/replay/replay-policy";
import { openWorkbookFile } from "../hosts/file";
import { draftPolicySheet, POLICY_DRAFT_SHEET_NAME, readPolicySheet } from "../workbook/owned";
import { ratedRisks, readWhatIfWorkbook } from "../service/what-if";
import { main, type Output } from "./main";
import type { WhatIfJson } from "./what-if";

async function collect(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Output = { out: (text) => out.push(text), err: (text) => err.push(text) };
  const code = await main(argv, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "collect-what-if-"));
afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

describe("collect what-if", () => {
  it("exits 2 on a workbook without a draft, saying how to make one, and changes nothing", async () => {
    const before = fs.readFileSync(SAMPLE_PATH);
    const { code, err } = await collect("what-if", SAMPLE_PATH, "--as-of", "2026-11-30");
    expect(code).toBe(2);
    expect(err).toContain(`has no "${POLICY_DRAFT_SHEET_NAME}" sheet`);
    expect(err).toContain("--create-draft --out DIR");
    expect(fs.readFileSync(SAMPLE_PATH).equals(before)).toBe(true);
  });

  it("--create-draft writes a copy with the draft made from the current policy, the user's sheets and the input unchanged", async () => {
    const before = fs.readFileSync(SAMPLE_PATH);
    const { code, out } = await collect("what-if", SAMPLE_PATH, "--create-draft", "--out", outDir);
    expect(code).toBe(0);
    const copy = path.join(outDir, "sample.draft.xlsx");
    expect(out).toContain(copy);
    expect(fs.readFileSync(SAMPLE_PATH).equals(before)).toBe(true);
    const [input, output] = await Promise.all([xlsxToGrids(SAMPLE_PATH), xlsxToGrids(copy)]);
    for (const sheet of input.sheets) expect(output.sheets.find((g) => g.sheetName === sheet.sheetName)?.values).toEqual(sheet.values);
    const draft = output.sheets.find((g) => g.sheetName === POLICY_DRAFT_SHEET_NAME);
    expect(draft).toBeDefined();
    const opened = await openWorkbookFile(SAMPLE_PATH);
    if (!opened.ok) throw new Error("sample unreadable");
    const book = await readWhatIfWorkbook(opened.value);
    expect(readPolicySheet(draft as NonNullable<typeof draft>)).toEqual({ value: { ...book.policy, weights: book.weights }, issues: [] });
  });

  it("prints the draft beside the current policy with replayPolicy's numbers", async () => {
    // The bookkeeper edits the draft in the copy: calls at 8 days, a final notice at 30 days with a 25.00 fee.
    const opened = await openWorkbookFile(SAMPLE_PATH);
    if (!opened.ok) throw new Error("sample unreadable");
    const host = opened.value;
    const book = await readWhatIfWorkbook(host);
    const draft: CollectPolicy = {
      ...book.policy,
      stages: book.policy.stages.map((s) => (s.level === 5 ? { ...s, triggerDaysFromDue: 8 } : s.level === 6 ? { ...s, triggerDaysFromDue: 30, feeCents: 25_00 as Cents } : s)),
    };
    await host.writeOwnedSheets([draftPolicySheet(draft, book.weights)]);
    const edited = path.join(outDir, "edited.xlsx");
    await host.saveAs(edited);

    const { code, out } = await collect("what-if", edited, "--as-of", "2026-11-30", "--json");
    expect(code).toBe(0);
    const json = JSON.parse(out) as WhatIfJson;
    const expected = replayPolicy(book.ledger, draft, book.policy, replayWindowEndingAt(day("2026-11-30")), { plans: book.plans, risks: ratedRisks(book.ledger, day("2026-11-30")) });
    expect(json.window).toEqual({ from: "2025-12-01", to: "2026-11-30" });
    expect(json.differences).toEqual([
      'Standard stage 5 "Firmer pressure": starts 8 days after due (was 15 days after due).',
      'Standard stage 6 "Final notice": starts 30 days after due (was 45 days after due); fee 25.00 (was none).',
    ]);
    expect(json.current.contacts).toBe(expected.current.contacts.length);
    expect(json.draft.contacts).toBe(expected.draft.contacts.length);
    expect(json.draft.byStage).toEqual(expected.draft.byStage);
    expect(json.draft.byChannel).toEqual(expected.draft.byChannel);
    expect(json.draft.charges).toEqual(expected.draft.charges.map((c) => ({ currency: c.currency, fees: c.feeCents / 100, interest: c.interestCents / 100 })));
    expect(json.draft.modelled.map((o) => o.dsoCountback)).toEqual(expected.draft.modelled.map((o) => o.dsoCountback.value));
    expect(json.actual.map((o) => o.ceiFullSales)).toEqual(expected.actual.map((o) => o.ceiFullSales.value));

    const text = await collect("what-if", edited, "--as-of", "2026-11-30");
    expect(text.code).toBe(0);
    expect(text.out).toContain("What the draft changes:");
    expect(text.out).toMatch(/All contacts\s+\d+\s+\d+\s+[+-]?\d+/);
  });
});
