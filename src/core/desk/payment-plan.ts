import { addDays, type IsoDate } from "../dates/iso-date";
import type { Invoice, Payment } from "../ledger/ledger";
import type { Cents } from "../money/cents";
import type { CellAddress } from "../types/issue";

/** One instalment of a payment plan. */
export interface PlanInstallment {
  readonly dueDate: IsoDate;
  readonly amountCents: Cents;
  /** The row of the `Collect Plans` sheet it was read from. */
  readonly source: CellAddress | null;
}

/** A payment plan agreed with a customer (entered by the bookkeeper in `Collect Plans`). */
export interface Plan {
  readonly customerKey: string;
  /** The day the plan was agreed: payments from this day on count towards it, and it covers invoices dated up to it. */
  readonly agreedOn: IsoDate;
  /** Instalments, earliest first. */
  readonly installments: readonly PlanInstallment[];
  readonly note: string | null;
}

/** on-track: every instalment due so far is covered. missed: one is not. completed: everything is paid. */
export type PlanState = "on-track" | "missed" | "completed";

/** A plan judged on the as-of date. */
export interface PlanStatus {
  readonly plan: Plan;
  readonly state: PlanState;
  readonly totalCents: Cents;
  /** Σ instalments whose date (plus grace) has passed. */
  readonly dueSoFarCents: Cents;
  /** Σ the customer's payments from the agreed day to the as-of date. */
  readonly paidSoFarCents: Cents;
  /** The first instalment not covered by the payments, once its date (plus grace) has passed. */
  readonly missedInstallment: PlanInstallment | null;
  /** The next instalment not yet due. */
  readonly nextInstallment: PlanInstallment | null;
}

/** Options for `evaluatePlan`. */
export interface PlanOptions {
  /** Days after an instalment's date a payment may still arrive (the policy's promise grace). @defaultvalue 0 */
  readonly graceDays?: number;
}

/**
 * Judges a plan on the as-of date: completed when payments since the agreed day cover every instalment;
 * missed when an instalment's date (plus grace) has passed and the cumulative payments are below the
 * cumulative instalments due by then; otherwise on track.
 *
 * @param payments - the customer's payments (any order; those outside agreed day … as-of are ignored)
 * @example
 * // 3 × 500.00 monthly from 2026-10-01, one payment of 500 on 2026-09-28
 * evaluatePlan(plan, payments, "2026-11-25" as IsoDate).state //=> "missed"
 */
export function evaluatePlan(plan: Plan, payments: readonly Payment[], asOf: IsoDate, options?: PlanOptions): PlanStatus {
  const graceDays = options?.graceDays ?? 0;
  const installments = [...plan.installments].sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
  const paid = payments.filter((payment) => payment.date >= plan.agreedOn && payment.date <= asOf).reduce((sum, payment) => sum + payment.amountCents, 0);
  const total = installments.reduce((sum, installment) => sum + installment.amountCents, 0);
  let dueSoFar = 0;
  let cumulative = 0;
  let missed: PlanInstallment | null = null;
  let next: PlanInstallment | null = null;
  for (const installment of installments) {
    cumulative += installment.amountCents;
    if (addDays(installment.dueDate, graceDays) < asOf) {
      dueSoFar = cumulative;
      if (missed === null && paid < cumulative) missed = installment;
    } else if (next === null) {
      next = installment;
    }
  }
  const state: PlanState = total > 0 && paid >= total ? "completed" : missed !== null ? "missed" : "on-track";
  return {
    plan,
    state,
    totalCents: total as Cents,
    dueSoFarCents: dueSoFar as Cents,
    paidSoFarCents: paid as Cents,
    missedInstallment: state === "missed" ? missed : null,
    nextInstallment: state === "completed" ? null : next,
  };
}

/**
 * The plan that governs a customer on the as-of date: the most recently agreed one agreed on or before it.
 *
 * @example activePlan(plans, "C1", "2026-11-25" as IsoDate)?.agreedOn //=> "2026-10-01"
 */
export function activePlan(plans: readonly Plan[], customerKey: string, asOf: IsoDate): Plan | null {
  let chosen: Plan | null = null;
  for (const plan of plans) {
    if (plan.customerKey !== customerKey || plan.agreedOn > asOf) continue;
    if (chosen === null || plan.agreedOn > chosen.agreedOn) chosen = plan;
  }
  return chosen;
}

/**
 * True when a plan covers an invoice: the invoice was issued on or before the day the plan was agreed (a
 * later invoice is outside the plan and is chased as usual).
 *
 * @example
 * // plan agreed 2026-10-01, invoice dated 2026-09-01
 * planCovers(plan, invoice) //=> true
 */
export function planCovers(plan: Plan, invoice: Invoice): boolean {
  return invoice.customerKey === plan.customerKey && (invoice.invoiceDate === null || invoice.invoiceDate <= plan.agreedOn);
}
