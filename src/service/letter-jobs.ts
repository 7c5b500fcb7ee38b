import { addDays, type IsoDate } from "../core/dates/iso-date";
import { computeDaysPastDue } from "../core/aging/days-past-due";
import type { Worklist, WorklistRow } from "../core/desk/worklist";
import type { CollectPolicy } from "../core/policy/collect-policy";
import type { Customer, Ledger } from "../core/ledger/ledger";
import type { LetterJob, LetterLine, LetterSender } from "../core/letters/letter-job";
import type { Cents } from "../core/money/cents";

/** Channels that get a written reminder; a call gets a row on the worklist and no letter. */
const WRITTEN_CHANNELS = new Set(["e-mail", "letter"]);

/**
 * One letter job per worklist row Collect writes to (never one per invoice): the invoices behind the
 * action plus the customer's open credits in the same currency, the totals of the row, and for a final
 * notice its deadline from the policy.
 */
export function buildLetterJobs(worklist: Worklist, ledger: Ledger, policy: CollectPolicy, company: LetterSender, asOf: IsoDate): readonly LetterJob[] {
  const customers = new Map<string, Customer>(ledger.customers.map((c) => [c.key, c]));
  const jobs: LetterJob[] = [];
  for (const row of worklist.rows) {
    if (!WRITTEN_CHANNELS.has(row.channel) || row.currency === null) continue;
    const customer = customers.get(row.customerKey);
    jobs.push({
      customer: {
        key: row.customerKey,
        accountRef: customer?.id ?? null,
        name: row.customerName,
        contactPerson: customer?.contactPerson ?? row.contactPerson,
        email: customer?.email ?? row.email,
        cc: [],
        address: customer?.address ?? null,
        language: customer?.language ?? null,
      },
      company,
      stage: { id: row.template, level: row.stageLevel, name: row.stageName },
      tone: row.tone,
      templateId: row.template,
      asOf,
      currency: row.currency,
      lines: linesOf(row, ledger, asOf),
      totals: { totalDueCents: row.amountDueCents, overdueCents: row.overdueCents, oldestDaysPastDue: Math.max(0, row.oldestDaysPastDue) },
      deadline: row.template === "final-notice" ? addDays(asOf, policy.finalNoticeDeadlineDays) : null,
      fees: null,
      promise: null,
      plan: null,
      source: customer?.source ?? null,
    });
  }
  return jobs;
}

function linesOf(row: WorklistRow, ledger: Ledger, asOf: IsoDate): readonly LetterLine[] {
  const behind = new Set(row.invoiceNos);
  const lines: LetterLine[] = [];
  for (const invoice of ledger.invoices) {
    if (invoice.customerKey !== row.customerKey || invoice.currency !== row.currency || invoice.openCents === 0) continue;
    const isOpenCredit = invoice.openCents < 0;
    if (!isOpenCredit && !behind.has(invoice.invoiceNo)) continue;
    lines.push({
      invoiceNo: invoice.invoiceNo,
      kind: isOpenCredit ? "credit-memo" : invoice.kind,
      invoiceDate: invoice.invoiceDate,
      dueDate: invoice.dueDate,
      amountCents: invoice.amountCents,
      openCents: invoice.openCents as Cents,
      daysPastDue: invoice.dueDate === null || isOpenCredit ? null : computeDaysPastDue(invoice.dueDate, asOf),
    });
  }
  return lines;
}
