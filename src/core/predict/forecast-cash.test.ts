import type { Cents } from "../money/cents";
import { day, ledgerOf, syntheticLedger, testInvoice } from "./_lib/test-ledger";
import { type CashForecast, forecastCash, ForecastWeeksError } from "./forecast-cash";
import { preparePrediction } from "./prediction-context";

const AS_OF = day("2013-01-15");

function total(forecast: CashForecast, currency: string | null): number {
  const c = forecast.currencies.find((x) => x.currency === currency);
  return c === undefined ? 0 : c.weeklyCents.reduce((sum, cents) => sum + cents, 0) + c.laterCents;
}

describe("forecastCash", () => {
  const history = syntheticLedger({ customers: 12, invoicesEach: 30, seed: 23 }).invoices;
  const euro = [
    testInvoice({ no: "E1", customer: "C001", invoiceDate: "2013-01-05", amount: 1234.57, currency: "EUR" }),
    testInvoice({ no: "E2", customer: "C001", invoiceDate: "2013-01-10", amount: 99.99, currency: "EUR" }),
  ];
  const ledger = ledgerOf([...history, ...euro]);
  const forecast = forecastCash(ledger, AS_OF, 13);

  it("covers 13 weeks from the as-of date, per currency, unknown currency last", () => {
    expect(forecast.basis).toBe("model");
    expect(forecast.weekStarts).toHaveLength(13);
    expect(forecast.weekStarts.slice(0, 3)).toEqual(["2013-01-15", "2013-01-22", "2013-01-29"]);
    expect(forecast.currencies.map((c) => c.currency)).toEqual(["EUR", "USD"]);
    expect(forecast.currencies.every((c) => c.weeklyCents.length === 13)).toBe(true);
  });

  it("puts every open cent in exactly one week or later, in whole cents", () => {
    const openUsd = history.filter((i) => i.invoiceDate !== null && i.invoiceDate <= AS_OF && i.paidDate !== null && i.paidDate > AS_OF).reduce((sum, i) => sum + i.amountCents, 0);
    expect(total(forecast, "USD")).toBe(openUsd);
    expect(total(forecast, "EUR")).toBe(123457 + 9999);
    for (const c of forecast.currencies) {
      expect(c.openCents).toBe(total(forecast, c.currency));
      expect([...c.weeklyCents, c.laterCents].every((cents) => Number.isInteger(cents) && cents >= 0)).toBe(true);
    }
  });

  it("lets a promise override the prediction: its amount lands on its date, the rest follows the model", () => {
    const promised = forecastCash(ledger, AS_OF, 13, { promises: [{ customerKey: "C001", date: day("2013-03-20"), amountCents: 50000 as Cents, currency: "EUR" }] });
    const eur = promised.currencies.find((c) => c.currency === "EUR");
    expect(eur?.promisedCents).toBe(50000);
    expect(eur?.weeklyCents[9]).toBeGreaterThanOrEqual(50000); // 20 Mar is in the week from 19 Mar
    expect(total(promised, "EUR")).toBe(123457 + 9999);
  });

  it("caps a promise at what the customer owes, and ignores one dated before the as-of date or for another currency", () => {
    const promised = forecastCash(ledger, AS_OF, 13, {
      promises: [
        { customerKey: "C001", date: day("2013-01-20"), amountCents: 99999999 as Cents, currency: "EUR" },
        { customerKey: "C001", date: day("2013-01-01"), amountCents: 100 as Cents },
        { customerKey: "C001", date: day("2013-01-20"), amountCents: 100 as Cents, currency: "GBP" },
      ],
    });
    const eur = promised.currencies.find((c) => c.currency === "EUR");
    expect(eur?.promisedCents).toBe(123457 + 9999);
    expect(eur?.weeklyCents[0]).toBe(123457 + 9999);
  });

  it("falls back to due dates when there is no paid history, and says so", () => {
    const open = ledgerOf([
      testInvoice({ no: "1", customer: "A", invoiceDate: "2013-01-01", amount: 10 }), // due 31 Jan: week 3
      testInvoice({ no: "2", customer: "A", invoiceDate: "2012-11-01", amount: 20 }), // overdue: week 1
      testInvoice({ no: "3", customer: "A", invoiceDate: "2013-06-01", amount: 40 }), // issued after the as-of date: not yet known
    ]);
    const fallback = forecastCash(open, AS_OF, 8);
    expect(fallback.basis).toBe("due-dates");
    expect(fallback.currencies).toEqual([{ currency: "USD", weeklyCents: [2000, 0, 1000, 0, 0, 0, 0, 0], laterCents: 0, promisedCents: 0, openCents: 3000 }]);
  });

  it("reuses a prepared context and gives the same, bit for bit", () => {
    const context = preparePrediction(ledger, AS_OF);
    if (!context.ok) throw new Error(context.error);
    expect(forecastCash(ledger, AS_OF, 13, { context: context.value })).toEqual(forecast);
    expect(forecastCash(ledger, AS_OF, 13)).toEqual(forecast);
  });

  it.each([
    { name: "no weeks", weeks: 0 },
    { name: "a fraction", weeks: 8.5 },
    { name: "more than a year", weeks: 54 },
    { name: "not a number", weeks: Number.NaN },
  ])("refuses $name", ({ weeks }) => {
    expect(() => forecastCash(ledger, AS_OF, weeks)).toThrow(ForecastWeeksError);
  });
});
