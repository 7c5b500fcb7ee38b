import { describeWithSharedData, sharedDataPath } from "../../test/helpers/shared-data";
import { day, ledgerOf, testInvoice } from "../core/predict/_lib/test-ledger";
import { type EvaluateJson, evaluateErrorMessage, evaluateJson, MAE_GOAL_RATIO, readSplitDate } from "./evaluate";
import { UnusableInputError } from "./load-workbook";
import { main, type Output } from "./main";

async function collect(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Output = { out: (text) => out.push(text), err: (text) => err.push(text) };
  const code = await main(argv, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const IBM = sharedDataPath("WA_Fn-UseC_-Accounts-Receivable.csv");
const HIGHRADIUS = sharedDataPath("highradius_open_invoices_with_predictions.csv");
const CONTRACT_KEYS = ["n", "accuracy", "baselineAccuracy", "maeDays", "baselineMaeDays", "auc", "extra"];

describe("readSplitDate", () => {
  it.each([
    { flag: "2013-07-01", date: "2013-07-01" },
    { flag: " 2024-02-29 ", date: "2024-02-29" },
  ])("reads $flag", ({ flag, date }) => {
    expect(readSplitDate(flag)).toBe(date);
  });

  it.each([
    { name: "a missing flag", flag: undefined, message: "--split-date is required" },
    { name: "a flag without a value", flag: true as const, message: "got nothing" },
    { name: "a US date", flag: "7/1/2013", message: 'got "7/1/2013"' },
    { name: "a day that does not exist", flag: "2013-02-30", message: 'got "2013-02-30"' },
    { name: "a month 13", flag: "2013-13-01", message: 'got "2013-13-01"' },
  ])("refuses $name with a message (exit 2)", ({ flag, message }) => {
    expect(() => readSplitDate(flag)).toThrow(UnusableInputError);
    expect(() => readSplitDate(flag)).toThrow(message);
  });
});

describe("collect evaluate without a usable split date", () => {
  it.each([
    { name: "no --split-date", argv: ["evaluate", "any.csv"], message: "--split-date is required" },
    { name: "a bad --split-date", argv: ["evaluate", "any.csv", "--split-date", "01/07/2013"], message: "needs a date written YYYY-MM-DD" },
    { name: "no file", argv: ["evaluate"], message: "name a workbook file" },
  ])("exits 2 with a message for $name, before reading anything", async ({ argv, message }) => {
    const { code, err, out } = await collect(...argv);
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(out).toBe("");
  });
});

describe("evaluateErrorMessage", () => {
  const ledger = ledgerOf([testInvoice({ no: "1", customer: "A", invoiceDate: "2013-01-01", daysLate: 2 }), testInvoice({ no: "2", customer: "A", invoiceDate: "2013-03-01" })]);
  it.each([
    { name: "no paid invoice at all", error: "no-paid-history" as const, book: ledgerOf([testInvoice({ no: "1", customer: "A", invoiceDate: "2020-01-01" })]), text: "no invoice in it has a paid date (1 invoice, open)" },
    { name: "a split before any payment", error: "no-paid-history" as const, book: ledger, text: "no invoice was settled before 2012-01-01, so there is nothing to learn from (invoices were settled from 2013-02-02 to 2013-02-02). Choose a later --split-date." },
    { name: "a split after the last paid invoice", error: "nothing-to-test" as const, book: ledger, text: "paid invoices were issued from 2013-01-01 to 2013-01-01). Choose an earlier --split-date." },
  ])("explains $name, naming the file", ({ error, book, text }) => {
    const message = evaluateErrorMessage(error, "book.xlsx", book, day("2012-01-01"));
    expect(message.startsWith("book.xlsx: ")).toBe(true);
    expect(message).toContain(text);
  });
});

describe("evaluateJson", () => {
  it("prints exactly the contract's keys, everything else under extra", () => {
    const invoices = Array.from({ length: 40 }, (_, k) =>
      testInvoice({ no: String(k), customer: `C${String(k % 4)}`, invoiceDate: `2012-${String((k % 12) + 1).padStart(2, "0")}-${String(1 + Math.floor(k / 12)).padStart(2, "0")}`, daysLate: (k % 4) * 5 - 6 }),
    );
    const json = evaluateJson("book.xlsx", ledgerOf(invoices), day("2012-08-01"));
    expect(Object.keys(json)).toEqual(CONTRACT_KEYS);
    expect(json.extra).toMatchObject({ file: "book.xlsx", splitDate: "2012-08-01", features: { disputed: true, billingChannel: false } });
  });
});

describeWithSharedData("collect evaluate on the real AR files in ../shared/data", () => {
  it.each(["2013-07-01", "2013-01-01"])(
    "IBM sample, split %s: accuracy above the baseline and MAE at most 0.85 × the baseline's, with and without the Disputed flag",
    async (split) => {
      const { code, out } = await collect("evaluate", IBM, "--split-date", split, "--json");
      expect(code).toBe(0);
      const json = JSON.parse(out) as EvaluateJson;
      expect(Object.keys(json)).toEqual(CONTRACT_KEYS);
      expect(json.n).toBeGreaterThan(500);
      expect(json.accuracy).toBeGreaterThan(json.baselineAccuracy);
      expect(json.maeDays).toBeLessThanOrEqual(MAE_GOAL_RATIO * json.baselineMaeDays);
      expect(json.auc).toBeGreaterThan(0.85);
      expect(json.extra.features).toEqual({ disputed: true, billingChannel: true });
      expect(json.extra.goals).toEqual({ accuracyAboveBaseline: true, maeWithinRatio: true, maeGoalRatio: MAE_GOAL_RATIO });
      // The Disputed flag is filled in after the fact in this sample; the billing channel is known on the invoice date.
      expect(json.extra.withoutDisputed.accuracy).toBeGreaterThan(json.baselineAccuracy);
      expect(json.extra.withoutDisputed.maeRatio).toBeLessThanOrEqual(MAE_GOAL_RATIO);
    },
  );

  it("IBM sample: prints a readable table", async () => {
    const { code, out } = await collect("evaluate", IBM, "--split-date", "2013-07-01");
    expect(code).toBe(0);
    expect(out).toContain("split 2013-07-01");
    expect(out).toContain("learnt from 1846 invoices settled before the split; tested on 536 paid invoices issued on or after it");
    expect(out).toMatch(/goals: accuracy above the baseline met; MAE ≤ 0\.85 × baseline met/);
  });

  it("HighRadius: every invoice is open, so it says there is no paid history and exits 2", async () => {
    const { code, out, err } = await collect("evaluate", HIGHRADIUS, "--split-date", "2020-04-01", "--json");
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain("no invoice in it has a paid date (9700 invoices, all open)");
  });
});
