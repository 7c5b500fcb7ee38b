import type { Cents } from "../money/cents";
import type { LetterJob } from "./letter-job";
import type { LetterWords } from "./letter-words";
import type { MergeFieldName } from "./merge-fields";
import type { Inline, InvoiceTable } from "./rendered-letter";
import { totalPayableCents } from "./build-invoice-table";
import { cleanOptional, splitAddressLines } from "./clean-text";
import { formatLongDate } from "./format-letter-date";
import { formatCount, formatMoney } from "./format-money";
import { invoiceTableText } from "./letter-plain-text";
import { paymentInstructions, toPaymentLink } from "./payment-instructions";

/** Everything the field values are computed from besides the job. */
export interface MergeContext {
  readonly locale: string;
  readonly words: LetterWords;
  readonly table: InvoiceTable;
  /** Cleaned customer name and contact (the caller has checked the name is not empty). */
  readonly customerName: string;
  readonly contactPerson: string | null;
}

/** Each merge field's value as paragraph pieces; an empty array means the field has no value for this letter. */
export type MergeFieldValues = Readonly<Record<MergeFieldName, readonly Inline[]>>;

const NONE: readonly Inline[] = [];

function text(value: string | null): readonly Inline[] {
  return value === null || value === "" ? NONE : [{ kind: "text", text: value }];
}

/**
 * The value of every merge field for one letter, formatted in the letter's locale. Cell text is cleaned of
 * control characters here, once, so every writer receives printable text.
 *
 * @example mergeFieldValues(job, context).total_due //=> [{ kind: "text", text: "£1,234.56" }]
 */
export function mergeFieldValues(job: LetterJob, context: MergeContext): MergeFieldValues {
  const { locale, words } = context;
  const money = (cents: Cents): string => formatMoney(cents, job.currency, locale);
  const date = (iso: LetterJob["asOf"]): string => formatLongDate(iso, locale);
  const company = job.company;
  const link = toPaymentLink(company.paymentLink);
  const fees = job.fees;
  const feeText = fees === null || (fees.feeCents === 0 && fees.interestCents === 0)
    ? null
    : words.feesSentence(
      fees.feeCents === 0 ? null : money(fees.feeCents),
      fees.interestCents === 0 ? null : money(fees.interestCents),
      cleanOptional(fees.basis),
    );
  const plan = job.plan === null || job.plan.length === 0
    ? NONE
    : job.plan.flatMap((step, index): Inline[] => [
      ...(index === 0 ? [] : [{ kind: "break" } as const]),
      { kind: "text", text: words.installment(index + 1, date(step.date), money(step.amountCents)) },
    ]);
  const invoiceNumbers = context.table.rows.filter((row) => row.kind === "invoice").map((row) => row.invoiceNo);
  return {
    customer_name: text(context.customerName),
    contact_person: text(context.contactPerson),
    customer_address: text(joinLines(splitAddressLines(job.customer.address))),
    customer_email: text(cleanOptional(job.customer.email)),
    account_reference: text(cleanOptional(job.customer.accountRef)),
    salutation: text(words.salutation(context.contactPerson)),
    company_name: text(cleanOptional(company.name)),
    company_address: text(joinLines(splitAddressLines(company.address))),
    company_phone: text(cleanOptional(company.phone)),
    company_email: text(cleanOptional(company.email)),
    collector_name: text(cleanOptional(company.senderName)),
    today: text(date(job.asOf)),
    stage_name: text(cleanOptional(job.stage.name)),
    total_due: text(money(job.totals.totalDueCents)),
    overdue_amount: text(money(job.totals.overdueCents)),
    oldest_days_past_due: text(formatCount(job.totals.oldestDaysPastDue, locale)),
    invoice_count: job.lines.length === 0 ? NONE : text(formatCount(job.lines.length, locale)),
    invoice_numbers: text(invoiceNumbers.length === 0 ? null : invoiceNumbers.join(", ")),
    invoice_table: job.lines.length === 0 ? NONE : text(invoiceTableText(context.table)),
    fees: text(feeText),
    total_payable: text(money(totalPayableCents(job))),
    deadline: text(job.deadline === null ? null : date(job.deadline)),
    payment_instructions: paymentInstructions(company.bank, link, words),
    payment_link: link === null ? NONE : [{ kind: "link", text: link, href: link }],
    promise_date: text(job.promise === null ? null : date(job.promise.date)),
    promise_amount: text(job.promise === null ? null : money(job.promise.amountCents)),
    plan_schedule: plan,
  };
}

function joinLines(lines: readonly string[]): string | null {
  return lines.length === 0 ? null : lines.join(", ");
}
