import fs from "fs";
import path from "path";
import { formatMoney } from "../core/desk/format-money";
import type { Cents } from "../core/money/cents";
import { writeEmlDrafts, writeLettersDocx, writeMergeCsv, mergeSourceRows } from "../export";
import { metricsSummary } from "../service/headline-metrics";
import { analyseWorkbook, writeCollectSheets } from "../service/run-collect";
import type { ParsedArgs } from "./args";
import { resolveAsOf } from "./as-of";
import { formatIssues, issueToJson } from "./inspect";
import { openHost } from "./load-workbook";
import type { Output } from "./main";

/** How many worklist rows the readable output shows. */
const TOP_ROWS = 12;

/**
 * `collect run`: today's collections work on a workbook. Writes into --out (default out/): a copy of the
 * workbook with the Collect sheets, the letters as one .docx, one .eml draft per customer written to by
 * e-mail, and the Word mail-merge CSV. The input file is never modified.
 */
export async function runCommand(file: string, args: ParsedArgs, io: Output): Promise<number> {
  const asOf = resolveAsOf(args.flags.get("as-of"));
  const outFlag = args.flags.get("out");
  const outDir = path.resolve(typeof outFlag === "string" ? outFlag : "out");
  const host = await openHost(file);
  const run = await analyseWorkbook(host, { asOf });
  await writeCollectSheets(host, run);

  fs.mkdirSync(outDir, { recursive: true });
  const base = path.basename(file).replace(/\.[^.]+$/, "");
  const outputs: Record<string, string | readonly string[]> = {};
  const workbookPath = path.join(outDir, `${base}.collect.xlsx`);
  await host.saveAs(workbookPath);
  outputs.workbook = workbookPath;
  if (run.letters.length > 0) {
    const docxPath = path.join(outDir, "letters.docx");
    fs.writeFileSync(docxPath, await writeLettersDocx(run.letters));
    outputs.docx = docxPath;
    const emlDir = path.join(outDir, "eml");
    fs.rmSync(emlDir, { recursive: true, force: true });
    fs.mkdirSync(emlDir, { recursive: true });
    outputs.eml = writeEmlDrafts(run.letters).map((draft) => {
      const target = path.join(emlDir, draft.fileName);
      fs.writeFileSync(target, draft.content);
      return target;
    });
  }
  const csvPath = path.join(outDir, "merge.csv");
  fs.writeFileSync(csvPath, writeMergeCsv(mergeSourceRows(run.letters)));
  outputs.mergeSource = csvPath;

  const metrics = metricsSummary(run.ledger, run.metrics, run.forecast);
  if (args.flags.has("json")) {
    const worklist = run.worklist.rows.map((row) => ({
      rank: row.rank,
      customer: row.customerName,
      customerKey: row.customerKey,
      currency: row.currency,
      stage: `${row.stageLevel} ${row.stageName}`,
      priority: Math.round(row.score * 10) / 10,
      action: row.action,
      channel: row.channel,
      tone: row.tone,
      reason: row.reason,
      amountDue: row.amountDueCents / 100,
      overdue: row.overdueCents / 100,
      invoices: row.invoiceNos,
      nextActionDate: row.nextActionDate,
      collector: row.collector,
      scenario: row.scenario,
      riskScore: row.riskScore,
      riskBand: row.riskBand,
    }));
    io.out(JSON.stringify({ asOf, worklist, holds: run.worklist.holds.length, credits: run.worklist.credits.length, metrics, outputs, issues: run.issues.map(issueToJson) }, null, 2));
    return 0;
  }
  io.out(`Collections worklist as of ${asOf}: ${run.worklist.rows.length} customers to contact, ${run.worklist.holds.length} invoices on hold, ${run.worklist.credits.length} accounts in credit.`);
  io.out("");
  for (const row of run.worklist.rows.slice(0, TOP_ROWS)) {
    io.out(`${String(row.rank).padStart(2)}. ${row.customerName}: ${row.stageLevel} ${row.stageName}, ${row.channel} (${row.tone}), priority ${row.score.toFixed(0)}`);
    io.out(`    ${row.action}. ${row.reason}`);
  }
  if (run.worklist.rows.length > TOP_ROWS) io.out(`    … ${run.worklist.rows.length - TOP_ROWS} more in the "Collect Worklist" sheet`);
  io.out("");
  for (const m of metrics) {
    const cur = m.currency ?? "";
    const money = (amount: number) => (m.currency === null ? amount.toFixed(2) : formatMoney(Math.round(amount * 100) as Cents, cur));
    io.out(`${cur || "(no currency)"}: open ${money(m.openBalance)}, overdue ${money(m.overdue)}, ${m.percentCurrent === null ? "—" : `${m.percentCurrent.toFixed(1)}% current`}, average days delinquent ${m.averageDaysDelinquent?.toFixed(1) ?? "—"}`);
    const cash = m.cashForecast;
    if (cash !== undefined) {
      const next = cash.weeks.reduce((sum, week) => sum + week.amount, 0);
      io.out(`    expected in the next ${cash.weeks.length} weeks ${money(next)}, later ${money(cash.later)} (${cash.basis === "model" ? "predicted from payment history" : "by due dates"}); forecast check ${cash.difference === 0 ? "OK" : "Difference"}`);
    }
    io.out(`    DSO ${m.dsoCountback?.toFixed(1) ?? "—"} days (countback), ${m.dsoSimple?.toFixed(1) ?? "—"} (simple); best possible ${m.bestPossibleDsoSimple?.toFixed(1) ?? "—"}; CEI ${m.ceiFullSales === null ? "—" : `${m.ceiFullSales.toFixed(1)}%`} (full sales); aging check ${m.agingDifference === 0 ? "OK" : "Difference"}`);
  }
  io.out("");
  io.out(`Letters: ${run.letters.length} (${run.letters.filter((l) => l.email !== null).length} as Outlook drafts)`);
  for (const [kind, value] of Object.entries(outputs)) io.out(`  ${kind}: ${Array.isArray(value) ? `${value.length} files in ${path.dirname(value[0] ?? outDir)}` : value}`);
  io.out("");
  for (const line of formatIssues(run.issues.map(issueToJson)).slice(0, 40)) io.out(line);
  return 0;
}
