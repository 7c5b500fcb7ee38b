/**
 * The rules the desk applies, named in the audit trail. Each record says which rule decided what, for one
 * customer account or one of its invoices.
 */
export type AuditRule =
  | "scenario"
  | "net-credit"
  | "stop-switch"
  | "marked-paid"
  | "no-due-date"
  | "dispute"
  | "plan"
  | "promise"
  | "stage"
  | "minimum-balance"
  | "highest-level"
  | "final-notice-first"
  | "frequency-cap"
  | "level-gap"
  | "stage-gap"
  | "call-interval"
  | "tone"
  | "min-age"
  | "decision";

/** act: contact today. wait: not yet. hold: paused. skip: left out. none: nothing to do. info: a fact used. */
export type AuditOutcome = "act" | "wait" | "hold" | "skip" | "none" | "info";

/** One line of the audit trail: what was decided for whom and why. */
export interface AuditRecord {
  readonly customerKey: string;
  /** The account's currency (null when the workbook does not say). */
  readonly currency: string | null;
  /** The invoice the record is about, or null for the whole account. */
  readonly invoiceNo: string | null;
  readonly rule: AuditRule;
  readonly outcome: AuditOutcome;
  /** In a bookkeeper's words. */
  readonly detail: string;
}

/**
 * A record builder bound to one account, so rules only state what differs.
 *
 * @example auditFor("C1", "USD")(null, "net-credit", "skip", "net balance −20.00 USD") //=> { customerKey: "C1", currency: "USD", invoiceNo: null, rule: "net-credit", outcome: "skip", detail: "net balance −20.00 USD" }
 */
export function auditFor(customerKey: string, currency: string | null): (invoiceNo: string | null, rule: AuditRule, outcome: AuditOutcome, detail: string) => AuditRecord {
  return (invoiceNo, rule, outcome, detail) => ({ customerKey, currency, invoiceNo, rule, outcome, detail });
}
