import type { SheetRole } from "../core/ledger/ledger";
import type { FieldId } from "./fields";
import { splitWords } from "./normalize-header";

/** Every sheet whose name starts with this is Collect's own (DESIGN.md, "Sheets Collect owns"). */
export const COLLECT_SHEET_PREFIX = "Collect ";

/** Collect's own contact log: written by Collect and the bookkeeper, and read back as the contact log. */
export const COLLECT_LOG_SHEET_NAME = "Collect Log";

const PAYMENT_NAMES = /^(payments?|receipts?|zahlungen|zahlungseingange?|paiements|reglements|encaissements|pagos|cobros|betalingen|ontvangsten|deposits|remittances?)$/;
const CUSTOMER_NAMES = /^(customers?|clients?|kunden|debitoren|debtors|clientes|klanten|debiteuren|accounts|contacts)$/;
const LOG_NAMES = /^(log|logs|contact|contacts|calls?|activity|activities|notes|history|journal|protokoll|kontakte|suivi|relances|seguimiento|gesprekken)$/;
const OPEN_ITEM_NAMES = /^(aging|ageing|aged|open|offene|posten|ouverts|pendientes|openstaand|openstaande|outstanding|overdue|receivables|ar)$/;

const CUSTOMER_DETAILS: readonly FieldId[] = ["email", "phone", "contactPerson", "address", "creditLimit", "segment", "language", "collector", "industryCode"];
const CONTACT_FIELDS: readonly FieldId[] = ["contactDate", "channel", "discussed", "promiseDate", "promiseAmount", "disputeOpened", "offers"];

/** What `classifySheetRole` looks at: the sheet's name and which fields its header maps. */
export interface RoleEvidence {
  readonly sheetName: string;
  readonly fields: ReadonlySet<FieldId>;
  readonly bucketColumns: number;
}

/**
 * Decides what a sheet is from its name and mapped columns: Collect's own; an aging summary (customers ×
 * buckets, no invoice numbers); a contact log; a payments list; an open-items/aging detail or an invoice
 * register (invoice numbers and money); a customer list; or unknown.
 *
 * @example classifySheetRole({ sheetName: "Aging Report", fields: new Set(["customerName", "total"]), bucketColumns: 5 }) //=> "aging-summary"
 * @example classifySheetRole({ sheetName: "Open Invoices", fields: new Set(["invoiceNo", "customerName", "openBalance"]), bucketColumns: 0 }) //=> "aging-detail"
 */
export function classifySheetRole(evidence: RoleEvidence): SheetRole {
  const { sheetName, fields, bucketColumns } = evidence;
  if (sheetName === COLLECT_LOG_SHEET_NAME) return "contact-log";
  if (sheetName.startsWith(COLLECT_SHEET_PREFIX)) return "collect-owned";
  const has = (field: FieldId): boolean => fields.has(field);
  const words = splitWords(sheetName);
  const named = (pattern: RegExp): boolean => words.some((word) => pattern.test(word));
  const customer = has("customerName") || has("customerId");
  const invoiceMoney = has("amount") || has("openBalance") || has("total") || has("paidAmount") || bucketColumns > 0;

  if (!has("invoiceNo") && customer && bucketColumns >= 2) return "aging-summary";
  const contactEvidence = CONTACT_FIELDS.filter(has).length;
  if (contactEvidence >= 2 || (contactEvidence >= 1 && named(LOG_NAMES)) || (named(LOG_NAMES) && (has("notes") || has("date")) && !invoiceMoney)) return "contact-log";
  const paymentMoney = has("paymentAmount") || has("paidAmount") || has("amount");
  const paymentEvidence = has("paymentAmount") || has("paymentDate") || named(PAYMENT_NAMES);
  if (paymentEvidence && paymentMoney && !has("dueDate") && !has("openBalance") && !has("paidDate")) return "payments";
  if (has("invoiceNo") && invoiceMoney) {
    const openItems = (has("openBalance") && !has("amount")) || bucketColumns > 0 || named(OPEN_ITEM_NAMES);
    return openItems ? "aging-detail" : "invoices";
  }
  if (customer && !has("invoiceNo") && (CUSTOMER_DETAILS.some(has) || named(CUSTOMER_NAMES))) return "customers";
  if (customer && invoiceMoney && (has("dueDate") || has("invoiceDate") || has("date"))) return "invoices";
  return "unknown";
}
