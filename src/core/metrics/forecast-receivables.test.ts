import fc from "fast-check";
import { addDays, type IsoDate } from "../dates/iso-date";
import { rateCustomerRisks } from "../desk/customer-risks";
import { ledgerAsOf } from "../desk/ledger-as-of";
import { evaluatePromises } from "../desk/promises";
import { day, paidInvoice, testContact, testInvoice, testLedger } from "../desk/_lib/test-ledger";
import type { Ledger } from "../ledger/ledger";
import { HISTORY_DAYS, historyArbitrary, historyDay, ledgerOn } from "./_lib/history-ledger";
import { computeCollectMetrics } from "./collect-metrics";
import { FORECAST_WEEKS, forecastReceivables } from "./forecast-receivables";

const asOf = day("2026-11-25");

/** The forecast of a ledger as the run makes it: on the as-of ledger, with the ratings' context and the promises. */
function forecastOf(ledger: Ledger, on: IsoDate) {
  const restated = ledgerAsOf(ledger, on);
  const { context } = rateCustomerRisks(restated, on);
  return forecastReceivables(restated, on, { context, promises: evaluatePromises(restated, on) });
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

describe("forecastReceivables", () => {
  it("adds up to the receivables of every currency, to the cent (property)", () => {
    fc.assert(
      fc.property(historyArbitrary(), fc.integer({ min: 0, max: HISTORY_DAYS - 1 }).map(historyDay), (history, on) => {
        const ledger = ledgerOn(history, historyDay(HISTORY_DAYS - 1));
        const forecast = forecastOf(ledger, on);
        const metrics = computeCollectMetrics(ledger, on);
        for (const m of metrics.currencies) {
          const line = forecast.currencies.find((c) => c.currency === m.currency);
          expect(line?.totalCents ?? 0).toBe(m.end.arCents);
        }
        for (const line of forecast.currencies) {
          expect(sum(line.weeklyCents) + line.laterCents + line.undatedCents).toBe(line.totalCents);
          expect(line.weeklyCents).toHaveLength(FORECAST_WEEKS);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("puts a pending promise on its date, ahead of the due date", () => {
    const open = testInvoice({ no: "INV-9", customer: "C1", dueDate: addDays(asOf, 30), amount: 1000 });
    const ledger = testLedger({ invoices: [open], contacts: [testContact({ customer: "C1", date: "2026-11-20", promise: 400, promiseDate: addDays(asOf, 10) })] });
    const [usd] = forecastOf(ledger, asOf).currencies;
    // No paid history: the due date stands in for the rest (week 5 holds day 30).
    expect(forecastOf(ledger, asOf).basis).toBe("due-dates");
    expect(usd?.weeklyCents[1]).toBe(40000);
    expect(usd?.weeklyCents[4]).toBe(60000);
    expect(usd?.promisedCents).toBe(40000);
    expect(usd?.totalCents).toBe(100000);
  });

  it("takes a promise without an amount as the whole invoice it names, and ignores a kept or broken one", () => {
    const a = testInvoice({ no: "A", customer: "C1", invoiceDate: addDays(asOf, -10), dueDate: addDays(asOf, 50), amount: 300 });
    const b = testInvoice({ no: "B", customer: "C1", invoiceDate: addDays(asOf, -10), dueDate: addDays(asOf, 50), amount: 700 });
    const ledger = testLedger({
      invoices: [a, b],
      contacts: [testContact({ customer: "C1", invoiceNo: "B", date: "2026-11-24", promiseDate: addDays(asOf, 3) }), testContact({ customer: "C1", date: "2026-10-01", promise: 300, promiseDate: "2026-10-15" })],
    });
    const [usd] = forecastOf(ledger, asOf).currencies;
    expect(usd?.weeklyCents[0]).toBe(70000);
    expect(usd?.promisedCents).toBe(70000);
    expect(usd?.laterCents).toBe(0);
    expect(usd?.weeklyCents[7]).toBe(30000);
  });

  it("uses the model when there is paid history, and gives the same figures whatever the row order", () => {
    const history = ["C1", "C2", "C3"].flatMap((key) => Array.from({ length: 6 }, (_, i) => paidInvoice({ customer: key, no: `${key}-${i}`, dueDate: addDays(asOf, -40 - 30 * i), daysLate: key === "C3" ? 20 : 0 })));
    const open = ["C1", "C2", "C3"].map((key) => testInvoice({ customer: key, no: `${key}-OPEN`, dueDate: addDays(asOf, 10), amount: 900 }));
    const ledger = testLedger({ invoices: [...history, ...open] });
    const forecast = forecastOf(ledger, asOf);
    expect(forecast.basis).toBe("model");
    expect(forecast.currencies[0]?.totalCents).toBe(270000);
    expect(forecastOf({ ...ledger, invoices: [...ledger.invoices].reverse() }, asOf)).toEqual(forecast);
  });

  it("leaves out written-off invoices and keeps undated ones apart", () => {
    const ledger = testLedger({
      invoices: [testInvoice({ no: "W", status: "Written off", dueDate: addDays(asOf, -200) }), testInvoice({ no: "U", invoiceDate: null, dueDate: null, amount: 50 }), testInvoice({ no: "D", invoiceDate: addDays(asOf, -5), dueDate: addDays(asOf, 100), amount: 20 })],
    });
    expect(forecastOf(ledger, asOf).currencies).toEqual([
      expect.objectContaining({ currency: "USD", undatedCents: 5000, undatedCount: 1, laterCents: 2000, totalCents: 7000 }),
    ]);
  });

  it("as of a past date equals the forecast of the workbook truncated to it (property)", () => {
    fc.assert(
      fc.property(historyArbitrary(), fc.integer({ min: 0, max: HISTORY_DAYS - 1 }).map(historyDay), (history, on) => {
        expect(forecastOf(ledgerOn(history, historyDay(HISTORY_DAYS - 1)), on)).toEqual(forecastOf(ledgerOn(history, on), on));
      }),
      { numRuns: 100 },
    );
  });
});
