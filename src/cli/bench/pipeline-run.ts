/**
 * One measured run of the bench's pipeline, in a process of its own so every run starts from an empty heap (a run
 * left in the same process would make the next one pay for its garbage): `node pipeline-run.js collect|exceljs
 * <in.xlsx> <out.xlsx>` prints the timings as one JSON line.
 */
import ExcelJS from "exceljs";
import type { IsoDate } from "../../core/dates/iso-date";
import { openWorkbookFile } from "../../hosts/file";
import { analyseWorkbook, writeCollectSheets } from "../../service/run-collect";

/** The as-of date of the bench workbooks (the sample's). */
export const BENCH_AS_OF = "2026-11-30" as IsoDate;

/** Timings of one pipeline run, in milliseconds. */
export interface PipelineTiming {
  readonly totalMs: number;
  readonly readMs: number;
  /** Collect only: read the ledger, decide, prepare letters, compute metrics. */
  readonly decideMs: number;
  /** Collect only: lay the Collect sheets into the workbook. */
  readonly writeMs: number;
  readonly saveMs: number;
}

/** The full Collect run on a file: open (ExcelJS read), analyse, write the sheets, save a copy. */
export async function timeCollectRun(file: string, out: string): Promise<PipelineTiming> {
  const start = performance.now();
  const opened = await openWorkbookFile(file);
  if (!opened.ok) throw new Error(`${file}: ${opened.error.detail}`);
  const read = performance.now();
  // The run's objects are not needed once its sheets are written: scoped here, the save does not carry them.
  const { decided, written } = await (async () => {
    const run = await analyseWorkbook(opened.value, { asOf: BENCH_AS_OF });
    const analysed = performance.now();
    await writeCollectSheets(opened.value, run);
    return { decided: analysed, written: performance.now() };
  })();
  await opened.value.saveAs(out);
  const end = performance.now();
  return { totalMs: end - start, readMs: read - start, decideMs: decided - read, writeMs: written - decided, saveMs: end - written };
}

/** ExcelJS alone: read the same file and write it back. */
export async function timeExcelJsRun(file: string, out: string): Promise<PipelineTiming> {
  const start = performance.now();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const read = performance.now();
  await workbook.xlsx.writeFile(out);
  const end = performance.now();
  return { totalMs: end - start, readMs: read - start, decideMs: 0, writeMs: 0, saveMs: end - read };
}

if (require.main === module) {
  const [mode, file, out] = process.argv.slice(2);
  if ((mode !== "collect" && mode !== "exceljs") || file === undefined || out === undefined) {
    process.stderr.write("usage: pipeline-run collect|exceljs <in.xlsx> <out.xlsx>\n");
    process.exit(2);
  }
  (mode === "collect" ? timeCollectRun(file, out) : timeExcelJsRun(file, out)).then(
    (timing) => {
      process.stdout.write(`${JSON.stringify(timing)}\n`);
      process.exit(0);
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
