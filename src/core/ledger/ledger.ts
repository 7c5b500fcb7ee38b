import type { IsoDate } from "../dates/iso-date";
import type { DateSystem } from "../excel/serial";
import type { Cents } from "../money/cents";
import type { CellAddress, Issue } from "../types/issue";

/**
 * The bookkeeper's receivables as Collect understands them, read from their own sheets.
 * Every row of theirs is either here, counted as a title/subtotal/blank row in `sheets`, or an `Issue`.
 */
export interface Ledger {
  readonly dateSystem: DateSystem;
  readonly invoices: readonly Invoice[];
  readonly payments: readonly Payment[];
  readonly customers: readonly Customer[];
  readonly contacts: readonly ContactLogEntry[];
  readonly sheets: readonly SheetReport[];
  readonly issues: readonly Issue[];
}

/** An ISO 4217 currency code such as "USD", or null when the workbook does not say. */
export type CurrencyCode = string;

/** Invoices and credit memos share one shape; a credit memo has a negative amount. */
export type DocumentKind = "invoice" | "credit-memo";

export interface Invoice {
  /** Invoice number as text (leading zeros kept: "0000611365"). */
  readonly invoiceNo: string;
  /** The key customers are grouped by: the customer id when the sheet has one, else the normalised name. */
  readonly customerKey: string;
  readonly customerName: string;
  readonly kind: DocumentKind;
  readonly invoiceDate: IsoDate | null;
  /** Due date as written, or computed from the invoice date and terms; null when neither is known. */
  readonly dueDate: IsoDate | null;
  /** Payment terms as written ("Net 30", "NAA8"), or null. */
  readonly terms: string | null;
  /** Original amount in cents (negative for a credit memo). */
  readonly amountCents: Cents;
  /** Open balance in cents as the sheet states it, or derived from the amount and payments. */
  readonly openCents: Cents;
  readonly currency: CurrencyCode | null;
  /** Status text as written ("Overdue", "Paid"), or null. */
  readonly status: string | null;
  readonly disputed: boolean;
  /** The day the invoice was settled in full, when the sheet records it. */
  readonly paidDate: IsoDate | null;
  /** The stop switch: the bookkeeper marked this invoice on hold. */
  readonly onHold: boolean;
  readonly notes: string | null;
  /** How the invoice was sent ("Paper", "Electronic", "E-mail"), when the sheet has such a column; absent: unknown. */
  readonly billingChannel?: string | null;
  /** The first cell of the row this invoice was read from. */
  readonly source: CellAddress;
}

export interface Payment {
  readonly customerKey: string;
  /** The invoice the payment is applied to, when the sheet says; null for unapplied payments. */
  readonly invoiceNo: string | null;
  readonly date: IsoDate;
  readonly amountCents: Cents;
  readonly currency: CurrencyCode | null;
  readonly source: CellAddress;
}

export interface Customer {
  readonly key: string;
  readonly id: string | null;
  readonly name: string;
  readonly contactPerson: string | null;
  readonly email: string | null;
  readonly phone: string | null;
  readonly address: string | null;
  /** Segment fields the policy can choose a scenario by. */
  readonly segment: string | null;
  readonly industryCode: string | null;
  readonly creditLimitCents: Cents | null;
  readonly terms: string | null;
  /** Letter language as a BCP 47 tag ("en", "de"), or null for the default. */
  readonly language: string | null;
  readonly collector: string | null;
  readonly onHold: boolean;
  readonly source: CellAddress | null;
}

export type ContactChannel = "call" | "e-mail" | "letter" | "visit" | "other";

export interface ContactLogEntry {
  readonly date: IsoDate;
  /** Time of day "HH:MM", or null. */
  readonly time: string | null;
  readonly customerKey: string;
  readonly invoiceNo: string | null;
  readonly person: string | null;
  readonly channel: ContactChannel;
  readonly discussed: string | null;
  readonly offers: string | null;
  readonly promiseCents: Cents | null;
  readonly promiseDate: IsoDate | null;
  readonly disputeOpened: boolean;
  /** The entry closes a dispute on its invoice (or on the customer when `invoiceNo` is null). Absent: false. */
  readonly disputeResolved?: boolean;
  readonly stage: string | null;
  readonly template: string | null;
  /** Where the entry came from, as the log's Source column says ("Collect worklist", "typed"); absent: unknown. */
  readonly origin?: string | null;
  readonly source: CellAddress | null;
}

/** What a sheet was understood to be. */
export type SheetRole = "invoices" | "aging-detail" | "aging-summary" | "payments" | "customers" | "contact-log" | "collect-owned" | "unknown";

/** How one of the user's sheets was read: role, header, column mapping and row accounting. */
export interface SheetReport {
  readonly name: string;
  readonly role: SheetRole;
  /** 1-based row of the header, or null when none was found. */
  readonly headerRow: number | null;
  /** Field → column letter and the header text it was matched from, with a 0–1 confidence. */
  readonly columns: readonly ColumnMapping[];
  readonly rows: RowAccounting;
}

export interface ColumnMapping {
  readonly field: string;
  readonly column: string;
  readonly header: string;
  readonly confidence: number;
  readonly overridden: boolean;
}

/** Every data row below the header is counted in exactly one of these. */
export interface RowAccounting {
  readonly used: number;
  readonly blank: number;
  readonly title: number;
  readonly subtotal: number;
  readonly repeatedHeader: number;
  readonly withIssue: number;
}
