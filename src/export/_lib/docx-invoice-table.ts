import { BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type IBorderOptions } from "docx";
import type { InvoiceTable, InvoiceTableTotal } from "../../core/letters/rendered-letter";
import { STYLE } from "./docx-styles";
import {
  CELL_MARGIN_HORIZONTAL_TWIPS, CELL_MARGIN_VERTICAL_TWIPS, HEADER_FILL_COLOUR, RULE_COLOUR, RULE_SIZE, TABLE_COLUMN_WIDTHS_TWIPS, TEXT_WIDTH_TWIPS,
} from "./letter-typography";

const RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: RULE_SIZE, color: RULE_COLOUR };
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: "auto" };
const STRONG_RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: RULE_SIZE * 2, color: RULE_COLOUR };

/** Amount, Balance and Days overdue read right-aligned so the digits line up. */
const FIRST_RIGHT_ALIGNED_COLUMN = 3;
/** Totals put their label across the first four columns and the amount under Balance. */
const TOTAL_LABEL_SPAN = 4;

function cell(text: string, style: string | null, extra: { span?: number; shaded?: boolean; topRule?: boolean } = {}): TableCell {
  return new TableCell({
    ...(extra.span === undefined ? {} : { columnSpan: extra.span }),
    ...(extra.shaded === true ? { shading: { fill: HEADER_FILL_COLOUR, type: ShadingType.CLEAR, color: "auto" } } : {}),
    ...(extra.topRule === true ? { borders: { top: STRONG_RULE } } : {}),
    children: [new Paragraph(style === null ? { children: [new TextRun(text)] } : { style, children: [new TextRun(text)] })],
  });
}

/** A totals row: the label across four columns, the amount under Balance; the first total has a stronger rule above. */
function totalRow(total: InvoiceTableTotal, first: boolean): TableRow {
  const style = total.emphasis ? STYLE.totalStrong : STYLE.total;
  return new TableRow({
    children: [cell(total.label, style, { span: TOTAL_LABEL_SPAN, topRule: first }), cell(total.amount, style, { topRule: first }), cell("", null, { topRule: first })],
  });
}

/**
 * The invoice table of a letter as a Word table: a shaded header row that repeats on a new page, one row per
 * invoice or credit, then the totals, the last one bold. Only horizontal rules, light grey, as printed statements
 * use; rows never split across pages. Text formatting comes from the Collect table styles; padding is set once for
 * the whole table.
 *
 * @example docxInvoiceTable(letter.table) //=> Table (6 columns, 1 + rows + totals rows)
 */
export function docxInvoiceTable(table: InvoiceTable): Table {
  const alignedStyle = (column: number, left: string | null, right: string): string | null => (column >= FIRST_RIGHT_ALIGNED_COLUMN ? right : left);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.headers.map((text, column) => cell(text, alignedStyle(column, STYLE.head, STYLE.headRight), { shaded: true })),
  });
  // Body rows are one line high, so they cannot split across pages and need no row properties.
  const rows = table.rows.map((row) => new TableRow({
    children: [row.invoiceNo, row.invoiceDate, row.dueDate, row.amount, row.balance, row.daysOverdue]
      .map((text, column) => cell(text, alignedStyle(column, null, STYLE.cellRight))),
  }));
  const totals = table.totals.map((total, index) => totalRow(total, index === 0));
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: [...TABLE_COLUMN_WIDTHS_TWIPS],
    layout: TableLayoutType.FIXED,
    margins: { top: CELL_MARGIN_VERTICAL_TWIPS, bottom: CELL_MARGIN_VERTICAL_TWIPS, left: CELL_MARGIN_HORIZONTAL_TWIPS, right: CELL_MARGIN_HORIZONTAL_TWIPS },
    borders: { top: RULE, bottom: RULE, insideHorizontal: RULE, left: NONE, right: NONE, insideVertical: NONE },
    rows: [header, ...rows, ...totals],
  });
}
