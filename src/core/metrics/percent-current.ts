import type { IsoDate } from "../dates/iso-date";
import type { Cents } from "../money/cents";
import { err, ok, type Result } from "../types/result";

/** One open item: its open balance and due date (null when unknown). */
export interface OpenAmount {
  readonly openCents: Cents;
  readonly dueDate: IsoDate | null;
}

/**
 * Percent current (DOMAIN.md metric 8): the not-yet-due part of receivables ÷ receivables × 100, on the as-of date.
 * Receivables are the positive open balances (credits are not netted); an item is current when its due date is on or
 * after the as-of date; an item without a due date is in receivables but never current.
 *
 * @example computePercentCurrent([{ openCents: 300, dueDate: "2026-12-01" }, { openCents: 100, dueDate: "2026-11-01" }], "2026-11-30" as IsoDate) //=> { ok: true, value: 75 }
 */
export function computePercentCurrent(items: readonly OpenAmount[], asOf: IsoDate): Result<number, "no-open-invoices"> {
  let ar = 0;
  let current = 0;
  for (const item of items) {
    if (item.openCents <= 0) continue;
    ar += item.openCents;
    if (item.dueDate !== null && item.dueDate >= asOf) current += item.openCents;
  }
  return ar === 0 ? err("no-open-invoices") : ok((current / ar) * 100);
}
