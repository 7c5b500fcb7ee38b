import { day, ledgerOf, testInvoice } from "./_lib/test-ledger";
import { assessCustomerRisk } from "./customer-risk";
import { preparePrediction } from "./prediction-context";
import type { Invoice } from "../ledger/ledger";

/** Customer `key` with `count` monthly invoices in 2012, each paid `daysLate` after due. */
function payer(key: string, count: number, daysLate: (k: number) => number): Invoice[] {
  return Array.from({ length: count }, (_, k) => testInvoice({ no: `${key}${String(k)}`, customer: key, invoiceDate: `2012-${String(k + 1).padStart(2, "0")}-05`, daysLate: daysLate(k) }));
}

describe("assessCustomerRisk", () => {
  const invoices = [
    ...payer("LATE", 11, (k) => 15 + (k % 3)),
    ...payer("EARLY", 11, (k) => -10 - (k % 4)),
    ...payer("MIXED", 11, (k) => (k % 2 === 0 ? 6 : -6)),
    testInvoice({ no: "N1", customer: "NEWBIE", invoiceDate: "2012-12-20" }),
  ];
  const context = preparePrediction(ledgerOf(invoices), day("2013-01-01"));
  if (!context.ok) throw new Error(context.error);
  const risks = assessCustomerRisk(context.value);
  const of = (key: string) => risks.find((r) => r.customerKey === key);

  it("rates every customer with an invoice by the as-of date, riskiest first", () => {
    expect(risks.map((r) => r.customerKey).sort()).toEqual(["EARLY", "LATE", "MIXED", "NEWBIE"]);
    expect(risks[0]?.customerKey).toBe("LATE");
    expect(risks.map((r) => r.riskScore)).toEqual([...risks.map((r) => r.riskScore)].sort((a, b) => b - a));
  });

  it("bands a chronic late payer high and an early payer low", () => {
    expect(of("LATE")).toMatchObject({ riskBand: "high", paidInvoices: 11 });
    expect(of("EARLY")?.riskBand).toBe("low");
    expect(of("LATE")?.reasons[0]?.text).toMatch(/^pays 1[56] days late on average over 11 invoices/);
  });

  it("rates a customer with no paid invoice from everyone's averages", () => {
    expect(of("NEWBIE")?.paidInvoices).toBe(0);
    expect(of("NEWBIE")?.reasons.some((r) => r.text.startsWith("new customer"))).toBe(true);
  });
});
