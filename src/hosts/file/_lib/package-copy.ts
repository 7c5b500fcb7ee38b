import JSZip from "jszip";
import {
  CALC_CHAIN_REL,
  OFFICE_DOCUMENT_REL,
  STYLES_REL,
  TABLE_CONTENT_TYPE,
  TABLE_REL,
  WORKBOOK_CONTENT_TYPE,
  WORKSHEET_CONTENT_TYPE,
  WORKSHEET_REL,
  entryNames,
  parseRelationships,
  reachableParts,
  relationshipXml,
  relsPathOf,
  type Relationship,
} from "./opc-package";
import { AGE_BANDS } from "../../_lib/owned-layout";
import { EXTENDED_PROPERTIES_REL, listAddedSheets } from "./app-properties";
import { ownedSheetXml, REL_NS, stylesOf, type OwnedSheetSource } from "./owned-sheet-xml";
import { appendOwnedStyles } from "./package-styles";
import { decodeXmlText, escapeXmlAttribute } from "./xml-text";

/*
 * Writes the copy of an .xlsx by editing its package: every part of the user's is carried over as it was (JSZip
 * reuses a loaded entry's deflated bytes, so they are not even recompressed), Collect's sheets are added or put in
 * place of their old parts, and only the parts those old sheets alone used are dropped. Anything ExcelJS cannot
 * round-trip (charts, pivot tables, images, slicers) stays in the user's sheets.
 */

const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** Why a package cannot be edited in place (the caller then saves through ExcelJS). */
export type PackageCopyRefusal =
  | "no-workbook-part"
  | "not-a-plain-workbook"
  | "unexpected-workbook-xml"
  | "sheets-differ"
  | "no-styles-part";

/** One `<sheet>` of workbook.xml with its relationship. */
interface SheetEntry {
  readonly element: string;
  readonly name: string;
  readonly sheetId: number;
  readonly rel: Relationship | undefined;
}

/** A part's text, with the parts rewritten so far laid over the zip's own. */
class PartTexts {
  readonly changed = new Map<string, string | null>();
  private readonly names: Map<string, string>;

  constructor(private readonly zip: JSZip) {
    this.names = entryNames(zip);
  }

  has(part: string): boolean {
    const key = part.toLowerCase();
    return this.changed.has(key) ? this.changed.get(key) !== null : this.names.has(key);
  }

  async read(part: string): Promise<string | null> {
    const key = part.toLowerCase();
    if (this.changed.has(key)) return this.changed.get(key) ?? null;
    const name = this.names.get(key);
    const file = name === undefined ? null : this.zip.file(name);
    return file === null ? null : file.async("string");
  }

  write(part: string, text: string | null): void {
    this.changed.set(part.toLowerCase(), text);
  }

  /** The zip entry name of a part (its case as stored), or the part name itself for a new part. */
  entryName(part: string): string {
    return this.names.get(part.toLowerCase()) ?? part;
  }
}

function unusedName(texts: PartTexts, pattern: (n: number) => string): string {
  for (let n = 1; ; n += 1) if (!texts.has(pattern(n))) return pattern(n);
}

function sheetEntries(workbookXml: string, rels: readonly Relationship[]): SheetEntry[] | null {
  const sheets = /<sheets\b[^>]*>([\s\S]*?)<\/sheets>/.exec(workbookXml);
  if (sheets === null) return null;
  const entries: SheetEntry[] = [];
  for (const match of (sheets[1] ?? "").matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\sname="([^"]*)"/.exec(match[0])?.[1];
    const sheetId = Number(/\ssheetId="(\d+)"/.exec(match[0])?.[1]);
    const relId = /\sr:id="([^"]*)"/.exec(match[0])?.[1];
    if (name === undefined || !Number.isInteger(sheetId) || relId === undefined) return null;
    entries.push({ element: match[0], name: decodeXmlText(name), sheetId, rel: rels.find((rel) => rel.id === decodeXmlText(relId)) });
  }
  return entries;
}

/**
 * The .xlsx `input` with Collect's `sheets` written into it. `sheetNames` is the workbook's worksheet order as the host
 * presents it: the input's worksheets, then the sheets created since it was opened. Returns the refusal reason
 * instead when the package is not one this edits safely (a macro workbook, prefixed XML, sheets out of step).
 */
export async function writePackageCopy(
  input: Uint8Array,
  sheetNames: readonly string[],
  sheets: readonly OwnedSheetSource[],
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; reason: PackageCopyRefusal }> {
  const zip = await JSZip.loadAsync(input);
  const texts = new PartTexts(zip);
  const rootRels = parseRelationships((await texts.read("_rels/.rels")) ?? "", "");
  const workbookPart = rootRels.find((rel) => rel.type === OFFICE_DOCUMENT_REL)?.target;
  if (workbookPart === undefined) return { ok: false, reason: "no-workbook-part" };
  const contentTypes = (await texts.read("[Content_Types].xml")) ?? "";
  const workbookType = new RegExp(`<Override\\b[^>]*PartName="/${escapeRegExp(workbookPart)}"[^>]*>`, "i").exec(contentTypes)?.[0] ?? "";
  if (!workbookType.includes(`"${WORKBOOK_CONTENT_TYPE}"`)) return { ok: false, reason: "not-a-plain-workbook" };
  const workbookXml = (await texts.read(workbookPart)) ?? "";
  const workbookRelsPath = relsPathOf(workbookPart);
  const workbookRelsXml = (await texts.read(workbookRelsPath)) ?? "";
  const workbookRels = parseRelationships(workbookRelsXml, workbookPart);
  const entries = /<workbook\b/.test(workbookXml) && workbookRelsXml.includes("</Relationships>") ? sheetEntries(workbookXml, workbookRels) : null;
  if (entries === null) return { ok: false, reason: "unexpected-workbook-xml" };
  const worksheets = entries.filter((entry) => entry.rel?.type === WORKSHEET_REL);
  const inputNames = worksheets.map((entry) => entry.name.toLowerCase());
  const hostNames = sheetNames.map((name) => name.toLowerCase());
  const created = hostNames.slice(inputNames.length);
  const written = new Map(sheets.map((sheet) => [sheet.layout.name.toLowerCase(), sheet]));
  // A chart sheet (which ExcelJS does not list) may not share a name with a sheet Collect adds.
  const otherNames = new Set(entries.filter((entry) => entry.rel?.type !== WORKSHEET_REL).map((entry) => entry.name.toLowerCase()));
  if (hostNames.slice(0, inputNames.length).join("\u0000") !== inputNames.join("\u0000") || created.some((name) => !written.has(name) || otherNames.has(name))) {
    return { ok: false, reason: "sheets-differ" };
  }
  const stylesPart = workbookRels.find((rel) => rel.type === STYLES_REL)?.target;
  const stylesXml = stylesPart === undefined ? null : await texts.read(stylesPart);
  const styles =
    stylesXml === null || !/<styleSheet\b/.test(stylesXml)
      ? null
      : appendOwnedStyles(stylesXml, sheets.flatMap(stylesOf), sheets.some((sheet) => sheet.layout.ageColumns.length > 0) ? AGE_BANDS.map((band) => band.fill) : []);
  if (stylesPart === undefined || styles === null) return { ok: false, reason: "no-styles-part" };

  const before = await reachableParts((part) => texts.read(part));
  texts.write(stylesPart, styles.xml);
  let tableId = await maxTableId(texts, before);
  let nextSheetId = Math.max(0, ...entries.map((entry) => entry.sheetId)) + 1;
  const takenRelIds = new Set(workbookRels.map((rel) => rel.id));
  const newRels: string[] = [];
  const newSheetElements: string[] = [];
  const renamed = new Map<string, string>();
  const overrides: { part: string; type: string }[] = [];
  let replacedAny = false;
  // In the host's order, so the sheets Collect adds get their tabs in the order the host lists them.
  const ordered = [...sheets].sort((a, b) => hostNames.indexOf(a.layout.name.toLowerCase()) - hostNames.indexOf(b.layout.name.toLowerCase()));
  for (const sheet of ordered) {
    const existing = worksheets.find((entry) => entry.name.toLowerCase() === sheet.layout.name.toLowerCase());
    let sheetPart: string;
    if (existing?.rel !== undefined) {
      sheetPart = existing.rel.target;
      replacedAny = true;
      if (existing.name !== sheet.layout.name) renamed.set(existing.element, existing.element.replace(/\sname="[^"]*"/, ` name="${escapeXmlAttribute(sheet.layout.name)}"`));
    } else {
      sheetPart = unusedName(texts, (n) => `${workbookPart.split("/").slice(0, -1).concat(`worksheets/sheet${n}.xml`).join("/")}`);
      let relNumber = takenRelIds.size + 1;
      while (takenRelIds.has(`rId${relNumber}`)) relNumber += 1;
      const relId = `rId${relNumber}`;
      takenRelIds.add(relId);
      newRels.push(relationshipXml(relId, WORKSHEET_REL, workbookPart, sheetPart));
      // The prefix is declared on the element itself: openpyxl (pandas) declares xmlns:r on each <sheet>, not on
      // <workbook>, and an undeclared prefix makes the whole part unreadable (Excel and LibreOffice refuse it).
      newSheetElements.push(`<sheet xmlns:r="${REL_NS}" name="${escapeXmlAttribute(sheet.layout.name)}" sheetId="${nextSheetId}" r:id="${relId}"/>`);
      nextSheetId += 1;
      overrides.push({ part: sheetPart, type: WORKSHEET_CONTENT_TYPE });
    }
    tableId += 1;
    const xml = ownedSheetXml(sheet, { tableId, tableRelId: "rId1", xfIndex: styles.xfIndex, dxfIndex: styles.dxfIndex });
    texts.write(sheetPart, xml.sheetXml);
    if (xml.tableXml === null) {
      texts.write(relsPathOf(sheetPart), null);
    } else {
      const tablePart = unusedName(texts, (n) => `${workbookPart.split("/").slice(0, -1).concat(`tables/table${n}.xml`).join("/")}`);
      texts.write(tablePart, xml.tableXml);
      texts.write(relsPathOf(sheetPart), `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}">${relationshipXml("rId1", TABLE_REL, sheetPart, tablePart)}</Relationships>`);
      overrides.push({ part: tablePart, type: TABLE_CONTENT_TYPE });
    }
  }

  // A replaced sheet's formulas may be listed in the calculation chain; Excel rebuilds a missing chain on load.
  let relsXml = workbookRelsXml;
  const calcChain = workbookRels.find((rel) => rel.type === CALC_CHAIN_REL);
  if (replacedAny && calcChain !== undefined) {
    relsXml = relsXml.replace(new RegExp(`<Relationship\\b[^>]*\\sId="${escapeRegExp(calcChain.id)}"[^>]*>`), "");
  }
  texts.write(workbookRelsPath, relsXml.replace("</Relationships>", `${newRels.join("")}</Relationships>`));
  let bookXml = workbookXml;
  for (const [from, to] of renamed) bookXml = bookXml.replace(from, to);
  texts.write(workbookPart, bookXml.replace("</sheets>", `${newSheetElements.join("")}</sheets>`));
  const appPart = rootRels.find((rel) => rel.type === EXTENDED_PROPERTIES_REL)?.target;
  const appXml = appPart === undefined ? null : await texts.read(appPart);
  const addedNames = ordered.filter((sheet) => !inputNames.includes(sheet.layout.name.toLowerCase())).map((sheet) => sheet.layout.name);
  const listed = appXml === null ? null : listAddedSheets(appXml, worksheets.map((entry) => entry.name), addedNames);
  if (appPart !== undefined && listed !== null && listed !== appXml) texts.write(appPart, listed);

  const after = await reachableParts((part) => texts.read(part));
  const dropped = [...before].filter((part) => !after.has(part));
  for (const part of dropped) {
    texts.write(part, null);
    texts.write(relsPathOf(part), null);
  }
  texts.write("[Content_Types].xml", editContentTypes(contentTypes, overrides, dropped));

  for (const [part, text] of texts.changed) {
    const name = texts.entryName(part);
    if (text === null) zip.remove(name);
    else zip.file(name, new TextEncoder().encode(text), { createFolders: false });
  }
  // The same compression ExcelJS uses for its copy (JSZip's DEFLATE at its default level).
  const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  return { ok: true, bytes };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

async function maxTableId(texts: PartTexts, parts: ReadonlySet<string>): Promise<number> {
  let max = 0;
  for (const part of parts) {
    if (!/\/tables\/[^/]+\.xml$/i.test(part)) continue;
    const id = Number(/<table\b[^>]*\sid="(\d+)"/.exec((await texts.read(part)) ?? "")?.[1]);
    if (Number.isInteger(id)) max = Math.max(max, id);
  }
  return max;
}

function editContentTypes(xml: string, added: readonly { part: string; type: string }[], dropped: readonly string[]): string {
  const gone = new Set(dropped.map((part) => `/${part}`.toLowerCase()));
  const kept = xml.replace(/<Override\b[^>]*>/g, (element) => {
    const name = /\sPartName="([^"]*)"/.exec(element)?.[1];
    return name !== undefined && gone.has(decodeXmlText(name).toLowerCase()) ? "" : element;
  });
  const additions = added.map(({ part, type }) => `<Override PartName="/${escapeXmlAttribute(part)}" ContentType="${type}"/>`).join("");
  return kept.replace("</Types>", `${additions}</Types>`);
}
