import type { MessageCode } from "../messages";
import type { Result } from "../types/result";

/** A metric's value, or why it has none (the code's words are in `core/messages.ts`). */
export interface Figure {
  readonly value: number | null;
  readonly reason: MessageCode | null;
}

/**
 * A core Result as a figure: its value, or null with the error code as the reason.
 *
 * @example figureOf({ ok: false, error: "no-sales" }) //=> { value: null, reason: "no-sales" }
 * @example figureOf({ ok: true, value: 73.7 })       //=> { value: 73.7, reason: null }
 */
export function figureOf(result: Result<number, MessageCode>): Figure {
  return result.ok ? { value: result.value, reason: null } : { value: null, reason: result.error };
}

/**
 * The difference of two figures (ADD = DSO − best possible DSO); the first missing one's reason otherwise.
 *
 * @example figureDifference({ value: 76.3, reason: null }, { value: 18, reason: null }) //=> { value: 58.3, reason: null }
 */
export function figureDifference(a: Figure, b: Figure): Figure {
  if (a.value === null) return a;
  if (b.value === null) return b;
  return { value: a.value - b.value, reason: null };
}
