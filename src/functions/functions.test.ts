import { computeStage, formatStageLabel, formatStageWhy } from "../core/policy/compute-stage";
import { computeDsoCountback } from "../core/metrics/dso";
import type { IsoDate } from "../core/dates/iso-date";
import type { Cents } from "../core/money/cents";
import { computeCharges } from "../core/fees/compute-charges";
import type { Invoice } from "../core/ledger/ledger";
import { computeCollectMetrics } from "../core/metrics/collect-metrics";
import { testContact, testInvoice, testLedger, testPayment } from "../core/desk/_lib/test-ledger";
import {
  aging, averageDaysDelinquent, averageDaysDelinquentInvoices, bestPossibleDso, cei, daysLate, daysPastDue, daysToPay, dso, interest, percentCurrent, promiseKept, stage, why,
} from "./functions";
import { setClock } from "./settings";

const NOV_25 = 46351; // 2026-11-25 in the 1900 system
const serial = (iso: string) => NOV_25 + Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.parse("2026-11-25T00:00:00Z")) / 86400000);

/** Runs a function and returns its value, or the Excel error text and message it threw. */
function call(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    const excel = error as { code?: string; message?: string };
    if (excel.code === undefined) throw error;
    return { error: excel.code, message: excel.message };
  }
}

afterEach(() => setClock());

describe("COLLECT.DAYSPASTDUE and COLLECT.DAYSLATE", () => {
  it.each([
    { name: "47 days late", due: serial("2026-10-09"), asOf: NOV_25, out: 47 },
    { name: "due in 5 days (text date)", due: "2026-11-30", asOf: NOV_25, out: -5 },
    { name: "text as-of", due: serial("2026-11-20"), asOf: "2026-11-25", out: 5 },
  ])("DAYSPASTDUE: $name", ({ due, asOf, out }) => {
    expect(daysPastDue(due, asOf)).toBe(out);
  });

  it("DAYSPASTDUE counts to today when asOf is left out", () => {
    setClock(() => new Date(2026, 10, 25, 9, 0));
    expect(daysPastDue(serial("2026-11-01"))).toBe(24);
  });

  it.each([
    { name: "a blank due date", args: [null, NOV_25], error: "#N/A", message: "due is blank. Enter a date." },
    { name: "text that is not a date", args: ["soon", NOV_25], error: "#VALUE!", message: expect.stringContaining('due: "soon" is not a date') },
    { name: "a bad as-of", args: [NOV_25, "11/05/2026"], error: "#VALUE!", message: expect.stringContaining("asOf") },
  ])("DAYSPASTDUE refuses $name", ({ args, error, message }) => {
    expect(call(() => daysPastDue(args[0], args[1]))).toEqual({ error, message });
  });

  it.each([
    { due: "2026-02-09", paid: "2026-02-14", out: 5 },
    { due: "2026-02-09", paid: "2026-02-01", out: -8 },
  ])("DAYSLATE $due → $paid is $out", ({ due, paid, out }) => {
    expect(daysLate(serial(due), serial(paid))).toBe(out);
  });

  it("DAYSLATE needs a paid date", () => {
    expect(call(() => daysLate(NOV_25, 0))).toEqual({ error: "#N/A", message: "paid is blank. Enter a date." });
  });
});

describe("COLLECT.AGING", () => {
  it.each([
    { due: "2026-11-25", edges: undefined, out: "Current" },
    { due: "2026-11-24", edges: undefined, out: "1-30" },
    { due: "2026-10-09", edges: undefined, out: "31-60" },
    { due: "2026-07-01", edges: undefined, out: "120+" },
    { due: "2026-07-01", edges: [[30, 60, 90]], out: "90+" },
    { due: "2026-11-10", edges: [[7], [14], [21]], out: "15-21" },
  ])("$due with edges $edges → $out", ({ due, edges, out }) => {
    expect(aging(serial(due), NOV_25, edges)).toBe(out);
  });

  it.each([
    { name: "edges going down", edges: [[60, 30]], message: "edges: bucket edges must go up, e.g. {30,60,90}." },
    { name: "a zero edge", edges: [[0, 30]], message: "edges: bucket edges must be whole numbers of days, 1 or more, e.g. {30,60,90}." },
    { name: "a text edge", edges: [["thirty"]], message: 'edges (item 1): "thirty" is not a number.' },
  ])("refuses $name", ({ edges, message }) => {
    expect(call(() => aging(NOV_25, NOV_25, edges))).toEqual({ error: "#VALUE!", message });
  });
});

describe("COLLECT.DAYSTOPAY", () => {
  const invoiceDates = [[serial("2026-01-10")], [serial("2026-02-01")], [serial("2026-03-01")]];
  const paidDates = [[serial("2026-01-20")], [serial("2026-02-21")], [null]];
  it("averages the paid rows and leaves out the unpaid one", () => {
    expect(daysToPay(invoiceDates, paidDates)).toBe(15);
  });
  it("weights by amount when amounts are given (DOMAIN.md: 100 in 10 days, 1,000 in 20 → 19.1)", () => {
    expect(daysToPay(invoiceDates, paidDates, [[100], [1000], [50]])).toBeCloseTo(19.0909, 4);
  });
  it("treats the desktop's 0 for a blank paid date as not paid", () => {
    expect(daysToPay(invoiceDates, [[serial("2026-01-20")], [0], [0]])).toBe(10);
  });
  it.each([
    { name: "ranges of different sizes", inv: invoiceDates, paid: [[null]], amounts: undefined, error: "#VALUE!" },
    { name: "nothing paid", inv: invoiceDates, paid: [[null], [null], [null]], amounts: undefined, error: "#N/A" },
    { name: "a paid row without an invoice date", inv: [[null]], paid: [[NOV_25]], amounts: undefined, error: "#VALUE!" },
    { name: "a paid row without an amount", inv: invoiceDates, paid: paidDates, amounts: [[100], [null], [5]], error: "#VALUE!" },
  ])("refuses $name", ({ inv, paid, amounts, error }) => {
    expect(call(() => daysToPay(inv, paid, amounts))).toMatchObject({ error });
  });
});

describe("COLLECT.STAGE and COLLECT.WHY give exactly the engine's answer", () => {
  const cases = [
    { name: "pre-due", due: "2026-11-28", disputed: null, promise: null, last: null },
    { name: "47 days late", due: "2026-10-09", disputed: null, promise: null, last: "2026-11-03" },
    { name: "disputed", due: "2026-10-09", disputed: "Yes", promise: null, last: null },
    { name: "promise pending", due: "2026-10-09", disputed: false, promise: "2026-12-01", last: null },
    { name: "promise broken", due: "2026-11-01", disputed: false, promise: "2026-11-20", last: null },
    { name: "contacted yesterday", due: "2026-11-01", disputed: false, promise: null, last: "2026-11-24" },
  ];
  it.each(cases)("$name", ({ due, disputed, promise, last }) => {
    const engine = computeStage({
      dueDate: due as IsoDate,
      asOf: "2026-11-25" as IsoDate,
      disputed: disputed === "Yes",
      promiseDate: promise as IsoDate | null,
      lastContact: last as IsoDate | null,
    });
    const args = [serial(due), NOV_25, disputed, promise === null ? null : serial(promise), last === null ? null : serial(last)] as const;
    expect(stage(...args)).toBe(formatStageLabel(engine));
    expect(why(...args)).toBe(formatStageWhy(engine));
  });

  it("shows the label a bookkeeper reads", () => {
    expect(stage(serial("2026-10-09"), NOV_25)).toBe("6 Final notice");
    expect(stage(serial("2026-10-09"), NOV_25, true)).toBe("On hold: disputed");
  });
});

describe("COLLECT.DSO, BPDSO, CEI, ADD", () => {
  it("DSO countback reproduces 73.7 days and equals the engine", () => {
    const value = dso(212000, [[100000], [80000], [70000]], 30, "countback");
    const engine = computeDsoCountback(21200000 as Cents, [100000, 80000, 70000].map((s) => ({ salesCents: (s * 100) as Cents, days: 30 })));
    expect(engine.ok && value).toBe(engine.ok ? engine.value : Number.NaN);
    expect(value.toFixed(1)).toBe("73.7");
  });
  it("DSO countback takes a range of month lengths", () => {
    expect(dso(150000, [[100000, 80000]], [[31, 30]], "countback")).toBeCloseTo(31 + (50000 / 80000) * 30, 10);
  });
  it("DSO simple sums a range of sales and of days", () => {
    expect(dso(212000, [[100000], [80000], [70000]], [[30], [30], [30]])).toBeCloseTo(76.32, 10);
  });
  it("BPDSO and ADD", () => {
    expect(bestPossibleDso(50000, 250000, 90)).toBe(18);
    expect(averageDaysDelinquent(212000, 50000, 250000, 90)).toBeCloseTo(58.32, 10);
  });
  it("CEI full and monthly variants", () => {
    expect(cei(100000, 300000, 120000, 70000, 3)).toBeCloseTo((280 / 330) * 100, 10);
    expect(cei(100000, 300000, 120000, 70000, 3, "monthly")).toBeCloseTo((80 / 130) * 100, 10);
  });
  it.each([
    { name: "DSO with no sales", run: () => dso(100, 0, 30), message: "DSO: there are no sales in the period, so days sales outstanding cannot be computed." },
    { name: "DSO with an unknown method", run: () => dso(100, 10, 30, "median"), message: 'method: "median" should be one of "simple", "countback".' },
    { name: "countback with too little history", run: () => dso(1000, [[100], [100]], 30, "countback"), message: expect.stringContaining("add earlier months") },
    { name: "countback with mismatched days", run: () => dso(100, [[100], [100]], [[30], [31], [30]], "countback"), message: expect.stringContaining("same size") },
    { name: "CEI with nothing collectible", run: () => cei(0, 0, 0, 0), message: expect.stringContaining("nothing collectible") },
    { name: "CEI with text sales", run: () => cei(0, "lots", 0, 0), message: 'sales: "lots" is not a number.' },
  ])("refuses $name with #VALUE!", ({ run, message }) => {
    expect(call(run)).toEqual({ error: "#VALUE!", message });
  });
});

describe("COLLECT.PCTCURRENT, ADDINVOICE, PROMISEKEPT and INTEREST give the task pane's figures on the same fixture", () => {
  // The fixture: the metrics the Collect Metrics sheet and the task pane show, from a ledger; the functions get the
  // same ledger as ranges (open balances and due dates a bookkeeper would have in columns).
  const asOf = "2026-11-25" as IsoDate;
  const ledger = testLedger({
    invoices: [
      testInvoice({ no: "A", invoiceDate: "2026-11-01", dueDate: "2026-12-01", amount: 600 }),
      testInvoice({ no: "B", invoiceDate: "2026-09-01", dueDate: "2026-10-01", amount: 400, open: 250 }),
      testInvoice({ no: "C", invoiceDate: "2026-08-01", dueDate: "2026-08-31", amount: 900 }),
      testInvoice({ no: "CN", invoiceDate: "2026-11-02", dueDate: null, amount: -50 }),
    ],
    payments: [testPayment({ invoiceNo: "B", date: "2026-10-20", amount: 150 }), testPayment({ invoiceNo: "C", date: "2026-12-05", amount: 900 })],
    contacts: [
      testContact({ date: "2026-10-02", invoiceNo: "B", promise: 150, promiseDate: "2026-10-20" }),
      testContact({ date: "2026-11-01", invoiceNo: "C", promise: 900, promiseDate: "2026-11-15" }),
      testContact({ date: "2026-11-20", invoiceNo: "A", promise: 600, promiseDate: "2026-12-01" }),
    ],
  });
  const pane = computeCollectMetrics(ledger, asOf, { promiseGraceDays: 2 }).currencies[0];
  // What the sheet shows on 25 Nov: C was still open then (paid 5 Dec).
  const open = [[600], [250], [900], [-50]];
  const due = [[serial("2026-12-01")], [serial("2026-10-01")], [serial("2026-08-31")], [null]];

  it("PCTCURRENT", () => {
    expect(percentCurrent(open, due, NOV_25)).toBe(pane?.percentCurrent.value);
    expect(percentCurrent(open, due, NOV_25)).toBeCloseTo((600 / 1750) * 100, 10);
  });

  it("ADDINVOICE", () => {
    expect(averageDaysDelinquentInvoices(open, due, NOV_25)).toBe(pane?.addInvoice.value);
  });

  it("PROMISEKEPT: B kept (paid 20 Oct), C broken (not paid by 15 Nov + 2), A pending", () => {
    const value = promiseKept([[150], [900], [600]], [[serial("2026-10-20")], [serial("2026-11-15")], [serial("2026-12-01")]], [[150], [0], [null]], [[serial("2026-10-20")], [null], [null]], NOV_25, 2);
    expect(value).toBe((pane?.promises.rate ?? Number.NaN) * 100);
    expect(value).toBe(50);
  });

  it("INTEREST equals the interest of a letter at a level that charges it", () => {
    const charges = computeCharges({ chargeInterest: true }, [{ invoice: ledger.invoices[1] as Invoice, applied: ledger.payments.slice(0, 1) }], { method: "simple-daily", annualRatePercent: 8 }, asOf);
    expect(interest(400, serial("2026-10-01"), 8, NOV_25, "simple", [[150]], [[serial("2026-10-20")]])).toBe((charges?.interestCents ?? Number.NaN) / 100);
    expect(interest(400, serial("2026-10-01"), 8, NOV_25, "average-daily-balance", [[150]], [[serial("2026-10-20")]])).toBe(
      (computeCharges({ chargeInterest: true }, [{ invoice: ledger.invoices[1] as Invoice, applied: ledger.payments.slice(0, 1) }], { method: "average-daily-balance", annualRatePercent: 8 }, asOf)?.interestCents ?? Number.NaN) / 100,
    );
  });

  it("INTEREST with no payments: 1,000.00 × 8% ÷ 365 × 30 days = 6.58", () => {
    expect(interest(1000, serial("2026-10-26"), 8, NOV_25)).toBe(6.58);
  });

  it.each([
    { name: "PCTCURRENT with ranges of different sizes", run: () => percentCurrent([[1], [2]], [[NOV_25]], NOV_25), error: "#VALUE!", message: "PCTCURRENT: openAmounts and dueDates must be ranges of the same size." },
    { name: "PCTCURRENT with nothing open", run: () => percentCurrent([[0], [-5]], [[NOV_25], [NOV_25]], NOV_25), error: "#VALUE!", message: expect.stringContaining("no open invoices") },
    { name: "PCTCURRENT with a text amount", run: () => percentCurrent([["lots"]], [[NOV_25]], NOV_25), error: "#VALUE!", message: 'openAmounts (item 1): "lots" is not a number.' },
    { name: "ADDINVOICE with a bad due date", run: () => averageDaysDelinquentInvoices([[5]], [["11/05/2026"]], NOV_25), error: "#VALUE!", message: expect.stringContaining("dueDates (item 1)") },
    { name: "PROMISEKEPT with all promises pending", run: () => promiseKept([[100]], [[serial("2026-12-31")]], [[null]], [[null]], NOV_25), error: "#N/A", message: expect.stringContaining("pending") },
    { name: "PROMISEKEPT with a promise without a date", run: () => promiseKept([[100]], [[null]], [[null]], [[null]], NOV_25), error: "#VALUE!", message: "promise 1 needs both an amount and a date." },
    { name: "PROMISEKEPT with a negative grace", run: () => promiseKept([[100]], [[NOV_25]], [[100]], [[NOV_25]], NOV_25, -1), error: "#VALUE!", message: "graceDays: -1 must be at least 0." },
    { name: "INTEREST with a negative rate", run: () => interest(100, NOV_25, -8, NOV_25), error: "#VALUE!", message: "ratePercent: -8 must be at least 0." },
    { name: "INTEREST with an unknown method", run: () => interest(100, NOV_25, 8, NOV_25, "compound"), error: "#VALUE!", message: expect.stringContaining('should be one of "simple", "average-daily-balance"') },
    { name: "INTEREST with a payment but no date", run: () => interest(100, NOV_25, 8, NOV_25, "simple", [[10]], [[null]]), error: "#VALUE!", message: "paidDates (item 1) is blank but paidAmounts (item 1) is not." },
  ])("refuses $name", ({ run, error, message }) => {
    expect(call(run)).toEqual({ error, message });
  });
});

describe("COLLECT.WHY reads like the rule path", () => {
  it("Level, days past due against the trigger, the last reminder and the hold", () => {
    expect(why(serial("2026-10-09"), NOV_25, false, null, serial("2026-11-03"))).toBe("Level 6 Final notice: 47 days past due ≥ 45; last contact 3 Nov (22 days ago); not on hold");
  });
});
