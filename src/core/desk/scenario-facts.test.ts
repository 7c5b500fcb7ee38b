import { day, testCustomer, testInvoice } from "./_lib/test-ledger";
import { scenarioFactsOf } from "./scenario-facts";

const asOf = day("2026-11-25");

describe("scenarioFactsOf", () => {
  it("sums the last 365 days of invoices in the largest currency and measures the customer's age", () => {
    const invoices = [
      testInvoice({ amount: 60_000, invoiceDate: "2026-10-01" }),
      testInvoice({ amount: 50_000, invoiceDate: "2025-11-26" }),
      testInvoice({ amount: 90_000, invoiceDate: "2025-11-25" }),
      testInvoice({ amount: 70_000, invoiceDate: "2026-06-01", currency: "EUR" }),
      testInvoice({ amount: -5_000, invoiceDate: "2026-06-01" }),
      testInvoice({ amount: 1_000, invoiceDate: "2026-12-01" }),
    ];
    const facts = scenarioFactsOf(testCustomer({ segment: "Retail", industryCode: "4451" }), invoices, asOf);
    expect(facts).toEqual({ segment: "Retail", industryCode: "4451", sales12m: 110_000, customerAgeDays: 365, risk: null });
  });

  it.each([
    { name: "no customer row and no invoices", customer: null, invoices: [], facts: { segment: null, industryCode: null, sales12m: 0, customerAgeDays: null, risk: null } },
    { name: "invoices without dates", customer: null, invoices: [testInvoice({ invoiceDate: null, dueDate: null })], facts: { segment: null, industryCode: null, sales12m: 0, customerAgeDays: null, risk: null } },
  ])("copes with $name", ({ customer, invoices, facts }) => {
    expect(scenarioFactsOf(customer, invoices, asOf)).toEqual(facts);
  });

  it("carries the customer's late-payment risk as given", () => {
    const risk = { score: 78, band: "high" as const, why: "pays 21 days late on average over 14 invoices, 12 of them late" };
    expect(scenarioFactsOf(testCustomer(), [testInvoice({ invoiceDate: "2026-10-01" })], asOf, risk).risk).toEqual(risk);
  });
});
