/**
 * `npm run bench [-- --json]`: measures Collect and prints ONE JSON object of figures (progress goes to stderr).
 *   pipeline100k       the full run (read + decide + write sheets + save) on a generated 100,000-invoice workbook,
 *                      against ExcelJS alone reading and writing the same workbook; best of 2 runs each, interleaved,
 *                      each in a fresh Node process
 *   excelSyncs         Office.js syncs of the same full run through the Excel host on the recording fake
 *   engineEvalsPerSec  stage + aging evaluations per second over the 100k invoices
 *   functionsBundleBytes  the size of dist/functions.js (npm run build)
 *   letters5000        5,000 letters through merge, layout and .docx packing (src/export/bench-letters.ts)
 *   prediction         the late-payment model (src/cli/bench-prediction.ts)
 * Times are measured and reported, never asserted by tests.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { DEFAULT_AGING_BUCKETS, bucketIndex } from "../core/aging/bucket-aging";
import { computeDaysPastDue } from "../core/aging/days-past-due";
import type { Ledger } from "../core/ledger/ledger";
import { computeStage } from "../core/policy/compute-stage";
import { benchLetters5000 } from "../export/bench-letters";
import { openWorkbookFile, type FileHost } from "../hosts/file";
import type { Grid } from "../workbook/grid";
import { readLedger } from "../workbook";
import { analyseWorkbook, writeCollectSheets } from "../service/run-collect";
import { benchPrediction } from "./bench-prediction";
import { loadExcelModules, type ExcelModules } from "./bench/excel-host-loader";
import { BENCH_AS_OF, type PipelineTiming } from "./bench/pipeline-run";
import { benchWorkbook } from "./bench/scaled-sample";

const AS_OF = BENCH_AS_OF;
/** The goals of issue 8. */
const GOALS = { ratio: 1.5, syncs: 6, evalsPerSec: 1_000_000, bundleBytes: 150 * 1024 } as const;
const RUNS = 2;

const root = path.resolve(__dirname, "..", "..");
const log = (text: string): void => {
  process.stderr.write(`bench: ${text}\n`);
};

async function openFile(file: string): Promise<FileHost> {
  const opened = await openWorkbookFile(file);
  if (!opened.ok) throw new Error(`${file}: ${opened.error.detail}`);
  return opened.value;
}

/** Runs one pipeline measurement in a fresh Node process (see bench/pipeline-run.ts). */
function measureInChild(mode: "collect" | "exceljs", file: string, out: string): PipelineTiming {
  const result = spawnSync(process.execPath, [path.join(__dirname, "bench", "pipeline-run.js"), mode, file, out], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (result.status !== 0) throw new Error(`pipeline-run ${mode} failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as PipelineTiming;
}

const round = (value: number, digits = 0): number => Math.round(value * 10 ** digits) / 10 ** digits;

async function benchPipeline(file: string): Promise<Record<string, unknown>> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "collect-bench-"));
  try {
    const collect: PipelineTiming[] = [];
    const exceljs: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      log(`pipeline run ${i + 1}/${RUNS}: ExcelJS alone`);
      exceljs.push(measureInChild("exceljs", file, path.join(tmp, "exceljs.xlsx")).totalMs);
      log(`pipeline run ${i + 1}/${RUNS}: Collect`);
      collect.push(measureInChild("collect", file, path.join(tmp, "collect.xlsx")));
    }
    const best = collect.reduce((a, b) => (b.totalMs < a.totalMs ? b : a));
    const baseline = Math.min(...exceljs);
    return {
      collectMs: round(best.totalMs),
      exceljsMs: round(baseline),
      ratio: round(best.totalMs / baseline, 2),
      phasesMs: { read: round(best.readMs), decide: round(best.decideMs), writeSheets: round(best.writeMs), save: round(best.saveMs) },
      runsMs: { collect: collect.map((c) => round(c.totalMs)), exceljs: exceljs.map((ms) => round(ms)) },
      file: path.basename(file),
      fileBytes: fs.statSync(file).size,
    };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** The workbook's sheets as the file host reads them, to seed the fake Excel with. */
async function gridsOf(file: string): Promise<readonly Grid[]> {
  const host = await openFile(file);
  return host.readSheets(await host.listSheets());
}

/** Syncs of one full run (and of a second run over its own output) through the Excel host on the recording fake. */
async function countSyncs(excel: ExcelModules, grids: readonly Grid[], budgetBytes: number | null | undefined): Promise<{ firstRun: number; nextRun: number }> {
  const fake = excel.createRecordingExcel(budgetBytes === null ? { payloadLimitBytes: null } : {});
  for (const grid of grids) fake.addSheet(grid.sheetName, { values: grid.values, numberFormats: grid.numberFormats, top: grid.top, left: grid.left });
  const host = excel.createExcelHost(fake.run, budgetBytes);
  const first = await analyseWorkbook(host, { asOf: AS_OF });
  await writeCollectSheets(host, first);
  const firstRun = fake.syncCount;
  fake.resetCounters();
  const next = await analyseWorkbook(host, { asOf: AS_OF });
  await writeCollectSheets(host, next);
  return { firstRun, nextRun: fake.syncCount };
}

async function benchSyncs(small: string, large: string): Promise<Record<string, unknown>> {
  const excel = loadExcelModules(root);
  const grids1k = await gridsOf(small);
  const grids100k = await gridsOf(large);
  log("syncs: desktop (one batch per sync, whatever its size)");
  const desktop1k = await countSyncs(excel, grids1k, null);
  const desktop100k = await countSyncs(excel, grids100k, null);
  log("syncs: Excel on the web (5 MB per request)");
  const web1k = await countSyncs(excel, grids1k, undefined);
  const web100k = await countSyncs(excel, grids100k, undefined);
  return {
    rows1k: desktop1k.firstRun,
    rows100k: desktop100k.firstRun,
    detail: {
      what: "context.sync() calls of a full run (read + write the Collect sheets + log the letters) through ExcelHost on the recording fake; rows1k/rows100k are Excel on Windows and Mac (no payload budget) on a workbook without Collect sheets yet",
      desktop: { rows1k: desktop1k, rows100k: desktop100k },
      web: { rows1k: web1k, rows100k: web100k, note: "Excel on the web caps each request and response at 5 MB, so a 100k-row workbook needs one more sync per ~4.5 MB read or written" },
    },
  };
}

/** Stage + aging bucket of every invoice with a due date, repeated until a second has passed. */
function benchEngine(ledger: Ledger): Record<string, unknown> {
  const dues = ledger.invoices.flatMap((invoice) => (invoice.dueDate === null ? [] : [invoice.dueDate]));
  let evaluations = 0;
  let checksum = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (const dueDate of dues) {
      const stage = computeStage({ dueDate, asOf: AS_OF });
      checksum += stage.stage.level + bucketIndex(computeDaysPastDue(dueDate, AS_OF), DEFAULT_AGING_BUCKETS);
      evaluations += 1;
    }
    elapsed = performance.now() - start;
  } while (elapsed < 1000);
  return { evalsPerSec: round((evaluations / elapsed) * 1000), evaluations, invoices: dues.length, checksum };
}

function bundleBytes(): { bytes: number | null; note?: string } {
  const file = path.join(root, "dist", "functions.js");
  return fs.existsSync(file) ? { bytes: fs.statSync(file).size } : { bytes: null, note: "dist/functions.js is missing: run `npm run build` first" };
}

function machine(): Record<string, unknown> {
  const cpu = fs.existsSync("/proc/cpuinfo") ? (/model name\s*:\s*(.+)/.exec(fs.readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? null) : (os.cpus()[0]?.model ?? null);
  return { nproc: os.cpus().length, node: process.version, cpu, platform: `${os.platform()} ${os.release()}`, memoryGiB: round(os.totalmem() / 1024 ** 3, 1) };
}

async function main(): Promise<void> {
  log("generating the workbooks (cached in the temporary folder after the first run)");
  const small = await benchWorkbook(1_000);
  const large = await benchWorkbook(100_000);
  // The engine first, before the pipeline fills the heap: it measures Collect's decisions, not the garbage collector.
  log("engine");
  const engine = benchEngine(readLedger({ dateSystem: "1900", sheets: await gridsOf(large) }));
  const pipeline100k = await benchPipeline(large);
  const excelSyncs = await benchSyncs(small, large);
  log("letters");
  const letters5000 = await benchLetters5000();
  log("prediction");
  const predicted = await benchPrediction();
  const prediction = predicted.ok ? predicted.value : { skipped: "the IBM sample (../shared/data) is not beside the repository" };
  const bundle = bundleBytes();
  const result = {
    machine: machine(),
    pipeline100k,
    excelSyncs,
    engineEvalsPerSec: engine.evalsPerSec,
    engine,
    functionsBundleBytes: bundle.bytes,
    ...(bundle.note === undefined ? {} : { functionsBundleNote: bundle.note }),
    letters5000,
    prediction,
    goals: {
      ratio: { goal: GOALS.ratio, met: (pipeline100k.ratio as number) <= GOALS.ratio },
      syncs: { goal: GOALS.syncs, met: Math.max(excelSyncs.rows1k as number, excelSyncs.rows100k as number) <= GOALS.syncs },
      evalsPerSec: { goal: GOALS.evalsPerSec, met: (engine.evalsPerSec as number) >= GOALS.evalsPerSec },
      bundleBytes: { goal: GOALS.bundleBytes, met: bundle.bytes !== null && bundle.bytes <= GOALS.bundleBytes },
    },
  };
  process.stdout.write(`${JSON.stringify(result, null, process.argv.includes("--json") ? 0 : 2)}\n`);
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
