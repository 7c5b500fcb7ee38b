import type { IsoDate } from "../core/dates/iso-date";
import type { ContactLogEntry, Customer, Invoice, Payment } from "../core/ledger/ledger";
import type { Cents } from "../core/money/cents";
import type { CellAddress } from "../core/types/issue";

/** Who a row belongs to, as the row says it; the customer key is settled once every sheet is read. */
export interface CustomerRef {
  readonly customerId: string | null;
  readonly customerName: string | null;
}

/** Why an invoice without an open-balance column counts as settled. */
export type ClosedBy = "paid-date" | "status" | "paid-flag" | null;

/** An invoice as one row states it, before payments from other sheets and customer keys are applied. */
export interface InvoiceDraft extends CustomerRef, Omit<Invoice, "customerKey" | "customerName" | "openCents"> {
  /** The open balance the sheet states, or null when it has to be worked out. */
  readonly statedOpenCents: Cents | null;
  /** An "Amount paid" column on the invoice row, if any. */
  readonly paidCents: Cents | null;
  readonly closedBy: ClosedBy;
  readonly sheet: string;
  readonly row: number;
}

/** A payment as one row states it. */
export interface PaymentDraft extends CustomerRef, Omit<Payment, "customerKey"> {}

/** A contact log entry as one row states it. */
export interface ContactDraft extends CustomerRef, Omit<ContactLogEntry, "customerKey"> {}

/** What a row says about a customer beyond its name and id (from a customer list or an invoice row). */
export type CustomerDetails = Partial<Omit<Customer, "key" | "id" | "name" | "source">>;

/** One place a customer was seen with details; `fromList` when it is a row of the customer list. */
export interface CustomerSighting extends CustomerRef {
  readonly details: CustomerDetails;
  readonly source: CellAddress;
  readonly fromList: boolean;
}

/** Dates a row may hold, for `Invoice` fields. */
export type MaybeDate = IsoDate | null;
