import JSZip from "jszip";

/*
 * Reads the raw XML of an .xlsx in tests, to check what ExcelJS actually wrote (a formula element, a cached value)
 * rather than what ExcelJS reads back. JSZip is ExcelJS's own zip dependency.
 */

/** One `<c>` element of a sheet's XML: address, type attribute, formula text and cached value text. */
export interface RawCell {
  readonly address: string;
  readonly type: string | null;
  readonly formula: string | null;
  readonly value: string | null;
}

/** The XML text of every part of an .xlsx, by path. */
export async function readXlsxParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    const file = zip.file(name);
    if (file !== null) parts.set(name, await file.async("string"));
  }
  return parts;
}

/** The sheet part path of each sheet name, from workbook.xml and its relationships. */
export function sheetPartPaths(parts: Map<string, string>): Map<string, string> {
  const workbook = parts.get("xl/workbook.xml") ?? "";
  const rels = parts.get("xl/_rels/workbook.xml.rels") ?? "";
  const targets = new Map<string, string>();
  for (const match of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /Id="([^"]+)"/.exec(match[0])?.[1];
    const target = /Target="([^"]+)"/.exec(match[0])?.[1];
    if (id !== undefined && target !== undefined) targets.set(id, target.replace(/^\/?(xl\/)?/, "xl/"));
  }
  const paths = new Map<string, string>();
  for (const match of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /name="([^"]+)"/.exec(match[0])?.[1];
    const id = /r:id="([^"]+)"/.exec(match[0])?.[1];
    const target = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && target !== undefined) paths.set(decodeXml(name), target);
  }
  return paths;
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Every `<c>` of a sheet XML with its formula and cached value (inline strings give their text as value). */
export function rawCells(sheetXml: string): RawCell[] {
  const cells: RawCell[] = [];
  for (const match of sheetXml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const attributes = match[1] ?? "";
    const body = match[2] ?? "";
    const address = /\br="([^"]+)"/.exec(attributes)?.[1] ?? "";
    const type = /\bt="([^"]+)"/.exec(attributes)?.[1] ?? null;
    const formula = /<f\b[^>]*>([\s\S]*?)<\/f>|<f\b[^>]*\/>/.exec(body);
    const value = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1] ?? /<t[^>]*>([\s\S]*?)<\/t>/.exec(body)?.[1] ?? null;
    cells.push({
      address,
      type,
      formula: formula === null ? null : decodeXml(formula[1] ?? ""),
      value: value === null ? null : decodeXml(value),
    });
  }
  return cells;
}
