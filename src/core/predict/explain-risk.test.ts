import { isoDateToDayNumber } from "../dates/iso-date";
import type { Cents } from "../money/cents";
import { day } from "./_lib/test-ledger";
import { explainScore, MAX_REASONS } from "./explain-risk";
import { FEATURE_NAMES, type FeatureName } from "./features";
import type { HistorySnapshot } from "./history-index";
import type { PaymentRecord } from "./payment-record";
import type { InvoiceScore } from "./score-invoice";

const RECORD: PaymentRecord = {
  invoiceNo: "1", customerKey: "A", invoiceDay: isoDateToDayNumber(day("2013-12-02")), dueDay: isoDateToDayNumber(day("2014-01-01")), paidDay: null,
  amountCents: 30000 as Cents, openCents: 30000 as Cents, currency: "USD", disputed: false, channel: "paper",
};

/** 18 paid invoices averaging 12 days late, 11 of them late; usual amount 100.00. */
const HISTORY: HistorySnapshot = {
  paidCount: 18, meanDaysLate: 12.3, lateCount: 11, disputedCount: 4, electronicCount: 0, channelKnownCount: 18,
  recentDaysLate: [0, 10, 20, 5, 15, 30, 14, 16], recentAmountsCents: [10000, 10000, 9000, 11000],
};

/** A score whose only pushes are the given ones (log-odds per feature). */
function scoreWith(pushes: Partial<Record<FeatureName, number>>, history: HistorySnapshot = HISTORY): InvoiceScore {
  return { probabilityLate: 0.7, daysLate: 9, features: FEATURE_NAMES.map(() => 0), contributions: FEATURE_NAMES.map((name) => pushes[name] ?? 0), history };
}

describe("explainScore", () => {
  it("words the strongest factors first, grouping a factor's inputs", () => {
    const reasons = explainScore(scoreWith({ meanDaysLate: 1.2, shareLate: 0.8, amountVsUsual: 0.6, disputedBefore: -0.3 }), RECORD);
    expect(reasons.map((r) => [r.factor, r.text, r.effect])).toEqual([
      ["history", "pays 12 days late on average over 18 invoices, 11 of them late", "raises"],
      ["amount", "amount 3× usual", "raises"],
      ["dispute", "not disputed, unlike 4 of the customer's 18 paid invoices", "lowers"],
    ]);
    expect(reasons[0]?.logOdds).toBeCloseTo(2, 12);
  });

  it(`gives at most ${String(MAX_REASONS)} reasons, leaves out factors that hardly moved the score, and falls back to the history`, () => {
    const reasons = explainScore(scoreWith({ meanDaysLate: 1, termsDays: 0.9, monthSin: 0.8, electronic: 0.7, spreadDaysLate: 0.05 }), RECORD);
    expect(reasons.map((r) => r.factor)).toEqual(["history", "terms", "season"]);
    expect(explainScore(scoreWith({ spreadDaysLate: 0.05, meanDaysLate: 0.02 }), RECORD)).toEqual([
      { factor: "history", text: "pays 12 days late on average over 18 invoices, 11 of them late", effect: "neutral", logOdds: 0.02 },
    ]);
  });

  it.each([
    { name: "an early payer", history: { ...HISTORY, meanDaysLate: -6.6, lateCount: 0 }, factor: "meanDaysLate" as FeatureName, text: "pays 7 days early on average over 18 invoices, 0 of them late" },
    { name: "a new customer", history: { ...HISTORY, paidCount: 0, meanDaysLate: null, recentDaysLate: [], recentAmountsCents: [] }, factor: "historyLength" as FeatureName, text: "new customer: no paid invoices yet, so everyone's average is used" },
    { name: "erratic payments", history: HISTORY, factor: "spreadDaysLate" as FeatureName, text: "payment timing varies by ±9 days" },
    { name: "a recent slowdown", history: HISTORY, factor: "trendDaysLate" as FeatureName, text: "paying 4 days later than usual over the last 5 invoices" },
    { name: "terms", history: HISTORY, factor: "termsDays" as FeatureName, text: "terms of 30 days" },
    { name: "the month", history: HISTORY, factor: "monthCos" as FeatureName, text: "issued in December, when invoices tend to be paid later" },
    { name: "the channel", history: HISTORY, factor: "electronic" as FeatureName, text: "billed on paper" },
    { name: "a first invoice", history: { ...HISTORY, recentAmountsCents: [] }, factor: "amountVsUsual" as FeatureName, text: "first invoice to this customer" },
  ])("describes $name", ({ history, factor, text }) => {
    expect(explainScore(scoreWith({ [factor]: 1 }, history), RECORD)[0]?.text).toBe(text);
  });

  it("says when the invoice itself is disputed", () => {
    expect(explainScore(scoreWith({ disputed: 2 }), { ...RECORD, disputed: true })[0]?.text).toBe("the invoice is disputed");
  });

  it("tells a new customer so first, even when their history hardly moved the score", () => {
    const fresh = { ...HISTORY, paidCount: 0, meanDaysLate: null, lateCount: 0, disputedCount: 0, recentDaysLate: [], recentAmountsCents: [] };
    const reasons = explainScore(scoreWith({ termsDays: 1.5, monthSin: 0.9, electronic: 0.4 }, fresh), RECORD);
    expect(reasons.map((r) => r.factor)).toEqual(["history", "terms", "season"]);
    expect(reasons[0]?.text).toBe("new customer: no paid invoices yet, so everyone's average is used");
  });
});
