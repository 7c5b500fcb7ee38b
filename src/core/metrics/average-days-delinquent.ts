import { err, ok, type Result } from "../types/result";
import type { Cents } from "../money/cents";
import { computeBestPossibleDso, computeDsoSimple, type DsoError } from "./dso";

/**
 * Average days delinquent, DSO method: DSO − best possible DSO, both simple (DOMAIN.md metric 4).
 * Equivalent to the past-due part of receivables over sales × days.
 *
 * @example computeAddDso(212000_00 as Cents, 50000_00 as Cents, 250000_00 as Cents, 90) //=> { ok: true, value: 58.32 }
 */
export function computeAddDso(arEndCents: Cents, arCurrentCents: Cents, salesCents: Cents, periodDays: number): Result<number, DsoError> {
  const dso = computeDsoSimple(arEndCents, salesCents, periodDays);
  if (!dso.ok) return dso;
  const best = computeBestPossibleDso(arCurrentCents, salesCents, periodDays);
  if (!best.ok) return best;
  return ok(dso.value - best.value);
}

/** One open invoice for the invoice method: its open balance and days past due. */
export interface DelinquentItem {
  readonly openCents: Cents;
  readonly daysPastDue: number;
}

/**
 * Average days delinquent, invoice method (Kolleno's "average days overdue", DOMAIN.md metric 4):
 * Σ(open × max(0, days past due)) / Σ open over all open invoices with a positive balance.
 * Invoices not yet due count with 0 days, so the figure answers "how late is the average open euro".
 *
 * @example computeAddInvoice([{ openCents: 100, daysPastDue: 30 }, { openCents: 300, daysPastDue: -5 }]) //=> { ok: true, value: 7.5 }
 */
export function computeAddInvoice(items: readonly DelinquentItem[]): Result<number, "no-open-invoices"> {
  let weighted = 0;
  let total = 0;
  for (const item of items) {
    if (item.openCents <= 0) continue;
    weighted += item.openCents * Math.max(0, item.daysPastDue);
    total += item.openCents;
  }
  return total === 0 ? err("no-open-invoices") : ok(weighted / total);
}
