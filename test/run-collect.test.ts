// The whole run on real workbooks, through the file host: the user's sheets come out identical, a second
// run over the output changes nothing, letters are logged once and count as contacts from the next day.
import ExcelJS from "exceljs";
import fs from "fs";
import os from "os";
import path from "path";
import type { IsoDate } from "../src/core/dates/iso-date";
import { openWorkbookFile, type FileHost } from "../src/hosts/file";
import { analyseWorkbook, outputSheets, writeCollectSheets, type CollectRun } from "../src/service/run-collect";
import { DEFAULT_COLLECT_POLICY, type CollectPolicy } from "../src/core/policy/collect-policy";
import { draftPolicySheet, POLICY_DRAFT_SHEET_NAME, WHAT_IF_SHEET_NAME } from "../src/workbook/owned";
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
    // The late-payment risk and the cash forecast read only the user's invoices: the same on the output.
    expect(second.run.statuses.map((s) => s.risk)).toEqual(first.run.statuses.map((s) => s.risk));
    expect(second.run.forecast).toEqual(first.run.forecast);
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

  it("rates the customers' late-payment risk and gives likely late payers the early reminders", () => {
    const rated = first.run.statuses.filter((s) => s.risk?.band === "high");
    expect(rated.length).toBeGreaterThan(0);
    const early = first.run.worklist.rows.filter((row) => row.scenario === "Late-payer risk" && row.oldestDaysPastDue <= 0);
    expect(early.length).toBeGreaterThan(0);
    for (const row of early) expect(row.reason).toMatch(/risk \d+ \(high\): pays/);
    expect(first.run.issues.some((issue) => issue.code === "risk-unavailable")).toBe(false);
  });

  it("forecasts the cash per currency, adding up to the receivables to the cent", () => {
    expect(first.run.forecast.basis).toBe("model");
    for (const line of first.run.forecast.currencies) {
      const ar = first.run.metrics.currencies.find((m) => m.currency === line.currency)?.end.arCents ?? 0;
      expect(line.totalCents).toBe(ar);
    }
  });

  it("puts the very late payer with a broken promise at the top", () => {
    const top = first.run.worklist.rows[0];
    expect(top?.customerName).toBe("Quayside Kitchen & Bar Ltd");
    expect(top?.reason).toContain("broke a promise");
  });
});

describe("a run on a workbook with a draft policy", () => {
  it("writes the what-if beside the current policy, leaves the draft as the bookkeeper wrote it, and a second run agrees", async () => {
    const host = await open(SAMPLE);
    const firmer: CollectPolicy = { ...DEFAULT_COLLECT_POLICY, stages: DEFAULT_COLLECT_POLICY.stages.map((s) => (s.level === 5 ? { ...s, triggerDaysFromDue: 8 } : s)) };
    await host.writeOwnedSheets([draftPolicySheet(firmer)]);
    const withDraft = path.join(tmp, "with-draft.xlsx");
    await host.saveAs(withDraft);
    const draftBefore = (await (await open(withDraft)).readSheets([POLICY_DRAFT_SHEET_NAME]))[0];

    const { run, saved } = await runOn(withDraft, AS_OF, path.join(tmp, "with-draft-run.xlsx"));
    expect(run.whatIf?.name).toBe(WHAT_IF_SHEET_NAME);
    expect(run.issues.filter((issue) => issue.address?.includes(POLICY_DRAFT_SHEET_NAME))).toEqual([]);
    const output = await open(saved);
    const [draftAfter, whatIf] = await output.readSheets([POLICY_DRAFT_SHEET_NAME, WHAT_IF_SHEET_NAME]);
    expect(draftAfter).toEqual(draftBefore);
    const text = JSON.stringify(whatIf?.values);
    expect(text).toContain("starts 8 days after due (was 15 days after due)");

    const again = await analyseWorkbook(await open(saved), { asOf: AS_OF });
    expect(again.whatIf?.rows).toEqual(run.whatIf?.rows);
  });

  it("writes no what-if without a draft", async () => {
    const run = await analyseWorkbook(await open(SAMPLE), { asOf: AS_OF });
    expect(run.whatIf).toBeNull();
    expect(outputSheets(run, run.ledger.dateSystem).map((sheet) => sheet.name)).not.toContain(WHAT_IF_SHEET_NAME);
  });
});

describe("a run where a collector's name has characters a sheet name cannot have", () => {
  it("names the to-do sheet without them and saves a copy that opens", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(SAMPLE);
    const customers = workbook.getWorksheet("Customers");
    const column = (customers?.getRow(1).values as unknown[]).indexOf("Collector");
    customers?.eachRow((row, number) => {
      if (number > 1) row.getCell(column).value = "A/R: Jo [UK]";
    });
    const file = path.join(tmp, "odd-collector.xlsx");
    await workbook.xlsx.writeFile(file);
    const { saved } = await runOn(file, AS_OF, path.join(tmp, "odd-collector-run.xlsx"));
    const names = await (await open(saved)).listSheets();
    expect(names).toContain("Collect To-do A-R- Jo -UK-");
  });
});

describe("a run on a workbook without any paid history", () => {
  it("carries on without risk, says why, and forecasts by the due dates", async () => {
    const file = path.join(tmp, "open-only.csv");
    fs.writeFileSync(file, "Invoice No,Customer,Invoice Date,Due Date,Amount,Currency\nINV-1,Acme Ltd,2026-10-01,2026-10-31,100.00,GBP\nINV-2,Acme Ltd,2026-11-20,2026-12-20,250.00,GBP\n");
    const run = await analyseWorkbook(await open(file), { asOf: AS_OF });
    expect(run.issues).toContainEqual(expect.objectContaining({ code: "risk-unavailable", severity: "info", message: expect.stringContaining("no invoice in the workbook has a paid date") }));
    expect(run.statuses.map((s) => s.risk)).toEqual(run.statuses.map(() => null));
    expect(run.forecast.basis).toBe("due-dates");
    expect(run.forecast.currencies).toEqual([expect.objectContaining({ currency: "GBP", totalCents: 35000 })]);
    expect(run.forecast.currencies[0]?.weeklyCents.slice(0, 4)).toEqual([10000, 0, 25000, 0]);
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
