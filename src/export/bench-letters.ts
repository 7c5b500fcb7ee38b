import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { syntheticLetterJobs } from "../core/letters/_lib/letter-job-factory";
import { defaultLetterTemplates } from "../core/letters/default-templates";
import { inlinesToText } from "../core/letters/letter-plain-text";
import { renderLetters } from "../core/letters/render-letter";
import type { RenderedLetter } from "../core/letters/rendered-letter";
import { writeLettersDocx } from "./write-letters-docx";

/** The figures `npm run bench` prints as `letters5000`. */
export interface LettersBench {
  readonly letters: number;
  /** Merge + layout + packing of the .docx, the whole Collect path, in milliseconds. */
  readonly collectMs: number;
  /** The docx library packing the same text (same paragraphs and tables, no styling, no merge), in milliseconds. */
  readonly docxBareMs: number;
  /** collectMs / docxBareMs; the goal is ≤ 2. */
  readonly ratio: number;
  readonly docxBytes: number;
}

export interface BenchLettersOptions {
  /** How many letters. @defaultvalue 5000 */
  readonly count?: number;
}

/** A letter's text in document order: paragraphs as their lines, the invoice table as rows of cells. */
type BareBlock = { readonly kind: "paragraph"; readonly lines: readonly string[] } | { readonly kind: "table"; readonly rows: readonly (readonly string[])[] };

/** The same blocks `docxLetter` writes for a letter, as plain text (prepared outside the timed part). */
function bareBlocks(letter: RenderedLetter): readonly BareBlock[] {
  const head = letter.letterhead;
  const table = letter.table;
  const tableRows = [
    [...table.headers],
    ...table.rows.map((row) => [row.invoiceNo, row.invoiceDate, row.dueDate, row.amount, row.balance, row.daysOverdue]),
    ...table.totals.map((total) => [total.label, total.amount, ""]),
  ];
  const blocks: BareBlock[] = [
    { kind: "paragraph", lines: [head.companyName] },
    { kind: "paragraph", lines: [head.addressLines.join(", "), head.contactLines.join(" · ")] },
    { kind: "paragraph", lines: letter.recipientLines },
    { kind: "paragraph", lines: [letter.date] },
    ...(letter.reference === null ? [] : [{ kind: "paragraph", lines: [letter.reference] } as const]),
    { kind: "paragraph", lines: [letter.subject] },
  ];
  for (const block of letter.blocks) {
    blocks.push(block.kind === "invoice-table" ? { kind: "table", rows: tableRows } : { kind: "paragraph", lines: inlinesToText(block.inlines).split("\n") });
  }
  blocks.push({ kind: "paragraph", lines: [letter.signOff.closing] }, { kind: "paragraph", lines: [letter.signOff.name ?? "", letter.signOff.title, letter.signOff.company] });
  return blocks;
}

async function packBare(letters: readonly (readonly BareBlock[])[]): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  for (const blocks of letters) {
    for (const block of blocks) {
      if (block.kind === "table") {
        children.push(new Table({ rows: block.rows.map((cells) => new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })) })) }));
      } else {
        children.push(new Paragraph({ children: block.lines.map((text, index) => new TextRun({ text, ...(index > 0 ? { break: 1 } : {}) })) }));
      }
    }
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

async function timeCollect(count: number): Promise<{ ms: number; bytes: number; letters: readonly RenderedLetter[] }> {
  const jobs = syntheticLetterJobs(count);
  const templates = defaultLetterTemplates();
  const start = performance.now();
  const letters = renderLetters(jobs, templates).value;
  const buffer = await writeLettersDocx(letters);
  return { ms: performance.now() - start, bytes: buffer.length, letters };
}

async function timeBare(letters: readonly RenderedLetter[]): Promise<number> {
  const text = letters.map(bareBlocks);
  const start = performance.now();
  await packBare(text);
  return performance.now() - start;
}

/**
 * Measures 5,000 letters through the full Collect path (merge, layout, .docx packing) against the docx library
 * packing the same text with no merge logic and no styling (one Document, the same paragraphs and tables). Both
 * run once on a small batch first so neither pays the JIT warm-up alone; each is then measured twice and the faster
 * run counts.
 *
 * @example await benchLetters5000({ count: 200 }) //=> { letters: 200, collectMs: …, docxBareMs: …, ratio: 1.2, docxBytes: … }
 */
export async function benchLetters5000(options: BenchLettersOptions = {}): Promise<LettersBench> {
  const count = options.count ?? 5000;
  const warm = await timeCollect(Math.min(count, 50));
  await timeBare(warm.letters);
  const runs = [await timeCollect(count), await timeCollect(count)];
  const collect = runs[0] !== undefined && runs[1] !== undefined && runs[1].ms < runs[0].ms ? runs[1] : runs[0];
  if (collect === undefined) throw new Error("benchLetters5000: no run");
  const docxBareMs = Math.min(await timeBare(collect.letters), await timeBare(collect.letters));
  return {
    letters: collect.letters.length,
    collectMs: Math.round(collect.ms),
    docxBareMs: Math.round(docxBareMs),
    ratio: Math.round((collect.ms / docxBareMs) * 100) / 100,
    docxBytes: collect.bytes,
  };
}
