import type { Brand } from "../types/brand";
import { err, ok, type Result } from "../types/result";

/** An amount of money in the currency's minor unit (cents), always a safe integer. */
export type Cents = Brand<number, "Cents">;

export type CentsError = "not-a-number" | "too-large";

/** Largest amount we accept: well inside Number.MAX_SAFE_INTEGER so sums of many invoices stay exact. */
const MAX_ABS_CENTS = 1e15;

/**
 * Converts an amount in major units (dollars, euros) to integer cents, rounding half away from zero.
 * Floating point noise such as 1.005 (stored as 1.00499999...) is corrected by rounding at 1e-9.
 *
 * @example toCents(1234.56) //=> { ok: true, value: 123456 }
 * @example toCents(-0.125)  //=> { ok: true, value: -13 }
 * @example toCents(NaN)     //=> { ok: false, error: "not-a-number" }
 */
export function toCents(amount: number): Result<Cents, CentsError> {
  if (!Number.isFinite(amount)) return err("not-a-number");
  const scaled = amount * 100;
  const nudged = Math.round(scaled * 1e6) / 1e6; // undo binary noise before rounding half away from zero
  const rounded = Math.sign(nudged) * Math.round(Math.abs(nudged));
  if (Math.abs(rounded) > MAX_ABS_CENTS) return err("too-large");
  return ok((rounded === 0 ? 0 : rounded) as Cents);
}

/** Cents back to major units, for display and for Excel cells. @example centsToAmount(123456 as Cents) //=> 1234.56 */
export function centsToAmount(cents: Cents): number {
  return cents / 100;
}

/** Adds amounts exactly. @example sumCents([1 as Cents, 2 as Cents]) //=> 3 */
export function sumCents(values: readonly Cents[]): Cents {
  let total = 0;
  for (const value of values) total += value;
  return total as Cents;
}

/** Zero cents. */
export const ZERO_CENTS = 0 as Cents;
