/**
 * The sample workbook as plain data: one array of row objects per sheet, amounts in integer cents and
 * dates as ISO text. `generateSampleBook` builds it; `writeSampleBook` turns it into an .xlsx.
 */
import type { IsoDate } from "../../core/dates/iso-date";
import type {
  CurrencyCode, LetterLanguage, PayerProfile, PaymentMethod, Segment,
} from "./_lib/customer-roster";

export type { CurrencyCode, LetterLanguage, PayerProfile, PaymentMethod, Segment };

/** One row of the "Customers" sheet. */
export interface SampleCustomerRow {
  readonly customerId: string;
  readonly customerName: string;
  readonly contactPerson: string;
  /** Null for the two customers who only take phone calls and letters. */
  readonly email: string | null;
  readonly phone: string;
  /** One cell, lines separated by ", ". */
  readonly billingAddress: string;
  readonly segment: Segment;
  readonly creditLimitCents: number;
  readonly currency: CurrencyCode;
  /** "Net 14", "Net 30" or "Net 60". */
  readonly paymentTerms: string;
  readonly language: LetterLanguage;
  readonly collector: string;
  readonly onHold: boolean;
}

export type SampleInvoiceStatus = "Open" | "Paid" | "Part-paid" | "Credit";

/** One row of the "Invoices" register; a credit memo has a negative amount and status "Credit". */
export interface SampleInvoiceRow {
  readonly invoiceNo: string;
  readonly customerId: string;
  readonly customerName: string;
  readonly invoiceDate: IsoDate;
  /** "Net 30" etc.; null on a credit memo. */
  readonly terms: string | null;
  readonly dueDate: IsoDate;
  readonly amountCents: number;
  readonly currency: CurrencyCode;
  /** Sum of this invoice's rows in Payments, to the cent. */
  readonly paidCents: number;
  /** amountCents − paidCents. */
  readonly balanceCents: number;
  readonly status: SampleInvoiceStatus;
  readonly disputed: boolean;
  readonly notes: string | null;
}

/** One row of the "Payments" sheet: one receipt applied to one invoice. */
export interface SamplePaymentRow {
  readonly paymentDate: IsoDate;
  readonly customerId: string;
  readonly invoiceNo: string;
  readonly amountCents: number;
  readonly method: PaymentMethod;
  readonly reference: string;
}

export type SampleContactChannel = "Call" | "E-mail" | "Letter";

/** One row of the bookkeeper's "Contact Log". Promise columns are filled only when the customer promised. */
export interface SampleContactRow {
  readonly date: IsoDate;
  readonly customerId: string;
  /** Who the bookkeeper spoke to or wrote to at the customer. */
  readonly person: string;
  readonly channel: SampleContactChannel;
  readonly notes: string;
  readonly promiseCents: number | null;
  readonly promiseDate: IsoDate | null;
}

/** One label/value row of the "Company" sheet (the user's own details, for letters). */
export interface SampleCompanyRow {
  readonly label: string;
  readonly value: string;
}

export interface SampleBook {
  readonly seed: number;
  readonly asOf: IsoDate;
  readonly company: readonly SampleCompanyRow[];
  readonly customers: readonly SampleCustomerRow[];
  readonly invoices: readonly SampleInvoiceRow[];
  readonly payments: readonly SamplePaymentRow[];
  readonly contactLog: readonly SampleContactRow[];
  /** The behaviour profile that drove each customer's payment dates (not written to the workbook). */
  readonly profiles: Readonly<Record<string, PayerProfile>>;
}

export interface GenerateSampleOptions {
  /** Seed of the pseudo-random source. @defaultvalue DEFAULT_SAMPLE_SEED */
  readonly seed?: number;
  /** The day the sample is "today" for, `YYYY-MM-DD`. @defaultvalue DEFAULT_SAMPLE_AS_OF */
  readonly asOf?: string;
}

/** The seed `npm run sample` uses. */
export const DEFAULT_SAMPLE_SEED = 20261130;

/** The as-of date the sample is built for (and `npm run demo` analyses). */
export const DEFAULT_SAMPLE_AS_OF = "2026-11-30";

/** How many calendar months of history the register holds, ending with the as-of month. */
export const SAMPLE_HISTORY_MONTHS = 18;
