import { type DayNumber, isoDateToDayNumber } from "../dates/iso-date";
import { day, ledgerOf, testInvoice, type TestInvoiceFields } from "./_lib/test-ledger";
import { computeFeatures, FEATURE_NAMES, type FeatureName } from "./features";
import { buildHistoryIndex, historyAt } from "./history-index";
import { type PaymentRecord, toPaymentRecords } from "./payment-record";
import type { Priors } from "./priors";

const PRIORS: Priors = { paidCount: 100, meanDaysLate: -2, medianDaysLate: -4, spreadDaysLate: 8, shareLate: 0.3, disputedShare: 0.2, channelKnownCount: 50, electronicShare: 0.5 };

/** The features of `target` given the customer's earlier invoices, by name. */
function featuresOf(earlier: readonly TestInvoiceFields[], target: TestInvoiceFields, options?: { useDisputed?: boolean; useChannel?: boolean; channel?: string }): Record<FeatureName, number> {
  const invoices = [...earlier, target].map(testInvoice);
  const records = toPaymentRecords(ledgerOf(invoices), { channelOf: (invoice) => (invoice.invoiceNo === target.no ? (options?.channel ?? null) : null) }).records;
  const record = records.find((r) => r.invoiceNo === target.no) as PaymentRecord;
  const index = buildHistoryIndex(records, isoDateToDayNumber(day("2099-01-01")));
  const values = computeFeatures(record, historyAt(index, record.customerKey, record.invoiceDay), PRIORS, options);
  return Object.fromEntries(FEATURE_NAMES.map((name, j) => [name, values[j] as number])) as Record<FeatureName, number>;
}

const target: TestInvoiceFields = { no: "T", customer: "A", invoiceDate: "2013-06-03", amount: 300, daysLate: 99 };

describe("computeFeatures for tiny histories", () => {
  it("gives a new customer (0 paid invoices) exactly the priors", () => {
    const f = featuresOf([], target);
    expect(f).toMatchObject({
      meanDaysLate: -2, medianDaysLate: -4, spreadDaysLate: 8, trendDaysLate: 0, shareLate: 0.3, lastDaysLate: -2, historyLength: 0, amountVsUsual: 0,
      disputedBefore: 0.2, electronic: 0.5, electronicBefore: 0.5,
    });
  });

  it("blends one paid invoice with the priors (weight 1 against 3)", () => {
    const f = featuresOf([{ no: "1", customer: "A", invoiceDate: "2013-01-01", daysLate: 10, amount: 100 }], target);
    expect(f.meanDaysLate).toBeCloseTo((10 + 3 * -2) / 4, 12);
    expect(f.medianDaysLate).toBeCloseTo((10 + 3 * -4) / 4, 12);
    expect(f.spreadDaysLate).toBe(8); // one invoice has no spread of its own
    expect(f.shareLate).toBeCloseTo((1 + 3 * 0.3) / 4, 12);
    expect(f.lastDaysLate).toBe(10);
    expect(f.historyLength).toBeCloseTo(Math.log(2), 12);
    expect(f.amountVsUsual).toBeCloseTo(Math.log(3), 12);
  });

  it("blends two paid invoices and measures their spread", () => {
    const f = featuresOf(
      [
        { no: "1", customer: "A", invoiceDate: "2013-01-01", daysLate: 10, amount: 100 },
        { no: "2", customer: "A", invoiceDate: "2013-02-01", daysLate: 0, amount: 200 },
      ],
      target,
    );
    expect(f.meanDaysLate).toBeCloseTo((2 * 5 + 3 * -2) / 5, 12);
    expect(f.spreadDaysLate).toBeCloseTo((2 * Math.sqrt(50) + 3 * 8) / 5, 12);
    expect(f.lastDaysLate).toBe(0);
    expect(f.trendDaysLate).toBe(0); // too short to have a trend
    expect(f.amountVsUsual).toBeCloseTo(Math.log(2), 12);
  });
});

describe("computeFeatures from the invoice row", () => {
  it.each([
    { name: "terms", fields: { termsDays: 60 }, feature: "termsDays" as FeatureName, value: 60 },
    { name: "a January invoice's month", fields: { invoiceDate: "2013-01-15" }, feature: "monthCos" as FeatureName, value: 1 },
    { name: "an April invoice's month", fields: { invoiceDate: "2013-04-15" }, feature: "monthSin" as FeatureName, value: 1 },
    { name: "the Disputed flag", fields: { disputed: true }, feature: "disputed" as FeatureName, value: 1 },
  ])("reads $name", ({ fields, feature, value }) => {
    expect(featuresOf([], { ...target, ...fields })[feature]).toBeCloseTo(value, 12);
  });

  it.each([
    { name: "Paper", channel: "Paper", value: 0 },
    { name: "Electronic", channel: "Electronic", value: 1 },
  ])("reads the billing channel $name", ({ channel, value }) => {
    expect(featuresOf([], target, { channel }).electronic).toBe(value);
  });

  it("zeroes the Disputed and channel inputs when switched off", () => {
    const f = featuresOf([], { ...target, disputed: true }, { useDisputed: false, useChannel: false, channel: "Paper" });
    expect([f.disputed, f.disputedBefore, f.electronic, f.electronicBefore]).toEqual([0, 0, 0, 0]);
  });

  it("never reads the invoice's own paid date", () => {
    expect(featuresOf([], { ...target, daysLate: -30 })).toEqual(featuresOf([], { ...target, daysLate: 300 }));
    const { daysLate: _paid, ...open } = target;
    expect(featuresOf([], open)).toEqual(featuresOf([], target));
  });

  it("caps an absurd amount ratio (a typo of three zeros) at e^±5", () => {
    const f = featuresOf([{ no: "1", customer: "A", invoiceDate: "2013-01-01", daysLate: 0, amount: 1 }], { ...target, amount: 1_000_000 });
    expect(f.amountVsUsual).toBe(5);
  });

  it("measures a trend once there are more than five paid invoices", () => {
    const earlier = Array.from({ length: 10 }, (_, k): TestInvoiceFields => ({ no: String(k), customer: "A", invoiceDate: `2012-0${String(1 + Math.floor(k / 2))}-1${String(k % 2)}`, daysLate: k < 5 ? 0 : 10 }));
    const f = featuresOf(earlier, target);
    expect(f.trendDaysLate).toBeCloseTo((10 - 5) * (10 / 13), 12); // last five average 10, all ten 5, damped n/(n+3)
  });
});

describe("FEATURE_NAMES", () => {
  it("names one feature per value computed", () => {
    expect(featuresOf([], target)).toEqual(expect.objectContaining({ electronicBefore: 0.5 }));
    const index = buildHistoryIndex([], 0 as DayNumber);
    const record = toPaymentRecords(ledgerOf([testInvoice(target)])).records[0] as PaymentRecord;
    expect(computeFeatures(record, historyAt(index, "A", record.invoiceDay), PRIORS)).toHaveLength(FEATURE_NAMES.length);
  });
});
