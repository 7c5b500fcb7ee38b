import { decodeXmlText, escapeXmlText } from "./xml-text";

/*
 * docProps/app.xml lists the workbook's sheet names (TitlesOfParts), grouped under headings with a count each
 * (HeadingPairs: "Worksheets" 5, "Named Ranges" 1 …; the heading text is in the language of the Excel that saved
 * it). Excel rewrites both on save and reads neither, but a copy should not contradict its own workbook.xml.
 */

/** The extended-properties relationship of the package root (ECMA-376 Part 1, 15.2.12.3). */
export const EXTENDED_PROPERTIES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties";

/**
 * app.xml with `added` sheet names listed after the worksheet names, or null when its lists are not the plain shape
 * Excel writes or its worksheet group is not exactly `worksheets` (the caller then leaves the part as it was).
 *
 * @example listAddedSheets(appXml, ["Invoices"], ["Collect Log"]) //=> '…<vt:i4>2</vt:i4>…<vt:lpstr>Collect Log</vt:lpstr>…'
 */
export function listAddedSheets(appXml: string, worksheets: readonly string[], added: readonly string[]): string | null {
  if (added.length === 0) return appXml;
  const headings = /<HeadingPairs>\s*<vt:vector size="(\d+)" baseType="variant">([\s\S]*?)<\/vt:vector>\s*<\/HeadingPairs>/.exec(appXml);
  const titles = /<TitlesOfParts>\s*<vt:vector size="(\d+)" baseType="lpstr">([\s\S]*?)<\/vt:vector>\s*<\/TitlesOfParts>/.exec(appXml);
  if (headings === null || titles === null) return null;
  const counts = [...(headings[2] ?? "").matchAll(/<vt:variant>\s*<vt:lpstr>[^<]*<\/vt:lpstr>\s*<\/vt:variant>\s*<vt:variant>\s*<vt:i4>(\d+)<\/vt:i4>\s*<\/vt:variant>/g)];
  const names = [...(titles[2] ?? "").matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)].map((match) => decodeXmlText(match[1] ?? ""));
  if (Number(titles[1]) !== names.length || counts.reduce((sum, match) => sum + Number(match[1]), 0) !== names.length) return null;
  let start = 0;
  for (const count of counts) {
    const size = Number(count[1]);
    const group = names.slice(start, start + size);
    if (group.length === worksheets.length && group.every((name, i) => name === worksheets[i])) {
      const listed = [...names.slice(0, start + size), ...added, ...names.slice(start + size)];
      const vector = `<vt:vector size="${listed.length}" baseType="lpstr">${listed.map((name) => `<vt:lpstr>${escapeXmlText(name)}</vt:lpstr>`).join("")}</vt:vector>`;
      const countAt = (headings.index ?? 0) + headings[0].indexOf(headings[2] ?? "") + (count.index ?? 0);
      const recounted = `${appXml.slice(0, countAt)}${count[0].replace(/<vt:i4>\d+<\/vt:i4>/, `<vt:i4>${size + added.length}</vt:i4>`)}${appXml.slice(countAt + count[0].length)}`;
      return recounted.replace(/(<TitlesOfParts>\s*)<vt:vector size="\d+" baseType="lpstr">[\s\S]*?<\/vt:vector>/, (_match, open: string) => `${open}${vector}`);
    }
    start += size;
  }
  return null;
}
