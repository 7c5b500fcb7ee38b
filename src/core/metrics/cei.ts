import { err, ok, type Result } from "../types/result";
import type { Cents } from "../money/cents";

/**
 * Which sales figure enters CEI for a window of several months. "full-sales": all credit sales of the
 * window (Collect's default). "monthly-sales": sales divided by the number of months, as in creditguru's
 * worked example (DOMAIN.md metric 5). For a one-month window both agree.
 */
export type CeiVariant = "full-sales" | "monthly-sales";

export interface CeiInput {
  readonly arBeginCents: Cents;
  readonly salesCents: Cents;
  readonly arEndCents: Cents;
  /** The part of AR_end that is not yet past due. */
  readonly arCurrentEndCents: Cents;
  /** Months in the window (for the monthly-sales variant). @defaultvalue 1 */
  readonly months?: number;
}

export type CeiError = "nothing-collectible" | "bad-months";

/**
 * Collection effectiveness index in percent: (AR_begin + S − AR_end) / (AR_begin + S − AR_current_end) × 100.
 *
 * @example computeCei({ arBeginCents: 100, salesCents: 200, arEndCents: 120, arCurrentEndCents: 60 }) //=> { ok: true, value: 74.07… }
 */
export function computeCei(input: CeiInput, variant: CeiVariant = "full-sales"): Result<number, CeiError> {
  const months = input.months ?? 1;
  if (!(months >= 1) || !Number.isInteger(months)) return err("bad-months");
  const sales = variant === "monthly-sales" ? input.salesCents / months : input.salesCents;
  const collectible = input.arBeginCents + sales - input.arCurrentEndCents;
  if (collectible <= 0) return err("nothing-collectible");
  return ok(((input.arBeginCents + sales - input.arEndCents) / collectible) * 100);
}
