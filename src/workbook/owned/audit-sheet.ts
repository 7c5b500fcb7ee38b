import type { AuditRecord } from "../../core/desk/audit";
import type { OwnedSheet } from "../owned-sheet";
import { TEXT_FORMAT } from "./_lib/formats";

/** What the desk decided for every customer and invoice, and why. */
export const AUDIT_SHEET_NAME = "Collect Audit";

/**
 * The `Collect Audit` sheet: one row per decision record (customer, currency, invoice or blank for the whole
 * account, rule, outcome, detail), in the order the rules were applied.
 *
 * @example auditSheet([{ customerKey: "C1", currency: "USD", invoiceNo: null, rule: "net-credit", outcome: "skip", detail: "in credit" }]).rows[0] //=> ["C1", "USD", null, "net-credit", "skip", "in credit"]
 */
export function auditSheet(audit: readonly AuditRecord[]): OwnedSheet {
  return {
    name: AUDIT_SHEET_NAME,
    columns: [
      { header: "Customer", numberFormat: TEXT_FORMAT, width: 18 },
      { header: "Currency", numberFormat: TEXT_FORMAT, width: 9 },
      { header: "Invoice", numberFormat: TEXT_FORMAT, width: 14 },
      { header: "Rule", numberFormat: TEXT_FORMAT, width: 18 },
      { header: "Outcome", numberFormat: TEXT_FORMAT, width: 9 },
      { header: "Detail", numberFormat: TEXT_FORMAT, width: 100 },
    ],
    rows: audit.map((record) => [record.customerKey, record.currency, record.invoiceNo, record.rule, record.outcome, record.detail]),
  };
}
