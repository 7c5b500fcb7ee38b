import { letterBodyText } from "../core/letters/letter-plain-text";
import { MERGE_FIELDS } from "../core/letters/merge-fields";
import type { InvoiceTable, Mailbox, RenderedLetter } from "../core/letters/rendered-letter";
import type { OwnedSheet } from "../workbook/owned-sheet";

/** The name of the sheet Collect writes the mail-merge source to. */
export const MERGE_SHEET_NAME = "Collect Merge";

/** Columns before the merge fields: who the letter is for and how it goes out. */
const LEAD_COLUMNS = ["customer_key", "template", "language", "stage", "subject", "email_to", "email_cc", "address_block"] as const;
/** Columns after the merge fields: the invoices one per line, and the whole letter as text. */
const TAIL_COLUMNS = ["invoice_list", "letter_text"] as const;

/** The Word mail-merge source: one column per merge field (plus the lead and tail columns), one row per letter. */
export interface MergeSource {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

const DETAIL_SEPARATOR = " · ";

/**
 * The invoices of a letter one per line for a mail-merge field, where a proportional font would ruin fixed
 * columns: "INV-10231 · Due 29 Sep 2026 · Balance £1,284.50 · Days overdue 62".
 *
 * @example invoiceListText(letter.table).split("\n")[0] //=> "INV-10231 · Due 29 Sep 2026 · Balance £1,284.50 · Days overdue 62"
 */
export function invoiceListText(table: InvoiceTable): string {
  const [, , dueHeader, , balanceHeader, daysHeader] = table.headers;
  return table.rows.map((row) => [
    row.invoiceNo,
    row.dueDate === "" ? null : `${dueHeader} ${row.dueDate}`,
    `${balanceHeader} ${row.balance}`,
    row.daysOverdue === "" ? null : `${daysHeader} ${row.daysOverdue}`,
  ].filter((part): part is string => part !== null).join(DETAIL_SEPARATOR)).join("\n");
}

function addresses(mailboxes: readonly Mailbox[] | undefined): string {
  return (mailboxes ?? []).map((mailbox) => mailbox.address).join("; ");
}

/**
 * The rows of the `Collect Merge` sheet and CSV: one per letter, one column per merge field, so the bookkeeper can
 * also use Word's own mail merge with their own letter design. Column names are the merge field names
 * (Word's merge fields allow letters, digits and "_" only).
 *
 * @example mergeSourceRows([letter]).columns.slice(0, 3) //=> ["customer_key", "template", "language"]
 */
export function mergeSourceRows(letters: readonly RenderedLetter[]): MergeSource {
  const columns = [...LEAD_COLUMNS, ...MERGE_FIELDS.map((field) => field.name), ...TAIL_COLUMNS];
  const rows = letters.map((letter) => [
    letter.customerKey,
    letter.templateId,
    letter.language,
    letter.stage.name,
    letter.subject,
    addresses(letter.email?.to),
    addresses(letter.email?.cc),
    letter.recipientLines.join("\n"),
    ...MERGE_FIELDS.map((field) => letter.mergeValues[field.name]),
    invoiceListText(letter.table),
    letterBodyText(letter),
  ]);
  return { columns, rows };
}

/** Column widths in characters: wide for the texts, narrow for codes. */
const WIDE_COLUMNS: ReadonlySet<string> = new Set(["subject", "address_block", "invoice_table", "invoice_list", "letter_text", "payment_instructions"]);

/**
 * The `Collect Merge` sheet: the merge source as an Excel Table, every column text ("@") so invoice numbers with
 * leading zeros and amounts stay exactly as the letters print them. The host writes strings as text, never as
 * formulas.
 *
 * @example mergeSheet(mergeSourceRows(letters)).name //=> "Collect Merge"
 */
export function mergeSheet(source: MergeSource): OwnedSheet {
  return {
    name: MERGE_SHEET_NAME,
    columns: source.columns.map((header) => ({ header, numberFormat: "@", width: WIDE_COLUMNS.has(header) ? 60 : 18 })),
    rows: source.rows,
    preamble: [
      ["Word mail merge source: one row per letter Collect prepared. In Word: Mailings › Select Recipients › Use an Existing List, choose this workbook and this sheet."],
      ["Regenerated on every run; edit the templates in Collect Letters, not here."],
    ],
  };
}
