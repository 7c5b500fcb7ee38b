import type { Cents } from "../money/cents";
import type { LetterJob } from "./letter-job";
import type { LetterWords } from "./letter-words";
import type { InvoiceTable, InvoiceTableRow, InvoiceTableTotal } from "./rendered-letter";
import { cleanLine } from "./clean-text";
import { formatShortDate } from "./format-letter-date";
import { formatMoney } from "./format-money";

/**
 * The total the customer is asked to pay now: the total due plus fees and interest, in cents.
 *
 * @example totalPayableCents({ totals: { totalDueCents: 1000_00 }, fees: { feeCents: 40_00, interestCents: 5_00 } }) //=> 104500
 */
export function totalPayableCents(job: Pick<LetterJob, "totals" | "fees">): Cents {
  const fees = job.fees === null ? 0 : job.fees.feeCents + job.fees.interestCents;
  return (job.totals.totalDueCents + fees) as Cents;
}

/**
 * The letter's invoice table: one row per line (credits marked and negative), then the totals: total due, the
 * overdue part when it differs, fees and interest when charged, and what to pay now.
 *
 * @param job - the letter job
 * @param locale - Intl locale of the letter ("en-GB")
 * @param words - the letter language's fixed words
 * @example buildInvoiceTable(job, "en-GB", letterWordsFor("en")).rows[0]
 *   //=> { invoiceNo: "INV-1001", invoiceDate: "12 Sep 2026", dueDate: "12 Oct 2026", amount: "£1,200.00", balance: "£1,200.00", daysOverdue: "49", kind: "invoice" }
 */
export function buildInvoiceTable(job: LetterJob, locale: string, words: LetterWords): InvoiceTable {
  const money = (cents: Cents): string => formatMoney(cents, job.currency, locale);
  const rows: InvoiceTableRow[] = job.lines.map((line) => ({
    invoiceNo: line.kind === "credit-memo" ? `${cleanLine(line.invoiceNo)} ${words.creditSuffix}` : cleanLine(line.invoiceNo),
    kind: line.kind,
    invoiceDate: line.invoiceDate === null ? "" : formatShortDate(line.invoiceDate, locale),
    dueDate: line.dueDate === null ? "" : formatShortDate(line.dueDate, locale),
    amount: money(line.amountCents),
    balance: money(line.openCents),
    daysOverdue: daysOverdueCell(line.kind, line.daysPastDue, words),
  }));
  const hasFees = job.fees !== null && (job.fees.feeCents !== 0 || job.fees.interestCents !== 0);
  const totals: InvoiceTableTotal[] = [total(words.totalDue, job.totals.totalDueCents, !hasFees, money)];
  // "of which overdue" only when it is a real part of the total: credits can net the total below the overdue sum.
  if (job.totals.overdueCents > 0 && job.totals.overdueCents < job.totals.totalDueCents) {
    totals.push(total(words.ofWhichOverdue, job.totals.overdueCents, false, money));
  }
  if (job.fees !== null && hasFees) {
    if (job.fees.feeCents !== 0) totals.push(total(words.fee, job.fees.feeCents, false, money));
    if (job.fees.interestCents !== 0) totals.push(total(words.interest, job.fees.interestCents, false, money));
    totals.push(total(words.totalPayable, totalPayableCents(job), true, money));
  }
  return { headers: words.tableHeaders, rows, totals };
}

function total(label: string, amountCents: Cents, emphasis: boolean, money: (cents: Cents) => string): InvoiceTableTotal {
  return { label, amount: money(amountCents), amountCents, emphasis };
}

function daysOverdueCell(kind: "invoice" | "credit-memo", daysPastDue: number | null, words: LetterWords): string {
  if (kind === "credit-memo" || daysPastDue === null) return "";
  return daysPastDue > 0 ? words.daysOverdue(daysPastDue) : words.notYetDue;
}
