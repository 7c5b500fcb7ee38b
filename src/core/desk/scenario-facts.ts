import { diffDays, type IsoDate } from "../dates/iso-date";
import type { Customer, Invoice } from "../ledger/ledger";
import type { ScenarioFacts, ScenarioRisk } from "../policy/select-scenario";

/** The window for "sales in the last 12 months". */
const SALES_WINDOW_DAYS = 365;

/** Cents per major unit: scenario bands are written in major units (100000 = 100,000.00). */
const CENTS_PER_UNIT = 100;

/**
 * The facts scenario rules test for a customer, as of a date: its segment and industry code, what it was
 * invoiced in the 365 days to the as-of date (in its largest currency, major units; credit memos not
 * subtracted, as sales volume is a size measure), and the days since its first invoice.
 *
 * @example scenarioFactsOf(customer, invoices, "2026-11-25" as IsoDate) //=> { segment: "Retail", industryCode: "4451", sales12m: 125000, customerAgeDays: 800 }
 */
export function scenarioFactsOf(customer: Customer | null, invoices: readonly Invoice[], asOf: IsoDate, risk: ScenarioRisk | null = null): ScenarioFacts {
  const salesByCurrency = new Map<string, number>();
  let first: IsoDate | null = null;
  for (const invoice of invoices) {
    if (invoice.invoiceDate === null || invoice.invoiceDate > asOf) continue;
    if (first === null || invoice.invoiceDate < first) first = invoice.invoiceDate;
    if (invoice.kind !== "invoice" || invoice.amountCents <= 0) continue;
    if (diffDays(invoice.invoiceDate, asOf) >= SALES_WINDOW_DAYS) continue;
    const currency = invoice.currency ?? "";
    salesByCurrency.set(currency, (salesByCurrency.get(currency) ?? 0) + invoice.amountCents);
  }
  const largest = Math.max(0, ...salesByCurrency.values());
  return {
    segment: customer?.segment ?? null,
    industryCode: customer?.industryCode ?? null,
    sales12m: largest / CENTS_PER_UNIT,
    customerAgeDays: first === null ? null : diffDays(first, asOf),
    risk,
  };
}
