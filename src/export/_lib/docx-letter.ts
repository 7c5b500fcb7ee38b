import { ExternalHyperlink, Paragraph, TextRun, type ParagraphChild, type Table } from "docx";
import type { Inline, RenderedLetter } from "../../core/letters/rendered-letter";
import { docxInvoiceTable } from "./docx-invoice-table";
import { STYLE } from "./docx-styles";
import { LINK_COLOUR } from "./letter-typography";

/** Text runs for lines separated by line breaks inside one paragraph. */
function lineRuns(lines: readonly string[]): TextRun[] {
  return lines.map((text, index) => (index === 0 ? new TextRun(text) : new TextRun({ text, break: 1 })));
}

/** A paragraph's pieces as Word runs; the pay-now link stays clickable. */
function inlineChildren(inlines: readonly Inline[]): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  let pendingBreak = false;
  for (const inline of inlines) {
    if (inline.kind === "break") {
      if (pendingBreak) children.push(new TextRun({ text: "", break: 1 }));
      pendingBreak = true;
      continue;
    }
    if (inline.kind === "link") {
      children.push(new ExternalHyperlink({
        link: inline.href,
        children: [new TextRun({ text: inline.text, color: LINK_COLOUR, underline: {}, ...(pendingBreak ? { break: 1 } : {}) })],
      }));
    } else {
      children.push(pendingBreak ? new TextRun({ text: inline.text, break: 1 }) : new TextRun(inline.text));
    }
    pendingBreak = false;
  }
  return children;
}

/**
 * One letter as Word blocks, in business-letter order: the letterhead on the right with a rule under it (address on
 * one line, contact details on the next), the recipient's address block, date and account reference, the subject
 * in bold, the body with its invoice table, and the sign-off with room for a signature. `first` is false for every
 * letter after the first, which then starts on a new page. All formatting comes from the Collect styles.
 *
 * @example docxLetter(letter, false)[0] //=> Paragraph (company name, page break before)
 */
export function docxLetter(letter: RenderedLetter, first: boolean): (Paragraph | Table)[] {
  const head = letter.letterhead;
  const details = [head.addressLines.join(", "), head.contactLines.join("  ·  ")].filter((line) => line !== "");
  const blocks: (Paragraph | Table)[] = [
    new Paragraph({ style: STYLE.companyName, ...(first ? {} : { pageBreakBefore: true }), children: [new TextRun(head.companyName)] }),
    new Paragraph({ style: STYLE.letterhead, children: lineRuns(details) }),
    new Paragraph({ style: STYLE.address, children: lineRuns(letter.recipientLines) }),
    new Paragraph({ style: STYLE.date, children: [new TextRun(letter.date)] }),
  ];
  if (letter.reference !== null) blocks.push(new Paragraph({ style: STYLE.reference, children: [new TextRun(letter.reference)] }));
  blocks.push(new Paragraph({ style: STYLE.subject, children: [new TextRun(letter.subject)] }));
  let afterTable = false;
  for (const block of letter.blocks) {
    if (block.kind === "invoice-table") {
      blocks.push(docxInvoiceTable(letter.table));
      afterTable = true;
    } else {
      // A paragraph after the table takes the gap as its own space before: no empty spacer line is spent.
      blocks.push(new Paragraph({ style: afterTable ? STYLE.afterTable : STYLE.body, children: inlineChildren(block.inlines) }));
      afterTable = false;
    }
  }
  const sign = letter.signOff;
  blocks.push(
    new Paragraph({ style: STYLE.closing, children: [new TextRun(sign.closing)] }),
    new Paragraph({ style: STYLE.signature, children: lineRuns([sign.name, sign.title, sign.company].filter((line): line is string => line !== null)) }),
  );
  return blocks;
}
