import type { IsoDate } from "../dates/iso-date";
import type { ContactLogEntry } from "../ledger/ledger";
import type { CollectPolicy } from "../policy/collect-policy";
import type { StageDefinition } from "../policy/policy";

/** A customer's contact-log entries up to the as-of date, oldest first. */
export type ContactHistory = readonly ContactLogEntry[];

function compareEntries(a: ContactLogEntry, b: ContactLogEntry): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const timeA = a.time ?? "";
  const timeB = b.time ?? "";
  return timeA < timeB ? -1 : timeA > timeB ? 1 : 0;
}

/**
 * The contact log per customer, keeping entries on or before the as-of date (a later entry has not happened
 * yet on that day), oldest first.
 *
 * @example indexContacts(ledger.contacts, "2026-11-25" as IsoDate).get("C1")?.length //=> 3
 */
export function indexContacts(contacts: readonly ContactLogEntry[], asOf: IsoDate): ReadonlyMap<string, ContactHistory> {
  const map = new Map<string, ContactLogEntry[]>();
  for (const entry of contacts) {
    if (entry.date > asOf) continue;
    const list = map.get(entry.customerKey);
    if (list === undefined) map.set(entry.customerKey, [entry]);
    else list.push(entry);
  }
  for (const list of map.values()) list.sort(compareEntries);
  return map;
}

/**
 * The last contact about an invoice: an entry naming it, or a customer-wide entry (no invoice), which covers
 * every invoice. With `invoiceNo` null, the customer's last contact of any kind (the frequency cap).
 *
 * @example lastContactDate(history, "INV-7") //=> "2026-11-10"
 */
export function lastContactDate(history: ContactHistory, invoiceNo: string | null): IsoDate | null {
  for (let i = history.length - 1; i >= 0; i -= 1) {
    const entry = history[i] as ContactLogEntry;
    if (invoiceNo === null || entry.invoiceNo === null || entry.invoiceNo === invoiceNo) return entry.date;
  }
  return null;
}

/**
 * The last entry of one channel (how often to call).
 *
 * @example lastContactBy(history, "call")?.date //=> "2026-11-03"
 */
export function lastContactBy(history: ContactHistory, channel: ContactLogEntry["channel"]): ContactLogEntry | null {
  for (let i = history.length - 1; i >= 0; i -= 1) {
    const entry = history[i] as ContactLogEntry;
    if (entry.channel === channel) return entry;
  }
  return null;
}

const LEADING_LEVEL = /^\s*(?:level\s*)?(\d{1,2})\b/i;

function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/[\s_]+/g, "-");
}

/**
 * The escalation level a log entry records, from its Stage text ("6 Final notice", "Level 6", "final notice",
 * "final-notice") or, failing that, its Template ("final-notice"), matched against every stage table of the
 * policy. Null when the entry says nothing about a level.
 *
 * @example loggedLevel({ ...entry, stage: "6 Final notice" }, DEFAULT_COLLECT_POLICY) //=> 6
 * @example loggedLevel({ ...entry, stage: null, template: "firm-reminder" }, DEFAULT_COLLECT_POLICY) //=> 5
 */
export function loggedLevel(entry: ContactLogEntry, policy: CollectPolicy): number | null {
  const tables: (readonly StageDefinition[])[] = [policy.stages, ...policy.scenarios.flatMap((s) => (s.stages === null ? [] : [s.stages]))];
  const stageText = entry.stage?.trim() ?? "";
  if (stageText !== "") {
    const leading = LEADING_LEVEL.exec(stageText);
    if (leading !== null) return Number(leading[1]);
    const wanted = normalise(stageText);
    for (const table of tables) {
      const found = table.find((stage) => normalise(stage.name) === wanted || stage.id === wanted);
      if (found !== undefined) return found.level;
    }
  }
  const template = entry.template?.trim() ?? "";
  if (template === "" || normalise(template) === "none") return null;
  const wantedTemplate = normalise(template);
  for (const table of tables) {
    const found = table.find((stage) => normalise(stage.template) === wantedTemplate);
    if (found !== undefined) return found.level;
  }
  return null;
}

/**
 * The customer's most recent contact whose level is known, with that level.
 *
 * @example lastLeveledContact(history, DEFAULT_COLLECT_POLICY) //=> { level: 5, date: "2026-11-03" }
 */
export function lastLeveledContact(history: ContactHistory, policy: CollectPolicy): { readonly level: number; readonly date: IsoDate } | null {
  for (let i = history.length - 1; i >= 0; i -= 1) {
    const entry = history[i] as ContactLogEntry;
    const level = loggedLevel(entry, policy);
    if (level !== null) return { level, date: entry.date };
  }
  return null;
}

/**
 * The most recent contact at or above a level (has a final notice gone out?).
 *
 * @example lastContactAtLevel(history, 6, DEFAULT_COLLECT_POLICY) //=> "2026-10-01"
 */
export function lastContactAtLevel(history: ContactHistory, level: number, policy: CollectPolicy): IsoDate | null {
  for (let i = history.length - 1; i >= 0; i -= 1) {
    const entry = history[i] as ContactLogEntry;
    const logged = loggedLevel(entry, policy);
    if (logged !== null && logged >= level) return entry.date;
  }
  return null;
}
