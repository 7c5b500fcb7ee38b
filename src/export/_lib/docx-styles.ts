/**
 * The named paragraph styles of Collect's letters. Formatting lives in styles, defined once per document, rather than
 * on each paragraph and run: the file is smaller, a bookkeeper can restyle every letter at once in Word's Styles
 * pane, and packing 5,000 letters costs little more than packing their bare text (the bench's ratio).
 */
import { AlignmentType, BorderStyle, type IParagraphStyleOptions } from "docx";
import {
  ACCENT_COLOUR, BLOCK_GAP_TWIPS, COMPANY_NAME_SIZE, MUTED_COLOUR, PARAGRAPH_AFTER_TWIPS, RULE_COLOUR, RULE_SIZE, SIGNATURE_GAP_TWIPS,
  SMALL_SIZE, BODY_SIZE, BODY_LINE_TWIPS,
} from "./letter-typography";

/** Style ids, as Word shows them (Word matches ids without spaces). */
export const STYLE = {
  body: "CollectBody",
  companyName: "CollectCompanyName",
  letterhead: "CollectLetterhead",
  address: "CollectAddress",
  date: "CollectDate",
  reference: "CollectReference",
  subject: "CollectSubject",
  afterTable: "CollectAfterTable",
  closing: "CollectClosing",
  signature: "CollectSignature",
  cellRight: "CollectCellRight",
  head: "CollectHead",
  headRight: "CollectHeadRight",
  total: "CollectTotal",
  totalStrong: "CollectTotalStrong",
  footer: "CollectFooter",
} as const;

const NORMAL = "Normal";

function style(id: string, name: string, options: Omit<IParagraphStyleOptions, "id" | "name">, basedOn: string = STYLE.body): IParagraphStyleOptions {
  // Enter at the end of any letter paragraph continues in body text, so words a bookkeeper adds in Word match.
  return { id, name, basedOn, next: STYLE.body, quickFormat: true, ...options };
}

/** Every paragraph style a letter uses. */
export const LETTER_PARAGRAPH_STYLES: readonly IParagraphStyleOptions[] = [
  // Normal is the compact table text (10 pt, no space after) because table cells are most of a letter's paragraphs;
  // body text has its own style. Cells then need no style reference of their own (see the bench in bench-letters.ts).
  style(STYLE.body, "Collect Body", { paragraph: { spacing: { after: PARAGRAPH_AFTER_TWIPS, line: BODY_LINE_TWIPS } }, run: { size: BODY_SIZE } }, NORMAL),
  style(STYLE.companyName, "Collect Company Name", { paragraph: { alignment: AlignmentType.RIGHT, spacing: { after: 40 } }, run: { bold: true, size: COMPANY_NAME_SIZE, color: ACCENT_COLOUR } }),
  style(STYLE.letterhead, "Collect Letterhead", {
    paragraph: { alignment: AlignmentType.RIGHT, spacing: { after: 0 }, border: { bottom: { style: BorderStyle.SINGLE, size: RULE_SIZE, color: RULE_COLOUR, space: 6 } } },
    run: { size: SMALL_SIZE, color: MUTED_COLOUR },
  }),
  style(STYLE.address, "Collect Address", { paragraph: { spacing: { before: BLOCK_GAP_TWIPS, after: BLOCK_GAP_TWIPS } } }),
  style(STYLE.date, "Collect Date", { paragraph: { spacing: { after: 0 } } }),
  style(STYLE.reference, "Collect Reference", { paragraph: { spacing: { after: 0 } }, run: { color: MUTED_COLOUR } }),
  style(STYLE.subject, "Collect Subject", { paragraph: { spacing: { before: BLOCK_GAP_TWIPS, after: PARAGRAPH_AFTER_TWIPS * 1.5 }, keepNext: true }, run: { bold: true } }),
  style(STYLE.afterTable, "Collect After Table", { paragraph: { spacing: { before: PARAGRAPH_AFTER_TWIPS * 1.5 } } }),
  style(STYLE.closing, "Collect Closing", { paragraph: { spacing: { before: PARAGRAPH_AFTER_TWIPS, after: 0 }, keepNext: true, keepLines: true } }),
  style(STYLE.signature, "Collect Signature", { paragraph: { spacing: { before: SIGNATURE_GAP_TWIPS, after: 0 }, keepLines: true } }),
  style(STYLE.cellRight, "Collect Table Amount", { paragraph: { alignment: AlignmentType.RIGHT } }, NORMAL),
  style(STYLE.head, "Collect Table Heading", { run: { bold: true } }, NORMAL),
  style(STYLE.headRight, "Collect Table Heading Amount", { paragraph: { alignment: AlignmentType.RIGHT } }, STYLE.head),
  style(STYLE.total, "Collect Table Total", {}, STYLE.cellRight),
  style(STYLE.totalStrong, "Collect Table Total Strong", { run: { bold: true } }, STYLE.cellRight),
  style(STYLE.footer, "Collect Footer", { paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } }, run: { size: SMALL_SIZE - 2, color: MUTED_COLOUR } }),
];
