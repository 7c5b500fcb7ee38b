import { err, ok, type Result } from "../core/types/result";
import type { Grid } from "./grid";
import { type HeaderMatch, matchHeader, MIN_HEADER_CONFIDENCE } from "./match-header";
import type { HeaderTarget } from "./fields";

/** How far down a sheet the header is looked for: title rows, "As of" lines and notes sit above it. */
export const HEADER_SEARCH_ROWS = 30;

/** Header cells are short; longer text is a title or a note. */
const MAX_HEADER_TEXT_LENGTH = 60;
/** Each aging-bucket column adds this much, up to `MAX_BUCKET_SCORE`. */
const BUCKET_SCORE = 0.5;
const MAX_BUCKET_SCORE = 3;
/** A known-but-unused column ("Days Past Due") is a weaker sign of a header row. */
const IGNORED_SCORE = 0.3;
/** Headers are text: each number in a row counts against it. */
const NUMBER_PENALTY = 0.5;

/** The header row found, and how strongly its cells matched known column names. */
export interface HeaderRowGuess {
  /** Index into `grid.values` (0-based); the sheet row is `grid.top + row`. */
  readonly row: number;
  readonly score: number;
}

/** Why no header row was found. */
export type HeaderRowError = "no-header";

/**
 * Finds the header row in the first `HEADER_SEARCH_ROWS` rows: the row whose cells match the most known
 * column names (weighted by confidence, each field counted once), with at least two different fields, or
 * one field and aging-bucket columns. The earliest row wins a tie.
 *
 * @example detectHeaderRow(gridWith(["AR Aging"], ["As of:", 46219], [], ["Customer", "Current", "1-30", "Total"])) //=> { ok: true, value: { row: 3, score: 4.3 } }
 */
export function detectHeaderRow(grid: Grid): Result<HeaderRowGuess, HeaderRowError> {
  const cache = new Map<string, readonly HeaderMatch[]>();
  let best: HeaderRowGuess | null = null;
  const last = Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  for (let row = 0; row < last; row += 1) {
    const score = scoreHeaderRow(grid.values[row] ?? [], cache);
    if (score !== null && (best === null || score > best.score)) best = { row, score };
  }
  return best === null ? err("no-header") : ok(best);
}

/**
 * A row's header score, or null when it does not look like a header at all.
 *
 * @example scoreHeaderRow(["Invoice #", "Customer", "Due Date"], new Map()) //=> 3
 */
export function scoreHeaderRow(cells: readonly unknown[], cache: Map<string, readonly HeaderMatch[]>): number | null {
  const fields = new Map<HeaderTarget, number>();
  let buckets = 0;
  let ignored = 0;
  let numbers = 0;
  for (const cell of cells) {
    if (typeof cell === "number") numbers += 1;
    if (typeof cell !== "string" || cell.length > MAX_HEADER_TEXT_LENGTH) continue;
    let matches = cache.get(cell);
    if (matches === undefined) {
      matches = matchHeader(cell);
      cache.set(cell, matches);
    }
    const top = matches[0];
    if (top === undefined || top.confidence < MIN_HEADER_CONFIDENCE) continue;
    if (top.target === "bucket") buckets += 1;
    else if (top.target === "ignored") ignored += 1;
    else fields.set(top.target, Math.max(fields.get(top.target) ?? 0, top.confidence));
  }
  const enoughFields = fields.size >= 2 || (fields.size === 1 && buckets >= 2);
  if (!enoughFields) return null;
  let score = Math.min(buckets * BUCKET_SCORE, MAX_BUCKET_SCORE) + ignored * IGNORED_SCORE - numbers * NUMBER_PENALTY;
  for (const confidence of fields.values()) score += confidence;
  return Math.round(score * 1000) / 1000;
}
