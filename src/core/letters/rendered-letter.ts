/**
 * The output of the merge: a letter with every value formatted and every merge field replaced, in a shape each
 * writer (Word, e-mail, mail-merge source) can lay out without knowing any merge rule.
 */
import type { IsoDate } from "../dates/iso-date";
import type { Cents } from "../money/cents";
import type { Tone } from "../policy/policy";
import type { CellAddress } from "../types/issue";
import type { LetterStage } from "./letter-job";
import type { MergeFieldName } from "./merge-fields";

/** A piece of a paragraph: text, a web link (the pay-now link) or a line break inside the paragraph. */
export type Inline =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "link"; readonly text: string; readonly href: string }
  | { readonly kind: "break" };

/** A block of the letter body: a paragraph, or the place where the invoice table goes. */
export type LetterBlock =
  | { readonly kind: "paragraph"; readonly inlines: readonly Inline[] }
  | { readonly kind: "invoice-table" };

/** One formatted row of the invoice table, in the column order of `InvoiceTable.headers`. */
export interface InvoiceTableRow {
  readonly invoiceNo: string;
  readonly kind: "invoice" | "credit-memo";
  readonly invoiceDate: string;
  readonly dueDate: string;
  readonly amount: string;
  readonly balance: string;
  readonly daysOverdue: string;
}

/** A labelled total under the table ("Total due", "Late payment compensation"). */
export interface InvoiceTableTotal {
  readonly label: string;
  readonly amount: string;
  readonly amountCents: Cents;
  /** The last, bold total (what to pay now). */
  readonly emphasis: boolean;
}

/** The invoice table, ready to print: localised headers, formatted rows and totals. */
export interface InvoiceTable {
  /** Invoice, Date, Due, Amount, Balance, Days overdue (in the letter's language). */
  readonly headers: readonly [string, string, string, string, string, string];
  readonly rows: readonly InvoiceTableRow[];
  readonly totals: readonly InvoiceTableTotal[];
}

/** A mailbox of an e-mail header: an address and an optional display name (clean text, not yet encoded). */
export interface Mailbox {
  readonly name: string | null;
  readonly address: string;
}

/** Recipients of the e-mail draft; null on a letter that has no usable e-mail address. */
export interface LetterEmail {
  readonly from: Mailbox | null;
  readonly to: readonly Mailbox[];
  readonly cc: readonly Mailbox[];
  readonly bcc: readonly Mailbox[];
}

/** The closing of the letter. */
export interface SignOff {
  /** "Yours sincerely," / "Yours faithfully," / "Mit freundlichen Grüßen" */
  readonly closing: string;
  readonly name: string | null;
  readonly title: string;
  readonly company: string;
}

/** The sender's letterhead and footer lines. */
export interface Letterhead {
  readonly companyName: string;
  readonly addressLines: readonly string[];
  /** Phone, e-mail and website, each labelled ("Tel. 023 8049 6000"). */
  readonly contactLines: readonly string[];
  /** "Company no. 08123456 · VAT no. GB 123 4567 89"; null when neither is known. */
  readonly footer: string | null;
}

/** One merged letter. */
export interface RenderedLetter {
  readonly customerKey: string;
  readonly customerName: string;
  /** The language the template used is written in ("en", "de"). */
  readonly language: string;
  /** The Intl locale amounts and dates are formatted in ("en-GB", "de-DE"). */
  readonly locale: string;
  readonly templateId: string;
  readonly stage: LetterStage;
  readonly tone: Tone;
  readonly asOf: IsoDate;
  /** The letter's date, written out ("30 November 2026"). */
  readonly date: string;
  readonly letterhead: Letterhead;
  /** Address block lines: contact person, customer name, address lines. */
  readonly recipientLines: readonly string[];
  /** "Account: C001" in the letter's language; null without an account number. */
  readonly reference: string | null;
  readonly subject: string;
  readonly blocks: readonly LetterBlock[];
  readonly table: InvoiceTable;
  readonly signOff: SignOff;
  readonly email: LetterEmail | null;
  /** Every merge field's value as plain text (the mail-merge source row). */
  readonly mergeValues: Readonly<Record<MergeFieldName, string>>;
  readonly source: CellAddress | null;
}
