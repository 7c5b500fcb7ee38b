import { Document, Footer, Packer, Paragraph, TextRun, type Table } from "docx";
import type { RenderedLetter } from "../core/letters/rendered-letter";
import { docxLetter } from "./_lib/docx-letter";
import { LETTER_PARAGRAPH_STYLES, STYLE } from "./_lib/docx-styles";
import {
  FONT, FOOTER_MARGIN_TWIPS, MARGIN_TWIPS, PAGE_HEIGHT_TWIPS, PAGE_WIDTH_TWIPS, TABLE_SIZE,
} from "./_lib/letter-typography";

/** Thrown when asked for a Word file with no letter in it: the caller checks for letters first. */
export class NoLettersError extends Error {
  override readonly name = "NoLettersError";
  constructor() {
    super("writeLettersDocx needs at least one letter (got 0).");
  }
}

export interface WriteLettersDocxOptions {
  /** Document title in the file's properties. @defaultvalue "Collect letters" */
  readonly title?: string;
}

/**
 * All letters of a run in ONE Word file, one letter per page (each letter after the first starts on a new
 * page), for the bookkeeper to print, sign and post in one go. The footer carries the company's registration
 * line (Companies Act letterhead details) when the company block gives one.
 *
 * @param letters - rendered letters, in the order to print
 * @returns the .docx file's bytes
 * @example await writeLettersDocx([letter]) //=> <Buffer 50 4b 03 04 …> (a zip: word/document.xml inside)
 */
export async function writeLettersDocx(letters: readonly RenderedLetter[], options: WriteLettersDocxOptions = {}): Promise<Buffer> {
  return Packer.toBuffer(lettersDocument(letters, options));
}

/**
 * The same Word file as `writeLettersDocx`, as plain bytes that need no Node `Buffer`: the task pane runs in a
 * browser (Excel's web view), where the docx library packs through JSZip's `uint8array` output.
 *
 * @returns the .docx file's bytes
 * @example (await writeLettersDocxBytes([letter])).slice(0, 2) //=> Uint8Array [0x50, 0x4b] ("PK", a zip)
 */
export async function writeLettersDocxBytes(letters: readonly RenderedLetter[], options: WriteLettersDocxOptions = {}): Promise<Uint8Array> {
  return Packer.pack(lettersDocument(letters, options), "uint8array");
}

function lettersDocument(letters: readonly RenderedLetter[], options: WriteLettersDocxOptions): Document {
  const first = letters[0];
  if (first === undefined) throw new NoLettersError();
  const children: (Paragraph | Table)[] = [];
  letters.forEach((letter, index) => {
    children.push(...docxLetter(letter, index === 0));
  });
  const footerText = first.letterhead.footer;
  return new Document({
    title: options.title ?? "Collect letters",
    creator: "Collect",
    styles: {
      default: {
        document: {
          // Normal is the table text; body paragraphs use the Collect Body style (see docx-styles.ts).
          run: { font: FONT, size: TABLE_SIZE },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
      paragraphStyles: LETTER_PARAGRAPH_STYLES,
    },
    sections: [{
      properties: {
        page: {
          size: { width: PAGE_WIDTH_TWIPS, height: PAGE_HEIGHT_TWIPS },
          margin: { top: MARGIN_TWIPS, right: MARGIN_TWIPS, bottom: MARGIN_TWIPS, left: MARGIN_TWIPS, footer: FOOTER_MARGIN_TWIPS },
        },
      },
      ...(footerText === null ? {} : {
        footers: {
          default: new Footer({
            children: [new Paragraph({ style: STYLE.footer, children: [new TextRun(footerText)] })],
          }),
        },
      }),
      children,
    }],
  });
}
