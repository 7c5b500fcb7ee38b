/**
 * Reads a .docx back the way a consumer does: unzip it (jszip, which docx and exceljs use too) and take
 * word/document.xml apart into text, so tests check what Word will show rather than how the file was built.
 */
import JSZip from "jszip";

/** The raw XML of the main document part. */
export async function documentXml(docx: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  const part = zip.file("word/document.xml");
  if (part === null) throw new Error("The .docx has no word/document.xml");
  return part.async("string");
}

const XML_ENTITIES: Readonly<Record<string, string>> = { "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&apos;": "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos);/g, (entity) => XML_ENTITIES[entity] ?? entity);
}

function paragraphText(xml: string): string {
  let text = "";
  for (const match of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>/g)) {
    if (match[0] === "<w:br/>") text += "\n";
    else if (match[0] === "<w:tab/>") text += "\t";
    else text += unescapeXml(match[1] ?? "");
  }
  return text;
}

/**
 * The document's text, one line per paragraph, table rows as ` | `-joined cells, and a `=== page break ===` line
 * where a paragraph starts a new page. What the `*.docx.txt` golden files hold.
 */
export function documentText(xml: string): string {
  const body = xml.slice(xml.indexOf("<w:body>"), xml.lastIndexOf("</w:body>"));
  const lines: string[] = [];
  for (const block of body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>|<w:p\/>/g)) {
    const xmlBlock = block[0];
    if (xmlBlock.startsWith("<w:tbl>")) {
      for (const row of xmlBlock.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)) {
        const cells = [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => paragraphText(cell[0]));
        lines.push(`| ${cells.join(" | ")} |`);
      }
    } else {
      if (xmlBlock.includes("<w:pageBreakBefore/>")) lines.push("=== page break ===");
      lines.push(paragraphText(xmlBlock));
    }
  }
  return `${lines.join("\n")}\n`;
}

/** The text of a .docx (see `documentText`). */
export async function docxText(docx: Buffer): Promise<string> {
  return documentText(await documentXml(docx));
}
