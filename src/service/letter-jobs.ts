import { addDays, type IsoDate } from "../core/dates/iso-date";
import { computeDaysPastDue } from "../core/aging/days-past-due";
import type { Worklist, WorklistRow } from "../core/desk/worklist";
import { indexPayments, ledgerAsOf, paymentsOf, type PaymentIndex } from "../core/desk";
import { computeCharges, describeCharges } from "../core/fees/compute-charges";
import type { InterestTerms } from "../core/fees/interest-terms";
import { interestTermsOf, stageAtLevel, type CollectPolicy } from "../core/policy/collect-policy";
import type { Customer, Invoice, Ledger } from "../core/ledger/ledger";
import type { LetterFees, LetterJob, LetterLine, LetterSender } from "../core/letters/letter-job";
import type { Cents } from "../core/money/cents";

/** Channels that get a written reminder; a call gets a row on the worklist and no letter. */
const WRITTEN_CHANNELS = new Set(["e-mail", "letter"]);

/**
 * One letter job per worklist row Collect writes to (never one per invoice): the invoices behind the
 * action plus the customer's open credits in the same currency, the totals of the row, and for a final
 * notice its deadline from the policy.
 */
export function buildLetterJobs(worklist: Worklist, ledger: Ledger, policy: CollectPolicy, company: LetterSender, asOf: IsoDate): readonly LetterJob[] {
  // The letters of a past as-of date list what was open that day.
  const restated = ledgerAsOf(ledger, asOf);
  const customers = new Map<string, Customer>(restated.customers.map((c) => [c.key, c]));
  const payments = indexPayments(restated);
  const terms = interestTermsOf(policy);
  // Each row looks only at its own customer's documents (a 100k-invoice ledger has thousands of rows).
  const byCustomer = new Map<string, Invoice[]>();
  for (const invoice of restated.invoices) {
    const list = byCustomer.get(invoice.customerKey);
    if (list === undefined) byCustomer.set(invoice.customerKey, [invoice]);
    else list.push(invoice);
  }
  const jobs: LetterJob[] = [];
  for (const row of worklist.rows) {
    if (!WRITTEN_CHANNELS.has(row.channel) || row.currency === null) continue;
    const customer = customers.get(row.customerKey);
    const own = byCustomer.get(row.customerKey) ?? [];
    const lines = linesOf(row, own, asOf);
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
      lines,
      totals: { totalDueCents: row.amountDueCents, overdueCents: row.overdueCents, oldestDaysPastDue: Math.max(0, row.oldestDaysPastDue) },
      deadline: row.template === "final-notice" ? addDays(asOf, policy.finalNoticeDeadlineDays) : null,
      fees: feesOf(row, own, policy, payments, terms, asOf),
      promise: null,
      plan: null,
      source: customer?.source ?? null,
    });
  }
  return jobs;
}

/**
 * The late fee and interest of the row's stage when the policy charges them (the stage of the customer's scenario):
 * the level's fixed fee once per letter, and interest on the overdue invoices behind the letter.
 */
function feesOf(row: WorklistRow, invoices: readonly Invoice[], policy: CollectPolicy, payments: PaymentIndex, terms: InterestTerms, asOf: IsoDate): LetterFees | null {
  const stages = policy.scenarios.find((scenario) => scenario.name === row.scenario)?.stages ?? policy.stages;
  const stage = stageAtLevel(stages, row.stageLevel) ?? stageAtLevel(policy.stages, row.stageLevel);
  if (stage === undefined || ((stage.feeCents ?? 0) === 0 && stage.chargeInterest !== true)) return null;
  const behind = new Set(row.invoiceNos);
  const chargeable = invoices
    .filter((invoice) => behind.has(invoice.invoiceNo) && invoice.dueDate !== null && invoice.dueDate < asOf)
    .map((invoice) => ({ invoice, applied: paymentsOf(payments, invoice) }));
  const charges = computeCharges(stage, chargeable, terms, asOf);
  return charges === null ? null : { ...charges, basis: describeCharges(stage, terms) };
}

function linesOf(row: WorklistRow, invoices: readonly Invoice[], asOf: IsoDate): readonly LetterLine[] {
  const behind = new Set(row.invoiceNos);
  const lines: LetterLine[] = [];
  for (const invoice of invoices) {
    if (invoice.currency !== row.currency || invoice.openCents === 0) continue;
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
