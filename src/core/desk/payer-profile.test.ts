import { DEFAULT_POLICY_SETTINGS } from "../policy/collect-policy";
import { indexPayments } from "./_lib/payment-index";
import { cents, day, paidInvoice, testInvoice, testLedger, testPayment } from "./_lib/test-ledger";
import { buildPayerProfile, buildPayerProfiles, paidInvoiceFacts, paymentTrend, ratePayer, type PaidInvoiceFact } from "./payer-profile";

const asOf = day("2026-11-25");

function fact(daysLate: number, amount = 100, i = 0): PaidInvoiceFact {
  return { invoiceNo: `I${i}`, paidDate: day(`2026-0${1 + (i % 9)}-15`), amountCents: cents(amount), daysToPay: daysLate + 30, daysLate };
}

describe("paidInvoiceFacts", () => {
  it("takes paid dates from the sheet or from the payments, oldest payment first", () => {
    const a = testInvoice({ no: "A", amount: 1000, open: 0, dueDate: "2026-06-01" });
    const b = paidInvoice({ no: "B", daysLate: 10, dueDate: "2026-05-01" });
    const open = testInvoice({ no: "C" });
    const ledger = testLedger({ invoices: [a, b, open], payments: [testPayment({ invoiceNo: "A", amount: 1000, date: "2026-06-04" })] });
    const facts = paidInvoiceFacts(ledger.invoices, indexPayments(ledger), asOf);
    expect(facts).toEqual([
      { invoiceNo: "B", paidDate: "2026-05-11", amountCents: cents(1000), daysToPay: 40, daysLate: 10 },
      { invoiceNo: "A", paidDate: "2026-06-04", amountCents: cents(1000), daysToPay: 33, daysLate: 3 },
    ]);
  });
});

describe("buildPayerProfile", () => {
  it("computes simple and weighted averages, median, P80 and on-time share", () => {
    const facts = [fact(0, 100, 1), fact(10, 1000, 2), fact(-2, 100, 3), fact(20, 100, 4), fact(4, 100, 5)];
    const profile = buildPayerProfile("C1", facts, DEFAULT_POLICY_SETTINGS);
    expect(profile.paidCount).toBe(5);
    expect(profile.averageDaysLate).toBeCloseTo(6.4, 6);
    expect(profile.weightedDaysLate).toBeCloseTo((0 + 10000 - 200 + 2000 + 400) / 1400, 6);
    expect(profile.averageDaysToPay).toBeCloseTo(36.4, 6);
    expect(profile.medianDaysLate).toBe(4);
    expect(profile.p80DaysLate).toBeCloseTo(12, 6);
    expect(profile.onTimeShare).toBeCloseTo(0.4, 6);
    expect(profile.rating).toBe("B");
  });

  it("has no figures without history", () => {
    const profile = buildPayerProfile("C1", [], DEFAULT_POLICY_SETTINGS);
    expect(profile).toMatchObject({ paidCount: 0, averageDaysToPay: null, weightedDaysLate: null, p80DaysLate: null, rating: null, trend: null, lastPaidDate: null });
    expect(profile.chronic.chronic).toBeNull();
  });

  it("compares the last three days to pay with the usual before them", () => {
    const facts = [fact(-12, 100, 1), fact(-12, 100, 2), fact(-12, 100, 3), fact(-12, 100, 4), fact(17, 100, 5), fact(17, 100, 6), fact(17, 100, 7)];
    const profile = buildPayerProfile("C1", facts, DEFAULT_POLICY_SETTINGS);
    expect(profile.usualDaysToPay).toBe(18);
    expect(profile.recentDaysToPay).toBe(47);
    expect(profile.trend).toBe("worsening");
  });

  it("flags a chronic late payer", () => {
    const profile = buildPayerProfile("C1", [fact(30, 100, 1), fact(30, 100, 2), fact(0, 100, 3)], DEFAULT_POLICY_SETTINGS);
    expect(profile.chronic.chronic).toBe(true);
  });

  it("builds a profile per customer of the ledger", () => {
    const ledger = testLedger({ invoices: [paidInvoice({ customer: "A", daysLate: 3 }), paidInvoice({ customer: "B", daysLate: 60 })] });
    const profiles = buildPayerProfiles(ledger, DEFAULT_POLICY_SETTINGS, asOf);
    expect([profiles.get("A")?.rating, profiles.get("B")?.rating]).toEqual(["A", "D"]);
  });
});

describe("ratePayer", () => {
  it.each([
    { p80: -3, rating: "A" }, { p80: 5, rating: "A" }, { p80: 5.1, rating: "B" }, { p80: 15, rating: "B" },
    { p80: 16, rating: "C" }, { p80: 45, rating: "C" }, { p80: 46, rating: "D" }, { p80: null, rating: null },
  ])("P80 $p80 days late → $rating", ({ p80, rating }) => {
    expect(ratePayer(p80)).toBe(rating);
  });
});

describe("paymentTrend", () => {
  it.each([
    { name: "slowing down", days: [0, 0, 0, 20, 25, 30], trend: "worsening" },
    { name: "speeding up", days: [30, 30, 30, 0, 0, 0], trend: "improving" },
    { name: "within five days", days: [10, 10, 10, 14, 15, 13], trend: "steady" },
    { name: "four invoices: one before the last three", days: [0, 20, 20, 20], trend: "worsening" },
    { name: "only the six most recent count", days: [90, 90, 0, 0, 0, 0, 0, 0], trend: "steady" },
  ])("$name → $trend", ({ days, trend }) => {
    expect(paymentTrend(days).trend).toBe(trend);
  });

  it.each([{ days: [] }, { days: [5, 6, 7] }])("needs four paid invoices ($days)", ({ days }) => {
    expect(paymentTrend(days)).toEqual({ trend: null, recent: null, prior: null });
  });
});
