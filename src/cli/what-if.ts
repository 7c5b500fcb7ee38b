import fs from "fs";
import path from "path";
import type { CurrencyOutcome, PolicyReplay, PolicyReplayComparison, StageCount } from "../core/replay/replay-policy";
import { analyseWhatIf, readWhatIfWorkbook } from "../service/what-if";
import { describePolicyDifferences, draftPolicySheet, POLICY_DRAFT_SHEET_NAME, POLICY_SHEET_NAME } from "../workbook/owned";
import type { ParsedArgs } from "./args";
import { resolveAsOf } from "./as-of";
import { formatIssues, issueToJson, type IssueJson } from "./inspect";
import { openHost } from "./load-workbook";
import type { Output } from "./main";

/** DSO and CEI of one currency (`null` where a figure cannot be worked out). */
export interface OutcomeJson {
  readonly currency: string | null;
  readonly dsoCountback: number | null;
  readonly averageDso: number | null;
  /** Percent (84.8 = 84.8%). */
  readonly ceiFullSales: number | null;
  readonly averageMonthlyCei: number | null;
}

/** What one policy would have done, in major units of money. */
export interface PolicyReplayJson {
  readonly contacts: number;
  readonly byStage: readonly StageCount[];
  readonly byChannel: PolicyReplay["byChannel"];
  readonly charges: readonly { readonly currency: string | null; readonly fees: number; readonly interest: number }[];
  readonly modelled: readonly OutcomeJson[];
}

/** `collect what-if --json`. */
export interface WhatIfJson {
  readonly file: string;
  readonly asOf: string;
  readonly window: PolicyReplayComparison["window"];
  readonly differences: readonly string[];
  readonly current: PolicyReplayJson;
  readonly draft: PolicyReplayJson;
  readonly actual: readonly OutcomeJson[];
  readonly model: string;
  readonly issues: readonly IssueJson[];
}

function outcomeJson(outcome: CurrencyOutcome): OutcomeJson {
  return {
    currency: outcome.currency,
    dsoCountback: outcome.dsoCountback.value,
    averageDso: outcome.averageDso,
    ceiFullSales: outcome.ceiFullSales.value,
    averageMonthlyCei: outcome.averageMonthlyCei,
  };
}

function replayJson(replay: PolicyReplay): PolicyReplayJson {
  return {
    contacts: replay.contacts.length,
    byStage: replay.byStage,
    byChannel: replay.byChannel,
    charges: replay.charges.map((charge) => ({ currency: charge.currency, fees: charge.feeCents / 100, interest: charge.interestCents / 100 })),
    modelled: replay.modelled.map(outcomeJson),
  };
}

function signed(value: number, digits = 0): string {
  const text = value.toFixed(digits);
  return value > 0 ? `+${text}` : text;
}

function fixed(value: number | null, digits = 1, unit = ""): string {
  return value === null ? "—" : `${value.toFixed(digits)}${unit}`;
}

/** The comparison as lines of text: what changed, contacts, charges, DSO and CEI. */
function formatWhatIf(json: WhatIfJson): string[] {
  const lines = [`What-if as of ${json.asOf}: "${POLICY_DRAFT_SHEET_NAME}" beside "${POLICY_SHEET_NAME}", replayed ${json.window.from} to ${json.window.to}.`, ""];
  lines.push("What the draft changes:");
  if (json.differences.length === 0) lines.push("  nothing: the draft is the same as the current policy.");
  for (const line of json.differences) lines.push(`  ${line}`);
  lines.push("", `${"".padEnd(34)}${"Current".padStart(10)}${"Draft".padStart(10)}${"Change".padStart(10)}`);
  const row = (label: string, current: number, draft: number, digits = 0): string =>
    `  ${label.padEnd(32)}${current.toFixed(digits).padStart(10)}${draft.toFixed(digits).padStart(10)}${signed(draft - current, digits).padStart(10)}`;
  lines.push(row("All contacts", json.current.contacts, json.draft.contacts));
  const levels = [...new Set([...json.current.byStage, ...json.draft.byStage].map((s) => s.level))].sort((a, b) => a - b);
  for (const level of levels) {
    const was = json.current.byStage.find((s) => s.level === level);
    const now = json.draft.byStage.find((s) => s.level === level);
    lines.push(row(`  ${level} ${was?.name ?? now?.name ?? ""}`, was?.count ?? 0, now?.count ?? 0));
  }
  lines.push(row("Calls", json.current.byChannel.call, json.draft.byChannel.call), row("E-mails", json.current.byChannel["e-mail"], json.draft.byChannel["e-mail"]), row("Letters", json.current.byChannel.letter, json.draft.byChannel.letter));
  const currencies = [...new Set([...json.current.charges, ...json.draft.charges].map((c) => c.currency))];
  for (const currency of currencies) {
    const was = json.current.charges.find((c) => c.currency === currency);
    const now = json.draft.charges.find((c) => c.currency === currency);
    lines.push(row(`Fees (${currency ?? "no currency"})`, was?.fees ?? 0, now?.fees ?? 0, 2), row(`Interest (${currency ?? "no currency"})`, was?.interest ?? 0, now?.interest ?? 0, 2));
  }
  lines.push("");
  for (const actual of json.actual) {
    const was = json.current.modelled.find((o) => o.currency === actual.currency);
    const now = json.draft.modelled.find((o) => o.currency === actual.currency);
    lines.push(`${actual.currency ?? "No currency"}: DSO (countback, at the end) ${fixed(was?.dsoCountback ?? null)} → ${fixed(now?.dsoCountback ?? null)} days, average ${fixed(was?.averageDso ?? null)} → ${fixed(now?.averageDso ?? null)}; CEI ${fixed(was?.ceiFullSales ?? null, 1, "%")} → ${fixed(now?.ceiFullSales ?? null, 1, "%")}, monthly average ${fixed(was?.averageMonthlyCei ?? null, 1, "%")} → ${fixed(now?.averageMonthlyCei ?? null, 1, "%")} (actual: DSO ${fixed(actual.dsoCountback)}, CEI ${fixed(actual.ceiFullSales, 1, "%")})`);
  }
  lines.push("", `Modelled: ${json.model}`, "");
  return [...lines, ...formatIssues(json.issues).slice(0, 40)];
}

/** The --out folder (default out/). */
function outDirOf(args: ParsedArgs): string {
  const flag = args.flags.get("out");
  return path.resolve(typeof flag === "string" ? flag : "out");
}

/**
 * `collect what-if <file> --create-draft [--out DIR]`: writes a copy of the workbook into DIR with a
 * `Collect Policy Draft` sheet made from its current policy (replacing a draft the workbook had). The input file is
 * never modified.
 */
async function createDraft(file: string, args: ParsedArgs, io: Output): Promise<number> {
  const host = await openHost(file);
  const book = await readWhatIfWorkbook(host);
  await host.writeOwnedSheets([draftPolicySheet(book.policy, book.weights)]);
  const outDir = outDirOf(args);
  fs.mkdirSync(outDir, { recursive: true });
  const target = path.join(outDir, `${path.basename(file).replace(/\.[^.]+$/, "")}.draft.xlsx`);
  await host.saveAs(target);
  if (args.flags.has("json")) io.out(JSON.stringify({ file, outputs: { workbook: target }, replaced: book.draftGrid !== undefined }, null, 2));
  else {
    io.out(`Wrote ${target}: a copy of ${file} with a "${POLICY_DRAFT_SHEET_NAME}" sheet made from its current policy${book.draftGrid === undefined ? "" : " (it replaces the draft the workbook had)"}. ${file} is unchanged.`);
    io.out(`Change the draft in that copy (in Excel), save it, then compare: collect what-if ${target}`);
  }
  return 0;
}

/**
 * `collect what-if <file> [--as-of YYYY-MM-DD] [--json]`: the workbook's `Collect Policy Draft` replayed beside its
 * `Collect Policy` over the 12 months to the as-of date: contacts by stage and channel, fees and interest, modelled
 * DSO and CEI with the actual ones. Exit 2 when the workbook has no draft, saying how to make one
 * (`--create-draft [--out DIR]`). Reads only: the input file is never modified.
 */
export async function whatIfCommand(file: string, args: ParsedArgs, io: Output): Promise<number> {
  if (args.flags.has("create-draft")) return createDraft(file, args, io);
  const asOf = resolveAsOf(args.flags.get("as-of"));
  const host = await openHost(file);
  const book = await readWhatIfWorkbook(host);
  if (book.draftGrid === undefined) {
    io.err(
      `${file} has no "${POLICY_DRAFT_SHEET_NAME}" sheet to compare with "${POLICY_SHEET_NAME}". Make one with\n  collect what-if ${file} --create-draft --out DIR\n` +
        `which writes a copy of the workbook into DIR with a draft made from the current policy (${file} is not changed); change the draft there and run collect what-if on the copy. In Excel: Policy tab, What if…, then "Write to the workbook".`,
    );
    return 2;
  }
  const result = analyseWhatIf(book.ledger, book.policy, book.draftGrid, asOf, { plans: book.plans, weights: book.weights });
  const { comparison, draft } = result;
  if (comparison === null || draft === null) throw new RangeError(`analyseWhatIf returned no comparison for the draft sheet of ${file}`);
  const json: WhatIfJson = {
    file,
    asOf,
    window: comparison.window,
    differences: describePolicyDifferences(book.policy, draft, { current: book.weights, draft: draft.weights }),
    current: replayJson(comparison.current),
    draft: replayJson(comparison.draft),
    actual: comparison.actual.map(outcomeJson),
    model: comparison.model,
    issues: [...book.issues, ...result.issues].map(issueToJson),
  };
  if (args.flags.has("json")) io.out(JSON.stringify(json, null, 2));
  else for (const line of formatWhatIf(json)) io.out(line);
  return 0;
}
