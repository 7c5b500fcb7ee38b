import { ArgumentError } from "./excel-error";

/**
 * Remembers the last few answers of an expensive step by the exact values of its arguments. Excel hands every
 * call fresh arrays, so identity says nothing: a sheet with one COLLECT.RISK per row passes the same history
 * ranges thousands of times, each a new copy. The fingerprint of an answer is a private copy of the values it
 * was computed from; a call is a hit only when every value is equal, so two different histories never share an
 * answer. One comparison pass is cheaper than hashing and then confirming (two passes), and a different history
 * usually differs within its first rows. Argument problems (#VALUE!, #N/A) are remembered too: a register with
 * one bad cell is read once, not once per formula.
 */
export class ArgumentMemo<T> {
  private entries: MemoEntry<T>[] = [];

  /** @param capacity how many answers to keep; the least recently used goes first. */
  constructor(private readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`ArgumentMemo capacity must be a whole number ≥ 1, got ${String(capacity)}`);
  }

  /**
   * The answer for these argument values: remembered, or computed now and remembered.
   *
   * @example memo.get([asOf, ranges], () => train(ranges)) //=> the same object for equal values, trained once
   */
  get(args: readonly unknown[], compute: () => T): T {
    const index = this.entries.findIndex((entry) => matchesCopy(entry.copy, args));
    const found = index < 0 ? this.remember(args, compute) : this.touch(index);
    if (!found.outcome.ok) throw found.outcome.error;
    return found.outcome.value;
  }

  /** Forgets everything (tests). */
  clear(): void {
    this.entries = [];
  }

  private touch(index: number): MemoEntry<T> {
    const [entry] = this.entries.splice(index, 1) as [MemoEntry<T>];
    this.entries.unshift(entry);
    return entry;
  }

  private remember(args: readonly unknown[], compute: () => T): MemoEntry<T> {
    let outcome: Outcome<T>;
    try {
      outcome = { ok: true, value: compute() };
    } catch (error) {
      // Only the bookkeeper's argument problems are answers; anything else is a bug and is not remembered.
      if (!(error instanceof ArgumentError)) throw error;
      outcome = { ok: false, error };
    }
    const entry: MemoEntry<T> = { copy: args.map(copyArgument), outcome };
    this.entries.unshift(entry);
    this.entries.length = Math.min(this.entries.length, this.capacity);
    return entry;
  }
}

type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ArgumentError };

interface MemoEntry<T> {
  /** The arguments' values, copied so that a caller changing its arrays later cannot change the key. */
  readonly copy: readonly ArgumentCopy[];
  readonly outcome: Outcome<T>;
}

/**
 * True when `b` holds the same values in the same shape as `a`: numbers and text by value (NaN equals NaN),
 * anything else by identity. Equal cells are the common case, so they cost one `===` each.
 *
 * @example sameValues([[["INV-1"], [46351]]], [[["INV-1"], [46351]]]) //=> true
 * @example sameValues([[[0]]], [[[null]]]) //=> false
 */
export function sameValues(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // NaN is the only value not equal to itself.
  if (!Array.isArray(a)) return a !== a && b !== b;
  if (!Array.isArray(b) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) {
    const x: unknown = a[i];
    const y: unknown = b[i];
    if (x !== y && !(Array.isArray(x) ? sameValues(x, y) : x !== x && y !== y)) return false;
  }
  return true;
}

/**
 * One argument's values. A range (rows of cells, as Excel passes it) is kept flat with its row widths, so that
 * checking a call against it is one tight loop over the cells (`sameRange`), the hot path of a sheet of
 * formulas; anything else (a single value, a list of values, deeper nesting) is compared by `sameValues`.
 */
type ArgumentCopy =
  | { readonly kind: "range"; readonly widths: Int32Array; readonly cells: readonly unknown[] }
  | { readonly kind: "other"; readonly value: unknown };

function copyArgument(value: unknown): ArgumentCopy {
  if (!Array.isArray(value) || !value.every((row) => Array.isArray(row) && !row.some(Array.isArray))) return { kind: "other", value: copyValues(value) };
  const rows = value as readonly (readonly unknown[])[];
  return { kind: "range", widths: Int32Array.from(rows, (row) => row.length), cells: rows.flat() };
}

function matchesCopy(copy: readonly ArgumentCopy[], args: readonly unknown[]): boolean {
  if (copy.length !== args.length) return false;
  for (let i = 0; i < copy.length; i += 1) {
    const kept = copy[i] as ArgumentCopy;
    if (!(kept.kind === "range" ? sameRange(kept.widths, kept.cells, args[i]) : sameValues(kept.value, args[i]))) return false;
  }
  return true;
}

function sameRange(widths: Int32Array, cells: readonly unknown[], value: unknown): boolean {
  if (!Array.isArray(value) || value.length !== widths.length) return false;
  let k = 0;
  for (let i = 0; i < widths.length; i += 1) {
    const row: unknown = value[i];
    const width = widths[i] as number;
    if (!Array.isArray(row) || row.length !== width) return false;
    for (let j = 0; j < width; j += 1) {
      const cell: unknown = row[j];
      const kept = cells[k];
      k += 1;
      // A cell holding an array never equals a copied cell: copies of such ranges are kept as "other".
      if (cell !== kept && !(cell !== cell && kept !== kept)) return false;
    }
  }
  return true;
}

function copyValues(value: unknown): unknown {
  return Array.isArray(value) ? (value as readonly unknown[]).map(copyValues) : value;
}
