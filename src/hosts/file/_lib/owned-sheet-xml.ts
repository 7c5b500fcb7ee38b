import type { CellValue } from "../../../workbook/grid";
import { blockAddress, columnLetters } from "../../_lib/a1";
import { AGE_BANDS, GENERAL_FORMAT, InvalidOwnedSheetError, type OwnedSheetLayout } from "../../_lib/owned-layout";
import { styleKeyOf, type CellStyleKey } from "./package-styles";
import { escapeXmlAttribute, escapeXmlText } from "./xml-text";

/*
 * SpreadsheetML for one Collect sheet, written straight from its layout: the same cells, formats, table, widths,
 * frozen header and age shading as `writeOwnedWorksheet` gives the ExcelJS workbook, with text as inline strings so
 * the user's shared-string table is left as it was.
 */

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
/** The namespace of relationship ids (`r:id`) in SpreadsheetML parts. */
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_DECLARATION = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
/** Character width of a column the sheet says nothing about (as `writeOwnedWorksheet` sets it). */
const DEFAULT_COLUMN_WIDTH_CHARS = 8.43;

/** An owned sheet to write: its layout, and per-cell number formats when it was rebuilt from cells read back. */
export interface OwnedSheetSource {
  readonly layout: OwnedSheetLayout;
  readonly tableName: string;
  /**
   * Number format of every cell, 0-based from A1 (a log with rows appended, rebuilt from what was read); replaces the
   * layout's column and preamble formats.
   */
  readonly cellFormats?: readonly (readonly string[])[];
}

/** The parts of one owned sheet. `tableXml` is null when the sheet is not a table. */
export interface OwnedSheetXml {
  readonly sheetXml: string;
  readonly tableXml: string | null;
}

/** Ids the package assigns: the table's unique id, the style index of each format, the dxf of each age band. */
export interface OwnedSheetIds {
  readonly tableId: number;
  readonly tableRelId: string;
  readonly xfIndex: ReadonlyMap<string, number>;
  readonly dxfIndex: ReadonlyMap<string, number>;
}

/** The number format a cell is written with, or null for none (mirrors `writeOwnedWorksheet`). */
function formatAt(source: OwnedSheetSource, row: number, column: number, value: CellValue): string | null {
  if (value === null) return null;
  const { layout, cellFormats } = source;
  if (cellFormats !== undefined) return cellFormats[row]?.[column] ?? null;
  if (row < layout.headerRow) return typeof value === "string" ? null : (layout.preambleFormats[row]?.[column] ?? null);
  if (row === layout.headerRow) return null;
  return layout.columnFormats[column] ?? null;
}

/** Every style the sheet's cells use, for `appendOwnedStyles`. */
export function stylesOf(source: OwnedSheetSource): CellStyleKey[] {
  const keys = new Map<string, CellStyleKey>();
  const add = (numberFormat: string | null, bold: boolean): void => {
    const format = numberFormat ?? GENERAL_FORMAT;
    keys.set(styleKeyOf(format, bold), { numberFormat: format, bold });
  };
  const { layout, cellFormats } = source;
  if (cellFormats !== undefined) {
    for (const row of cellFormats) for (const format of row) add(format, false);
  } else {
    for (const row of layout.preambleFormats) for (const format of row) add(format, false);
    for (const format of layout.columnFormats) add(format, false);
  }
  if (!layout.asTable) add(GENERAL_FORMAT, true);
  add(GENERAL_FORMAT, false);
  return [...keys.values()];
}

function cellXml(reference: string, value: CellValue, style: number, sheetName: string): string {
  const s = style === 0 ? "" : ` s="${style}"`;
  switch (typeof value) {
    case "number":
      if (!Number.isFinite(value)) throw new InvalidOwnedSheetError(`Cannot write ${value} to '${sheetName}'!${reference}: Excel stores only finite numbers.`);
      return `<c r="${reference}"${s}><v>${value}</v></c>`;
    case "string": {
      // Empty text is an empty cell, as Excel makes it when "" is written to a cell (Office.js, typing); its format stays.
      if (value === "") return style === 0 ? "" : `<c r="${reference}"${s}/>`;
      const space = /^\s|\s$/.test(value) ? ` xml:space="preserve"` : "";
      return `<c r="${reference}"${s} t="inlineStr"><is><t${space}>${escapeXmlText(value)}</t></is></c>`;
    }
    case "boolean":
      return `<c r="${reference}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
    default:
      return value === null ? "" : `<c r="${reference}"${s} t="e"><v>${escapeXmlText(value.error)}</v></c>`;
  }
}

/** All rows of the sheet (preamble, header, data; a table with no data gets its one empty row). */
function sheetRows(layout: OwnedSheetLayout): readonly (readonly CellValue[])[] {
  const data = layout.asTable && layout.rows.length === 0 ? [layout.headers.map(() => null)] : layout.rows;
  return [...layout.preamble, layout.headers, ...data];
}

/**
 * The worksheet (and table) XML of an owned sheet. Throws `InvalidOwnedSheetError` for a number Excel cannot store.
 *
 * @example ownedSheetXml(source, ids).tableXml //=> '<?xml …?><table … ref="A1:B3" …>…</table>'
 */
export function ownedSheetXml(source: OwnedSheetSource, ids: OwnedSheetIds): OwnedSheetXml {
  const { layout } = source;
  const rows = sheetRows(layout);
  const width = Math.max(layout.headers.length, ...layout.preamble.map((row) => row.length), 1);
  const letters = Array.from({ length: width }, (_, c) => columnLetters(c + 1));
  const styleOf = (format: string | null, bold: boolean): number => ids.xfIndex.get(styleKeyOf(format ?? GENERAL_FORMAT, bold)) ?? 0;
  const headerStyle = layout.asTable ? 0 : styleOf(GENERAL_FORMAT, true);
  const parts: string[] = [];
  for (let r = 0; r < rows.length; r += 1) {
    const row = rows[r] ?? [];
    const rowNumber = r + 1;
    let cells = "";
    for (let c = 0; c < row.length; c += 1) {
      const value = row[c] ?? null;
      if (value === null) continue;
      const style = r === layout.headerRow && source.cellFormats === undefined ? headerStyle : styleOf(formatAt(source, r, c, value), false);
      cells += cellXml(`${letters[c] ?? columnLetters(c + 1)}${rowNumber}`, value, style, layout.name);
    }
    if (cells !== "") parts.push(`<row r="${rowNumber}">${cells}</row>`);
  }
  const lastRow = Math.max(rows.length, 1);
  const dimension = blockAddress({ top: 1, left: 1, bottom: lastRow, right: width });
  const view = layout.freezeHeader
    ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${layout.headerRow + 1}" topLeftCell="A${layout.headerRow + 2}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A1" sqref="A1"/></sheetView></sheetViews>`
    : "";
  const cols = layout.columnWidths
    .map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w ?? DEFAULT_COLUMN_WIDTH_CHARS}" customWidth="1"/>`)
    .join("");
  const shading = layout.rows.length === 0 ? "" : ageShadingXml(layout, ids.dxfIndex);
  const table = layout.asTable ? tableXml(layout, source.tableName, rows.length, ids.tableId) : null;
  const sheetXml =
    `${XML_DECLARATION}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><dimension ref="${dimension}"/>${view}` +
    `<sheetFormatPr defaultRowHeight="15"/>${cols === "" ? "" : `<cols>${cols}</cols>`}<sheetData>${parts.join("")}</sheetData>${shading}` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `${table === null ? "" : `<tableParts count="1"><tablePart r:id="${ids.tableRelId}"/></tableParts>`}</worksheet>`;
  return { sheetXml, tableXml: table };
}

/** Conditional formats shading each age column by `AGE_BANDS`; priorities are unique in the sheet, as Excel expects. */
function ageShadingXml(layout: OwnedSheetLayout, dxfIndex: ReadonlyMap<string, number>): string {
  const first = layout.headerRow + 2;
  const last = layout.headerRow + 1 + layout.rows.length;
  return layout.ageColumns
    .map((c, k) => {
      const letter = columnLetters(c + 1);
      const rules = AGE_BANDS.map((band, b) => {
        const formulas = band.max === null ? `<formula>${band.min - 1}</formula>` : `<formula>${band.min}</formula><formula>${band.max}</formula>`;
        const operator = band.max === null ? "greaterThan" : "between";
        return `<cfRule type="cellIs" dxfId="${dxfIndex.get(band.fill) ?? 0}" priority="${k * AGE_BANDS.length + b + 1}" operator="${operator}">${formulas}</cfRule>`;
      }).join("");
      return `<conditionalFormatting sqref="${letter}${first}:${letter}${last}">${rules}</conditionalFormatting>`;
    })
    .join("");
}

function tableXml(layout: OwnedSheetLayout, tableName: string, rowCount: number, tableId: number): string {
  const ref = blockAddress({ top: layout.headerRow + 1, left: 1, bottom: rowCount, right: layout.headers.length });
  const name = escapeXmlAttribute(tableName);
  const columns = layout.headers.map((header, c) => `<tableColumn id="${c + 1}" name="${escapeXmlAttribute(header)}"/>`).join("");
  return (
    `${XML_DECLARATION}<table xmlns="${MAIN_NS}" id="${tableId}" name="${name}" displayName="${name}" ref="${ref}" headerRowCount="1" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${layout.headers.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${escapeXmlAttribute(layout.tableStyle)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}
