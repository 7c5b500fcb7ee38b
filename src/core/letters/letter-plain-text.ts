import type { Inline, InvoiceTable, RenderedLetter } from "./rendered-letter";

/**
 * A paragraph's pieces as plain text: a line break becomes "\n" and a link shows its address (a plain-text
 * reader cannot click a label).
 *
 * @example inlinesToText([{ kind: "text", text: "Pay at " }, { kind: "link", text: "our site", href: "https://pay.example" }])
 *   //=> "Pay at https://pay.example"
 */
export function inlinesToText(inlines: readonly Inline[]): string {
  let text = "";
  for (const inline of inlines) {
    if (inline.kind === "break") text += "\n";
    else if (inline.kind === "link") text += inline.href;
    else text += inline.text;
  }
  return text;
}

/** Right-aligned columns of the table (amounts and days); the first three read left to right. */
const RIGHT_ALIGNED = [false, false, false, true, true, true] as const;
const COLUMN_GAP = "  ";

/**
 * The invoice table as fixed-width text, for the plain-text e-mail and the mail-merge source: a header line,
 * a rule, one line per row, a rule and the totals right-aligned under the balance column.
 *
 * @example invoiceTableText(table).split("\n")[0] //=> "Invoice   Date         Due          Amount      Balance  Days overdue"
 */
export function invoiceTableText(table: InvoiceTable): string {
  const cells: string[][] = [
    [...table.headers],
    ...table.rows.map((row) => [row.invoiceNo, row.invoiceDate, row.dueDate, row.amount, row.balance, row.daysOverdue]),
  ];
  const widths = table.headers.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? "").length)));
  const line = (row: readonly string[]): string =>
    row.map((cell, column) => (RIGHT_ALIGNED[column] === true ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join(COLUMN_GAP).trimEnd();
  const rule = "-".repeat(widths.reduce((sum, width) => sum + width, 0) + COLUMN_GAP.length * (widths.length - 1));
  const balanceEnd = widths.slice(0, 5).reduce((sum, width) => sum + width, 0) + COLUMN_GAP.length * 4;
  const labelWidth = Math.max(0, ...table.totals.map((total) => total.label.length + 1));
  const amountWidth = Math.max(0, ...table.totals.map((total) => total.amount.length));
  const totals = table.totals.map((total) =>
    `${`${total.label}:`.padStart(labelWidth)}${COLUMN_GAP}${total.amount.padStart(amountWidth)}`.padStart(balanceEnd));
  return [line(cells[0] ?? []), rule, ...cells.slice(1).map(line), rule, ...totals].join("\n");
}

/**
 * The whole letter body as plain text: paragraphs separated by blank lines, the invoice table in place, then the
 * sign-off. What the text/plain part of the e-mail and the mail-merge `letter_text` column hold.
 *
 * @example letterBodyText(letter).startsWith("Dear Margaret Ellis,") //=> true
 */
export function letterBodyText(letter: RenderedLetter): string {
  const blocks = letter.blocks.map((block) => (block.kind === "invoice-table" ? invoiceTableText(letter.table) : inlinesToText(block.inlines)));
  const signature = [letter.signOff.closing, "", letter.signOff.name, letter.signOff.title, letter.signOff.company].filter((line): line is string => line !== null);
  return [...blocks, signature.join("\n")].join("\n\n");
}
