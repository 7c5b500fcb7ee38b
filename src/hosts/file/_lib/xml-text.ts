/*
 * Text in SpreadsheetML parts. XML 1.0 cannot hold most control characters, so Excel writes them as `_xHHHH_`
 * (ECMA-376 Part 1, 22.9.2.19 ST_Xstring); a literal "_x0041_" in a cell must then be written "_x005F_x0041_"
 * or Excel would read it back as "A".
 */

// Matching control characters is the point: XML 1.0 cannot carry them.
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/;
// eslint-disable-next-line no-control-regex
const ESCAPES = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;

function escapeOne(char: string): string {
  switch (char) {
    case "&":
      return "&amp;";
    case "<":
      return "&lt;";
    case ">":
      return "&gt;";
    case '"':
      return "&quot;";
    case "_":
      return "_x005F_";
    default:
      // Control characters (and U+FFFE/U+FFFF, which XML 1.0 does not allow either) are dropped, as ExcelJS drops them (exceljs/lib/utils/utils.js xmlEncode), so both ways
      // of writing a Collect sheet read back alike.
      return "";
  }
}

/**
 * Cell or attribute text escaped for XML, control characters dropped and literal `_xHHHH_` protected.
 *
 * @example escapeXmlText('A & "B" _x0041_') //=> 'A &amp; &quot;B&quot; _x005F_x0041_'
 */
export function escapeXmlText(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(ESCAPES, escapeOne) : text;
}

/**
 * Attribute text (a sheet or table column name, a number format code): as cell text, and line breaks and tabs as
 * `_xHHHH_`, since an XML parser turns them into spaces in an attribute (Excel writes a table column "Open\nAmount"
 * as name="Open_x000a_Amount").
 *
 * @example escapeXmlAttribute("Open\nAmount") //=> "Open_x000a_Amount"
 */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text).replace(/[\t\n\r]/g, (char) => `_x${char.charCodeAt(0).toString(16).padStart(4, "0")}_`);
}

/** The text of an XML attribute value or text node with its five predefined and numeric entities decoded. */
export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9A-Fa-f]+|#\d+|lt|gt|amp|quot|apos);/g, (_match, entity: string) => {
    switch (entity) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "amp":
        return "&";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default:
        return String.fromCodePoint(entity.startsWith("#x") ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
    }
  });
}
