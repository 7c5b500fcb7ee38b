/**
 * The neutral input of every letter Collect writes: one `LetterJob` per customer to write to (never one per
 * invoice, DOMAIN.md need #1). The desk builds jobs from the worklist; the letter code only reads them.
 */
import type { IsoDate } from "../dates/iso-date";
import type { CurrencyCode } from "../ledger/ledger";
import type { Cents } from "../money/cents";
import type { StageId, Tone } from "../policy/policy";
import type { CellAddress } from "../types/issue";

/** Who the letter goes to. Text is taken as the bookkeeper typed it; the renderer cleans it. */
export interface LetterRecipient {
  /** The ledger's customer key (customer id, else the normalised name). */
  readonly key: string;
  /** The customer's own account number on the letter ("Account: C001"), or null to leave the line out. */
  readonly accountRef: string | null;
  readonly name: string;
  /** The billing contact ("Margaret Ellis"); null writes "Dear Sir or Madam". */
  readonly contactPerson: string | null;
  /** The billing e-mail; a cell may hold several addresses separated by ";" or ",". Null: no e-mail draft. */
  readonly email: string | null;
  /** Extra CC recipients for this send (the site manager who approves payment, DOMAIN.md need #9). */
  readonly cc: readonly string[];
  /** Postal address, lines separated by line breaks or ", " (as one cell holds it). Null: no address block. */
  readonly address: string | null;
  /** Letter language as a BCP 47 tag ("en", "de", "de-AT"); null for the default (English). */
  readonly language: string | null;
}

/** The bank account a customer pays into; every part is optional and printed only when given. */
export interface BankDetails {
  readonly bankName: string | null;
  readonly accountName: string | null;
  /** UK sort code ("60-16-13"). */
  readonly sortCode: string | null;
  readonly accountNumber: string | null;
  readonly iban: string | null;
  readonly bic: string | null;
}

/** The user's own company: letterhead, sender, payment instructions. Read from the company block. */
export interface LetterSender {
  readonly name: string;
  /** Postal address, lines separated by line breaks or ", ". */
  readonly address: string | null;
  readonly phone: string | null;
  readonly email: string | null;
  readonly website: string | null;
  /** Registration line parts for the letter footer. */
  readonly companyNumber: string | null;
  readonly vatNumber: string | null;
  readonly bank: BankDetails | null;
  /** The online pay-now link (https only; DOMAIN.md need #10). */
  readonly paymentLink: string | null;
  /** Who signs the letter (the credit controller or collector). */
  readonly senderName: string | null;
  /** The signer's role under the name ("Credit Control"); null for the letter language's default. */
  readonly senderTitle: string | null;
  /** An address of the user's own that receives a blind copy of each e-mail as proof of sending. */
  readonly bccSelf: string | null;
}

/** The escalation stage the letter is written for. */
export interface LetterStage {
  /** A default policy stage, or the id of a stage the user added to their policy. */
  readonly id: StageId | string;
  readonly level: number;
  readonly name: string;
}

/** One row of the letter's invoice table: an overdue invoice, a not-yet-due invoice or an open credit. */
export interface LetterLine {
  readonly invoiceNo: string;
  /** "credit-memo" lines have negative amounts and balances. */
  readonly kind: "invoice" | "credit-memo";
  readonly invoiceDate: IsoDate | null;
  readonly dueDate: IsoDate | null;
  /** Original amount in cents (negative for a credit). */
  readonly amountCents: Cents;
  /** What is still open in cents (negative for an open credit). */
  readonly openCents: Cents;
  /** as-of − due; ≤ 0 when not yet due; null when the due date is unknown. */
  readonly daysPastDue: number | null;
}

/** The letter's totals, computed by the desk from the customer's whole account. */
export interface LetterTotals {
  /** Everything the customer owes now, credits netted (cents). */
  readonly totalDueCents: Cents;
  /** The past-due part of it (cents). */
  readonly overdueCents: Cents;
  /** Days past due of the oldest overdue invoice (0 when nothing is overdue). */
  readonly oldestDaysPastDue: number;
}

/** Late-payment fees and interest from the policy, when it turns them on (DOMAIN.md need #5). */
export interface LetterFees {
  /** Fixed compensation or fee in cents (for example the UK's £40/£70/£100 per invoice). */
  readonly feeCents: Cents;
  /** Interest accrued to the as-of date in cents. */
  readonly interestCents: Cents;
  /** How they were worked out, in the bookkeeper's words ("8% above base rate, daily"); null for none. */
  readonly basis: string | null;
}

/** A promise to pay the customer made (for the promise confirmation letter). */
export interface LetterPromise {
  readonly date: IsoDate;
  readonly amountCents: Cents;
}

/** One instalment of an agreed payment plan. */
export interface LetterInstallment {
  readonly date: IsoDate;
  readonly amountCents: Cents;
}

/** One consolidated letter to one customer: everything a template can merge. */
export interface LetterJob {
  readonly customer: LetterRecipient;
  readonly company: LetterSender;
  readonly stage: LetterStage;
  readonly tone: Tone;
  /** Template id from the policy stage ("final-notice") or a confirmation/statement id. */
  readonly templateId: string;
  /** The day the letter is dated (the analysis' as-of date). */
  readonly asOf: IsoDate;
  /** ISO 4217 code every amount of the letter is in. One letter never mixes currencies. */
  readonly currency: CurrencyCode;
  /** Every overdue invoice and open credit; not-yet-due invoices when the desk chooses to show them. */
  readonly lines: readonly LetterLine[];
  readonly totals: LetterTotals;
  /** The pay-by date of a final notice; null otherwise. */
  readonly deadline: IsoDate | null;
  readonly fees: LetterFees | null;
  readonly promise: LetterPromise | null;
  readonly plan: readonly LetterInstallment[] | null;
  /** The first cell of the customer's row, for issues. */
  readonly source: CellAddress | null;
  /** Cells of single customer fields, so an issue can name the exact cell (E-mail, Address, Language). */
  readonly fieldSources?: Readonly<Partial<Record<"email" | "address" | "language" | "contactPerson", CellAddress>>>;
}
