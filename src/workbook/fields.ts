/**
 * Every column meaning Collect can recognise. Generic fields (`date`, `amount`, `type`) are resolved by the
 * sheet's role: "Date" is the invoice date on an invoice register and the payment date on a payments list.
 */
export const FIELD_IDS = [
  "invoiceNo", "customerName", "customerId", "date", "invoiceDate", "dueDate", "amount", "openBalance", "paidAmount",
  "paidDate", "total", "disputed", "terms", "currency", "status", "notes", "docType", "onHold",
  "email", "phone", "contactPerson", "address", "segment", "industryCode", "creditLimit", "language", "collector",
  "paymentDate", "paymentAmount", "billingChannel",
  "contactDate", "contactTime", "channel", "discussed", "offers", "promiseAmount", "promiseDate", "disputeOpened", "disputeResolved", "stage", "template", "origin",
] as const;

/** A column meaning Collect can recognise (see `FIELD_IDS`). */
export type FieldId = (typeof FIELD_IDS)[number];

/**
 * What a header can match: a field, an aging-bucket column ("1-30", "90+", several per sheet), or a known
 * column Collect does not use ("Days Past Due", a model's "Payment_date_predict"), which keeps the column
 * away from a weaker match.
 */
export type HeaderTarget = FieldId | "bucket" | "ignored";

const FIELD_SET: ReadonlySet<string> = new Set(FIELD_IDS);

/** True when `text` is a field id. @example isFieldId("dueDate") //=> true */
export function isFieldId(text: string): text is FieldId {
  return FIELD_SET.has(text);
}

/** The words a bookkeeper sees for each field, in the task pane, the CLI and the settings sheet. */
export const FIELD_LABELS: Readonly<Record<FieldId, string>> = {
  invoiceNo: "Invoice number", customerName: "Customer", customerId: "Customer ID", date: "Date",
  invoiceDate: "Invoice date", dueDate: "Due date", amount: "Amount", openBalance: "Open balance",
  paidAmount: "Amount paid", paidDate: "Paid date", total: "Total", disputed: "Disputed", terms: "Terms",
  currency: "Currency", status: "Status", notes: "Notes", docType: "Type", onHold: "On hold", email: "E-mail",
  phone: "Phone", contactPerson: "Contact person", address: "Address", segment: "Segment", industryCode: "Industry",
  creditLimit: "Credit limit", language: "Language", collector: "Collector", paymentDate: "Payment date",
  paymentAmount: "Payment amount", billingChannel: "Billing channel", contactDate: "Contact date", contactTime: "Time", channel: "Channel",
  discussed: "Discussed", offers: "Offers", promiseAmount: "Promised amount", promiseDate: "Promised date",
  disputeOpened: "Dispute opened", disputeResolved: "Dispute resolved", stage: "Stage", template: "Template", origin: "Source",
};
