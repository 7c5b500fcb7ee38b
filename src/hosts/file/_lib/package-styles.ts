import { GENERAL_FORMAT } from "../../_lib/owned-layout";
import { decodeXmlText, escapeXmlAttribute } from "./xml-text";

/*
 * Adds the few cell formats Collect's sheets use to the user's own styles.xml, so the copy can keep every user part
 * byte for byte: new entries are appended (existing indices never move) and reused when an identical one is already
 * there, so a second run over Collect's output adds nothing.
 */

/** What a Collect cell asks of its style: a number format, and bold for a plain header. */
export interface CellStyleKey {
  readonly numberFormat: string;
  readonly bold: boolean;
}

/** The patched styles part and the indices of the requested formats. */
export interface PatchedStyles {
  readonly xml: string;
  /** `cellXfs` index of each requested style, by `styleKeyOf`; General and not bold is 0 (the workbook's Normal). */
  readonly xfIndex: ReadonlyMap<string, number>;
  /** `dxfs` index of each requested conditional-format fill (RRGGBB). */
  readonly dxfIndex: ReadonlyMap<string, number>;
}

/** The map key of a style request. */
export function styleKeyOf(numberFormat: string, bold: boolean): string {
  return `${bold ? "b" : "-"}${numberFormat}`;
}

/**
 * Excel's built-in number formats by code, as ExcelJS writes them (exceljs/lib/xlsx/defaultnumformats.js): a code
 * listed here is written as its id, any other as a custom format (id 164 and up, Excel's first custom id).
 */
const BUILT_IN_FORMAT_IDS: ReadonlyMap<string, number> = new Map([
  ["General", 0], ["0", 1], ["0.00", 2], ["#,##0", 3], ["#,##0.00", 4], ["0%", 9], ["0.00%", 10], ["0.00E+00", 11],
  ["# ?/?", 12], ["# ??/??", 13], ["mm-dd-yy", 14], ["d-mmm-yy", 15], ["d-mmm", 16], ["mmm-yy", 17], ["h:mm AM/PM", 18],
  ["h:mm:ss AM/PM", 19], ["h:mm", 20], ["h:mm:ss", 21], ['m/d/yy "h":mm', 22], ["#,##0 ;(#,##0)", 37],
  ["#,##0 ;[Red](#,##0)", 38], ["#,##0.00 ;(#,##0.00)", 39], ["#,##0.00 ;[Red](#,##0.00)", 40], ["mm:ss", 45],
  ["[h]:mm:ss", 46], ["mmss.0", 47], ["##0.0E+0", 48], ["@", 49],
]);

/** The first number format id Excel leaves to a workbook's own formats (ECMA-376 Part 1, 18.8.30). */
const FIRST_CUSTOM_NUMBER_FORMAT_ID = 164;

/** One collection element of styles.xml (`<fonts count="2">…</fonts>`), split into its children. */
interface Section {
  readonly start: number;
  readonly end: number;
  readonly children: string[];
}

function findSection(xml: string, tag: string, childTag: string): Section | null {
  const match = new RegExp(`<${tag}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${tag}>)`).exec(xml);
  if (match === null) return null;
  const body = match[1] ?? "";
  const children = [...body.matchAll(new RegExp(`<${childTag}\\b[^>]*?(?:/>|>[\\s\\S]*?</${childTag}>)`, "g"))].map((m) => m[0]);
  return { start: match.index, end: match.index + match[0].length, children };
}

function sectionXml(tag: string, children: readonly string[]): string {
  return children.length === 0 ? `<${tag} count="0"/>` : `<${tag} count="${children.length}">${children.join("")}</${tag}>`;
}

/** Replaces or inserts sections, applied from the end of the text so earlier offsets stay valid. */
function applyEdits(xml: string, edits: readonly { start: number; end: number; text: string }[]): string {
  let out = xml;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

function dxfXml(fill: string): string {
  return `<dxf><fill><patternFill patternType="solid"><bgColor rgb="FF${fill}"/></patternFill></fill></dxf>`;
}

/** The workbook's default font made bold: Excel puts `<b/>` first among a font's children. */
function boldFontXml(defaultFont: string | undefined): string {
  if (defaultFont === undefined || /^<font\b[^>]*\/>$/.test(defaultFont)) return "<font><b/></font>";
  return defaultFont.replace(/^<font\b[^>]*>/, (open) => `${open}<b/>`);
}

/**
 * Appends the requested cell styles and conditional-format fills to a styles.xml, reusing identical entries.
 * Returns null when the part lacks the `fonts` or `cellXfs` collection every valid styles part has (the caller then
 * writes the workbook another way rather than guess).
 *
 * @example appendOwnedStyles(stylesXml, [{ numberFormat: "@", bold: false }], []).xfIndex.get("-@") //=> e.g. 5
 */
export function appendOwnedStyles(xml: string, styles: readonly CellStyleKey[], fills: readonly string[]): PatchedStyles | null {
  const numFmts = findSection(xml, "numFmts", "numFmt");
  const fonts = findSection(xml, "fonts", "font");
  const cellXfs = findSection(xml, "cellXfs", "xf");
  const dxfs = findSection(xml, "dxfs", "dxf");
  if (fonts === null || cellXfs === null) return null;
  const numFmtChildren = numFmts?.children ?? [];
  const formatIds = new Map<string, number>();
  let nextFormatId = FIRST_CUSTOM_NUMBER_FORMAT_ID;
  for (const numFmt of numFmtChildren) {
    const id = Number(/\bnumFmtId="(\d+)"/.exec(numFmt)?.[1]);
    const code = /\bformatCode="([^"]*)"/.exec(numFmt)?.[1];
    if (!Number.isInteger(id)) continue;
    nextFormatId = Math.max(nextFormatId, id + 1);
    if (code !== undefined && !formatIds.has(decodeXmlText(code))) formatIds.set(decodeXmlText(code), id);
  }
  // Ids in use anywhere (dxfs and extension lists carry number formats of their own): a new one must clash with none.
  for (const match of xml.matchAll(/\bnumFmtId="(\d+)"/g)) {
    const id = Number(match[1]);
    if (id >= FIRST_CUSTOM_NUMBER_FORMAT_ID) nextFormatId = Math.max(nextFormatId, id + 1);
  }
  const formatIdOf = (code: string): number => {
    const known = BUILT_IN_FORMAT_IDS.get(code) ?? formatIds.get(code);
    if (known !== undefined) return known;
    const id = nextFormatId;
    nextFormatId += 1;
    numFmtChildren.push(`<numFmt numFmtId="${id}" formatCode="${escapeXmlAttribute(code)}"/>`);
    formatIds.set(code, id);
    return id;
  };
  let boldFontId: number | null = null;
  const boldFontIdOf = (): number => {
    if (boldFontId !== null) return boldFontId;
    const wanted = boldFontXml(fonts.children[0]);
    const existing = fonts.children.indexOf(wanted);
    boldFontId = existing >= 0 ? existing : fonts.children.push(wanted) - 1;
    return boldFontId;
  };
  const xfIndex = new Map<string, number>();
  for (const style of styles) {
    const key = styleKeyOf(style.numberFormat, style.bold);
    if (xfIndex.has(key)) continue;
    if (style.numberFormat === GENERAL_FORMAT && !style.bold) {
      xfIndex.set(key, 0);
      continue;
    }
    const fontAttributes = style.bold ? ` fontId="${boldFontIdOf()}"` : ` fontId="0"`;
    const applied = `${style.numberFormat === GENERAL_FORMAT ? "" : ` applyNumberFormat="1"`}${style.bold ? ` applyFont="1"` : ""}`;
    const xf = `<xf numFmtId="${formatIdOf(style.numberFormat)}"${fontAttributes} fillId="0" borderId="0" xfId="0"${applied}/>`;
    const existing = cellXfs.children.indexOf(xf);
    xfIndex.set(key, existing >= 0 ? existing : cellXfs.children.push(xf) - 1);
  }
  const dxfChildren = dxfs?.children ?? [];
  const dxfIndex = new Map<string, number>();
  for (const fill of fills) {
    const dxf = dxfXml(fill);
    const existing = dxfChildren.indexOf(dxf);
    dxfIndex.set(fill, existing >= 0 ? existing : dxfChildren.push(dxf) - 1);
  }
  const edits = [
    { start: fonts.start, end: fonts.end, text: sectionXml("fonts", fonts.children) },
    { start: cellXfs.start, end: cellXfs.end, text: sectionXml("cellXfs", cellXfs.children) },
  ];
  if (numFmts !== null) edits.push({ start: numFmts.start, end: numFmts.end, text: sectionXml("numFmts", numFmtChildren) });
  else if (numFmtChildren.length > 0) {
    // numFmts is the first child of styleSheet.
    const open = /<styleSheet\b[^>]*>/.exec(xml);
    if (open === null) return null;
    const at = open.index + open[0].length;
    edits.push({ start: at, end: at, text: sectionXml("numFmts", numFmtChildren) });
  }
  if (dxfs !== null) edits.push({ start: dxfs.start, end: dxfs.end, text: sectionXml("dxfs", dxfChildren) });
  else if (dxfChildren.length > 0) {
    // dxfs follows cellStyles and precedes tableStyles, colors and extLst (ECMA-376 Part 1, 18.8.39).
    const after = findSection(xml, "cellStyles", "cellStyle")?.end ?? cellXfs.end;
    const before = /<tableStyles\b|<colors\b|<extLst\b|<\/styleSheet>/.exec(xml.slice(after));
    if (before === null) return null;
    const at = after + before.index;
    edits.push({ start: at, end: at, text: sectionXml("dxfs", dxfChildren) });
  }
  return { xml: applyEdits(xml, edits), xfIndex, dxfIndex };
}
