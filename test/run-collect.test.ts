// The whole run on real workbooks, through the file host: the user's sheets come out identical, a second
// run over the output changes nothing, letters are logged once and count as contacts from the next day.
import fs from "fs";
import os from "os";
import path from "path";
import type { IsoDate } from "../src/core/dates/iso-date";
import { openWorkbookFile, type FileHost } from "../src/hosts/file";
import { analyseWorkbook, writeCollectSheets, type CollectRun } from "../src/service/run-collect";
import { describeWithSharedData, sharedDataPath } from "./helpers/shared-data";

const SAMPLE = path.join(__dirname, "..", "assets", "sample.xlsx");
const AS_OF = "2026-11-30" as IsoDate;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "collect-run-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function open(file: string): Promise<FileHost> {
  const opened = await openWorkbookFile(file);
  if (!opened.ok) throw new Error(`${file}: ${opened.error.detail}`);
  return opened.value;
}

async function userSheets(host: FileHost) {
  const names = (await host.listSheets()).filter((name) => !name.startsWith("Collect "));
  return { names, grids: await host.readSheets(names) };
}

/** Runs Collect on a file, saves the copy, and returns the run with the copy's path. */
async function runOn(file: string, asOf: IsoDate, out: string): Promise<{ run: CollectRun; saved: string }> {
  const host = await open(file);
  const run = await analyseWorkbook(host, { asOf });
  await writeCollectSheets(host, run);
  await host.saveAs(out);
  return { run, saved: out };
}

async function logRowCount(file: string): Promise<number> {
  const host = await open(file);
  const [log] = await host.readSheets(["Collect Log"]);
  return (log?.values.length ?? 1) - 1;
}

describe("a run on the sample workbook", () => {
  let first: { run: CollectRun; saved: string };
  let second: { run: CollectRun; saved: string };
  beforeAll(async () => {
    first = await runOn(SAMPLE, AS_OF, path.join(tmp, "first.xlsx"));
    second = await runOn(first.saved, AS_OF, path.join(tmp, "second.xlsx"));
  });

  it("leaves every cell of the user's sheets as it was", async () => {
    const before = await userSheets(await open(SAMPLE));
    const after = await userSheets(await open(first.saved));
    expect(after.names).toEqual(before.names);
    expect(after.grids).toEqual(before.grids);
  });

  it("adds Collect's sheets", async () => {
    const names = await (await open(first.saved)).listSheets();
    expect(names).toEqual(expect.arrayContaining(["Collect Worklist", "Collect Customers", "Collect Policy", "Collect Log", "Collect Letters", "Collect Issues", "Collect Merge", "Collect Metrics"]));
  });

  it("gives the same worklist when run again over its own output, and does not log the letters twice", async () => {
    expect(second.run.worklist.rows).toEqual(first.run.worklist.rows);
    expect(await logRowCount(first.saved)).toBe(first.run.letters.length);
    expect(await logRowCount(second.saved)).toBe(first.run.letters.length);
  });

  it("counts the letters as contacts from the next day", async () => {
    const nextDay = await analyseWorkbook(await open(second.saved), { asOf: "2026-12-01" as IsoDate });
    const written = new Set(first.run.letters.map((l) => l.customerKey));
    const actingAgain = nextDay.worklist.rows.filter((row) => written.has(row.customerKey));
    expect(written.size).toBeGreaterThan(0);
    expect(actingAgain).toEqual([]);
  });

  it("never puts a customer in credit on the worklist, and lists them separately", () => {
    const credit = first.run.worklist.credits.map((c) => c.customerKey);
    expect(credit.length).toBeGreaterThan(0);
    expect(first.run.worklist.rows.filter((row) => credit.includes(row.customerKey))).toEqual([]);
  });

  it("puts the very late payer with a broken promise at the top", () => {
    const top = first.run.worklist.rows[0];
    expect(top?.customerName).toBe("Quayside Kitchen & Bar Ltd");
    expect(top?.reason).toContain("broke a promise");
  });
});

describeWithSharedData("a run on every file in ../shared/data", () => {
  it.each([
    { file: "ar_aging_report_formulas_ils.xlsx" },
    { file: "WA_Fn-UseC_-Accounts-Receivable.csv" },
    { file: "highradius_open_invoices_with_predictions.csv" },
  ])("$file: the user's sheets come out identical and the run completes", async ({ file }) => {
    const source = sharedDataPath(file);
    const { run, saved } = await runOn(source, "2013-12-31" as IsoDate, path.join(tmp, `${file}.xlsx`));
    const before = await userSheets(await open(source));
    const after = await userSheets(await open(saved));
    expect(after.names).toEqual(before.names);
    expect(after.grids.map((g) => g.values)).toEqual(before.grids.map((g) => g.values));
    if (file.endsWith(".xlsx")) expect(after.grids.map((g) => g.numberFormats)).toEqual(before.grids.map((g) => g.numberFormats));
    expect(run.ledger.invoices.length).toBeGreaterThan(0);
  });
});
