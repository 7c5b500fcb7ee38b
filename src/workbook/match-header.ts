import type { HeaderTarget } from "./fields";
import { FIELD_SYNONYMS, PROJECTION_WORDS } from "./field-synonyms";
import { type NormalizedHeader, normalizeHeader } from "./normalize-header";

/** One way to read a header cell, with a 0–1 confidence. */
export interface HeaderMatch {
  readonly target: HeaderTarget;
  readonly confidence: number;
}

/** Below this a header is not mapped at all. */
export const MIN_HEADER_CONFIDENCE = 0.6;

/** The same words in another order ("Date Invoice") are a slightly weaker sign than the exact synonym. */
const REORDERED_FACTOR = 0.95;
/** A synonym inside a longer header ("Invoice Date (UTC)") counts from this share of its weight… */
const CONTAINED_BASE = 0.55;
/** …plus this share scaled by how much of the header the synonym covers. */
const CONTAINED_SPAN = 0.35;
/** Headers longer than this many words are prose (a note, a title), not column names. */
const MAX_HEADER_WORDS = 6;
const BUCKET_CONFIDENCE = 0.9;

/**
 * An aging-bucket column title: "Current", "1-30", "31 - 60 days past due", "90+", "91 and over", "Over 90",
 * "< 1 Month", "Older", "121-Above".
 */
const BUCKET_PATTERN =
  /^(?:current|not (?:yet )?due|older|nicht fallig|non echu|no vencido|niet vervallen|(?:<|>|over|older than|more than|above|under|uber|plus de|mas de|meer dan)?\s*\d{1,3}\s*(?:(?:-|–|to|bis|a|tot)\s*\d{1,3})?\s*(?:\+|above|and over|or more|plus)?\s*(?:days?|d|months?|tage|jours|dias|dagen)?\s*(?:past due|overdue|uberfallig|en retard|vencidos?|achterstallig)?\s*\+?)$/;

interface SynonymEntry {
  readonly target: HeaderTarget;
  readonly weight: number;
  readonly tokens: readonly string[];
}

const EXACT = new Map<string, SynonymEntry>();
const REORDERED = new Map<string, SynonymEntry>();
const ALL_ENTRIES: SynonymEntry[] = [];

for (const [target, synonyms] of Object.entries(FIELD_SYNONYMS) as [HeaderTarget, (typeof FIELD_SYNONYMS)["invoiceNo"]][]) {
  for (const synonym of synonyms) {
    const [text, weight] = typeof synonym === "string" ? [synonym, 1] : synonym;
    const { key, tokens } = normalizeHeader(text);
    const entry = { target, weight, tokens };
    EXACT.set(key, entry);
    REORDERED.set([...tokens].sort().join(" "), entry);
    ALL_ENTRIES.push(entry);
  }
}

/**
 * Every target a header may mean, best first, with confidences: 1 × weight for an exact synonym, a little
 * less for the same words reordered, and less again for a synonym inside a longer header.
 *
 * @example matchHeader("Invoice #")[0] //=> { target: "invoiceNo", confidence: 1 }
 * @example matchHeader("Open Advance (ILS)")[0] //=> { target: "openBalance", confidence: 1 }
 * @example matchHeader("31-60")[0] //=> { target: "bucket", confidence: 0.9 }
 */
export function matchHeader(text: string): readonly HeaderMatch[] {
  return matchNormalizedHeader(normalizeHeader(text), text);
}

/**
 * `matchHeader` for a header already normalised (the raw text is needed for bucket titles like "90+").
 *
 * @example matchNormalizedHeader(normalizeHeader("Due Date"), "Due Date")[0] //=> { target: "dueDate", confidence: 1 }
 */
export function matchNormalizedHeader(header: NormalizedHeader, raw: string): readonly HeaderMatch[] {
  const { key, tokens } = header;
  if (tokens.length === 0 || tokens.length > MAX_HEADER_WORDS) return [];
  if (tokens.some((token) => PROJECTION_WORDS.has(token))) return [{ target: "ignored", confidence: 1 }];
  if (BUCKET_PATTERN.test(bucketText(raw))) return [{ target: "bucket", confidence: BUCKET_CONFIDENCE }];
  const best = new Map<HeaderTarget, number>();
  const consider = (target: HeaderTarget, confidence: number): void => {
    if (confidence > (best.get(target) ?? 0)) best.set(target, confidence);
  };
  const exact = EXACT.get(key);
  if (exact !== undefined) consider(exact.target, exact.weight);
  const reordered = REORDERED.get([...tokens].sort().join(" "));
  if (reordered !== undefined) consider(reordered.target, reordered.weight * REORDERED_FACTOR);
  if (tokens.length > 1) {
    const present = new Set(tokens);
    for (const entry of ALL_ENTRIES) {
      if (entry.tokens.length >= tokens.length || !entry.tokens.every((token) => present.has(token))) continue;
      consider(entry.target, entry.weight * (CONTAINED_BASE + (CONTAINED_SPAN * entry.tokens.length) / tokens.length));
    }
  }
  return [...best.entries()]
    .map(([target, confidence]) => ({ target, confidence: Math.round(confidence * 1000) / 1000 }))
    .sort((a, b) => b.confidence - a.confidence);
}

/**
 * True when a text is an aging-bucket title ("Current", "1 - 30 days past due"): as a heading row in a
 * QuickBooks aging detail it names a bucket, not a customer.
 *
 * @example isBucketLabel("31 - 60 days past due") //=> true
 * @example isBucketLabel("Acme Corp")             //=> false
 */
export function isBucketLabel(text: string): boolean {
  return BUCKET_PATTERN.test(bucketText(text));
}

function bucketText(raw: string): string {
  return raw.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
}
