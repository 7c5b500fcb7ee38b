/**
 * The look of Collect's printed letters, in one place. Sizes follow common UK business-letter practice: A4,
 * 2.5 cm margins, an 11 pt sans-serif body (Calibri, which LibreOffice replaces with the metric-compatible
 * Carlito), a quiet letterhead and light table rules. Word measures in twips (1/20 pt) and half-points.
 */
import { convertMillimetersToTwip } from "docx";

/** A4 in twips as Word writes it (210 × 297 mm rounded: 11906 × 16838). */
export const PAGE_WIDTH_TWIPS = 11906;
export const PAGE_HEIGHT_TWIPS = 16838;
export const MARGIN_TWIPS = convertMillimetersToTwip(25);
/** Footer distance from the page edge. */
export const FOOTER_MARGIN_TWIPS = convertMillimetersToTwip(12);
/** The width text and tables may use. */
export const TEXT_WIDTH_TWIPS = PAGE_WIDTH_TWIPS - 2 * MARGIN_TWIPS;

export const FONT = "Calibri";
/** Font sizes in half-points. */
export const BODY_SIZE = 22;
export const SMALL_SIZE = 18;
export const FOOTER_SIZE = 16;
export const COMPANY_NAME_SIZE = 32;
export const TABLE_SIZE = 20;

/** Colours as Word's hex RGB: a dark navy for the company name, mid grey for secondary text, light rules. */
export const ACCENT_COLOUR = "1F3864";
export const MUTED_COLOUR = "595959";
export const RULE_COLOUR = "BFBFBF";
export const HEADER_FILL_COLOUR = "F2F2F2";
export const LINK_COLOUR = "0563C1";

/** Border width in eighths of a point: ½ pt rules. */
export const RULE_SIZE = 4;

/** Space after a body paragraph (8 pt), and the larger gaps of the letter layout, in twips. */
export const PARAGRAPH_AFTER_TWIPS = 160;
export const BLOCK_GAP_TWIPS = 360;
/** Room above the signer's name for a handwritten signature (about 1.1 cm). */
export const SIGNATURE_GAP_TWIPS = 620;
/** Line spacing of body text: 1.08 lines (Word's default 259/240). */
export const BODY_LINE_TWIPS = 259;

/** Invoice table column widths (Invoice, Date, Due, Amount, Balance, Days overdue), summing to the text width. */
export const TABLE_COLUMN_WIDTHS_TWIPS: readonly number[] = (() => {
  const shares = [0.19, 0.14, 0.14, 0.16, 0.16, 0.21];
  const widths = shares.map((share) => Math.floor(TEXT_WIDTH_TWIPS * share));
  const rest = TEXT_WIDTH_TWIPS - widths.reduce((sum, width) => sum + width, 0);
  return widths.map((width, index) => (index === 0 ? width + rest : width));
})();

/** Cell padding in twips. */
export const CELL_MARGIN_VERTICAL_TWIPS = 30;
export const CELL_MARGIN_HORIZONTAL_TWIPS = 70;
