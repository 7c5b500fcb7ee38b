/**
 * The parts of a draft that must not change between two runs on the same data (golden files, and a bookkeeper who
 * regenerates drafts must not get "new" messages): its Date, Message-ID and MIME boundary.
 */
import { type IsoDate, isoDateToDayNumber } from "../../core/dates/iso-date";

const WEEKDAYS = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"] as const; // day 0 (1970-01-01) was a Thursday
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;
const DAYS_PER_WEEK = 7;

/** The fixed time of day a draft is dated at: the start of the office day, in UTC. */
export const DRAFT_TIME = "09:00:00 +0000";

/**
 * An RFC 5322 date-time for a calendar date at the fixed draft time, computed without a clock or a JS `Date`.
 *
 * @example rfc5322Date("2026-11-30" as IsoDate) //=> "Mon, 30 Nov 2026 09:00:00 +0000"
 */
export function rfc5322Date(date: IsoDate): string {
  const day = isoDateToDayNumber(date);
  const weekday = WEEKDAYS[((day % DAYS_PER_WEEK) + DAYS_PER_WEEK) % DAYS_PER_WEEK] ?? "Mon";
  const month = MONTHS[Number(date.slice(5, 7)) - 1] ?? "Jan";
  return `${weekday}, ${Number(date.slice(8, 10))} ${month} ${date.slice(0, 4)} ${DRAFT_TIME}`;
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

/**
 * A 64-bit FNV-1a hash of text (UTF-16 code units), as 16 hex digits: a stable, dependency-free fingerprint for ids.
 * Not for security.
 *
 * @example stableHash("C001") //=> "…16 hex digits…"
 */
export function stableHash(text: string): string {
  let hash = FNV_OFFSET;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= BigInt(text.charCodeAt(index));
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, "0");
}

/**
 * The Message-ID of a customer's draft for a day: the same customer and as-of date always give the same id.
 *
 * @example messageId("C001", "2026-11-30" as IsoDate, "harbour.example") //=> "<20261130.1a2b…@harbour.example>"
 */
export function messageId(customerKey: string, asOf: IsoDate, domain: string): string {
  return `<${asOf.replace(/-/g, "")}.${stableHash(customerKey)}.collect@${domain}>`;
}
