/**
 * A small seeded pseudo-random source for the sample workbook, so the same seed always gives the same book.
 * The generator is mulberry32 (Tommy Ettinger, public domain): 32-bit state, good enough for test data and
 * identical on every JS engine because it uses only `Math.imul` and integer shifts.
 */
export interface SeededRandom {
  /** A float in [0, 1). */
  next(): number;
  /** A whole number in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** True with probability `p` (0–1). */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** An approximately standard-normal number (Irwin–Hall: the sum of 12 uniforms minus 6, within ±6). */
  normal(): number;
}

/** Thrown when a caller asks for something no random source can give (an empty list, min > max). */
export class SeededRandomError extends Error {
  override name = "SeededRandomError";
}

/**
 * Creates a seeded random source.
 *
 * @example createSeededRandom(1).int(1, 6) //=> the same number on every run for seed 1
 */
export function createSeededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => {
    if (!Number.isInteger(min) || !Number.isInteger(max) || min > max) {
      throw new SeededRandomError(`int(${min}, ${max}) needs whole numbers with min <= max`);
    }
    return min + Math.floor(next() * (max - min + 1));
  };
  return {
    next,
    int,
    chance: (p: number): boolean => next() < p,
    pick: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new SeededRandomError("pick() needs a non-empty list");
      return item;
    },
    normal: (): number => {
      let sum = 0;
      for (let i = 0; i < 12; i += 1) sum += next();
      return sum - 6;
    },
  };
}
