import type JSZip from "jszip";
import { decodeXmlText, escapeXmlAttribute } from "./xml-text";

/*
 * Just enough of Open Packaging Conventions (ECMA-376 Part 2) to edit an .xlsx in place: parts by name, their
 * relationships, and which parts are still reachable from the package root after some relationships are dropped.
 */

/** Relationship types and content types the package copy reads or writes (ECMA-376 Part 1, 12.3 and 18). */
export const OFFICE_DOCUMENT_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
export const WORKSHEET_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
export const TABLE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";
export const STYLES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
export const CALC_CHAIN_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain";
export const WORKBOOK_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
export const WORKSHEET_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
export const TABLE_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";

/** One `<Relationship>` of a .rels part, its target resolved to a part name ("xl/worksheets/sheet1.xml"). */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The resolved part name, or the raw target of an external relationship. */
  readonly target: string;
  readonly external: boolean;
}

/** The .rels part holding the relationships of `part` ("xl/workbook.xml" → "xl/_rels/workbook.xml.rels"). */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the folder of its source part, without a leading "/". */
export function resolveTarget(sourcePart: string, target: string): string {
  const base = target.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") base.pop();
    else base.push(segment);
  }
  return base.join("/");
}

function attribute(element: string, name: string): string | undefined {
  const value = new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1] ?? new RegExp(`\\s${name}='([^']*)'`).exec(element)?.[1];
  return value === undefined ? undefined : decodeXmlText(value);
}

/** The relationships of a .rels part (`sourcePart` is the part they belong to; "" for the package root). */
export function parseRelationships(relsXml: string, sourcePart: string): Relationship[] {
  return [...relsXml.matchAll(/<Relationship\b[^>]*>/g)].flatMap((match) => {
    const id = attribute(match[0], "Id");
    const type = attribute(match[0], "Type");
    const target = attribute(match[0], "Target");
    if (id === undefined || type === undefined || target === undefined) return [];
    const external = attribute(match[0], "TargetMode") === "External";
    return [{ id, type, target: external ? target : resolveTarget(sourcePart, target), external }];
  });
}

/** A `<Relationship>` element pointing from `sourcePart` to `targetPart`, with a relative target as Excel writes. */
export function relationshipXml(id: string, type: string, sourcePart: string, targetPart: string): string {
  const from = sourcePart.split("/").slice(0, -1);
  const to = targetPart.split("/");
  let shared = 0;
  while (shared < from.length && shared < to.length - 1 && from[shared] === to[shared]) shared += 1;
  const relative = [...from.slice(shared).map(() => ".."), ...to.slice(shared)].join("/");
  return `<Relationship Id="${escapeXmlAttribute(id)}" Type="${type}" Target="${escapeXmlAttribute(relative)}"/>`;
}

/** The zip's entries by lower-case part name: part names compare without regard to case (ECMA-376 Part 2, 9.1.1.1). */
export function entryNames(zip: JSZip): Map<string, string> {
  const names = new Map<string, string>();
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) names.set(name.toLowerCase(), name);
  return names;
}

/**
 * Every part reachable from the package root through internal relationships. `readText` gives a part's text (null
 * when the package has no such part), so the caller can overlay parts it has rewritten.
 */
export async function reachableParts(readText: (part: string) => Promise<string | null>): Promise<Set<string>> {
  const seen = new Set<string>();
  const queue: string[] = [""];
  while (queue.length > 0) {
    const part = queue.shift() as string;
    const rels = await readText(part === "" ? "_rels/.rels" : relsPathOf(part));
    if (rels === null) continue;
    for (const rel of parseRelationships(rels, part)) {
      const key = rel.target.toLowerCase();
      if (rel.external || seen.has(key)) continue;
      seen.add(key);
      queue.push(rel.target);
    }
  }
  return seen;
}
