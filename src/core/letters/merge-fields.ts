/**
 * What a template may write between `{{` and `}}`, and what happens when a field has no value for a letter.
 *
 * An empty field never leaves a gap in a sentence: either the letter is withheld (the field is what the letter
 * is about, such as the deadline of a final notice) or the paragraph that uses it is left out (an optional
 * detail such as the payment link). Either way an Issue says so, except for `fees`, which is empty by design
 * when the policy charges no fees.
 */

/** What the renderer does with a paragraph whose field is empty. */
export type WhenEmpty = "withhold-letter" | "omit-paragraph" | "omit-paragraph-quietly";

/** Where a field's value comes from, so an issue can point at the right place to fix it. */
export type FieldOrigin = "customer" | "company" | "letter";

export interface MergeFieldDefinition {
  readonly name: string;
  /** What the field holds, for the sheet's notes and the docs. */
  readonly description: string;
  readonly origin: FieldOrigin;
  readonly whenEmpty: WhenEmpty;
}

/** Every merge field, in the order of the mail-merge source columns. */
export const MERGE_FIELDS = [
  { name: "customer_name", description: "The customer's name", origin: "customer", whenEmpty: "withhold-letter" },
  { name: "contact_person", description: "The billing contact", origin: "customer", whenEmpty: "omit-paragraph" },
  { name: "customer_address", description: "The customer's postal address, one line", origin: "customer", whenEmpty: "omit-paragraph" },
  { name: "customer_email", description: "The billing e-mail address", origin: "customer", whenEmpty: "omit-paragraph" },
  { name: "account_reference", description: "The customer's account number", origin: "customer", whenEmpty: "omit-paragraph" },
  { name: "salutation", description: "\"Dear Margaret Ellis,\" or \"Dear Sir or Madam,\"", origin: "letter", whenEmpty: "withhold-letter" },
  { name: "company_name", description: "Your company's name", origin: "company", whenEmpty: "withhold-letter" },
  { name: "company_address", description: "Your company's address, one line", origin: "company", whenEmpty: "omit-paragraph" },
  { name: "company_phone", description: "Your phone number", origin: "company", whenEmpty: "omit-paragraph" },
  { name: "company_email", description: "Your accounts e-mail address", origin: "company", whenEmpty: "omit-paragraph" },
  { name: "collector_name", description: "Who signs the letter", origin: "company", whenEmpty: "omit-paragraph" },
  { name: "today", description: "The letter's date", origin: "letter", whenEmpty: "withhold-letter" },
  { name: "stage_name", description: "The escalation stage", origin: "letter", whenEmpty: "withhold-letter" },
  { name: "total_due", description: "Everything the customer owes now, credits netted", origin: "letter", whenEmpty: "withhold-letter" },
  { name: "overdue_amount", description: "The past-due part of the total", origin: "letter", whenEmpty: "withhold-letter" },
  { name: "oldest_days_past_due", description: "Days the oldest overdue invoice is late", origin: "letter", whenEmpty: "withhold-letter" },
  { name: "invoice_count", description: "How many invoices and credits the letter lists", origin: "letter", whenEmpty: "withhold-letter" },
  { name: "invoice_numbers", description: "The invoice numbers, comma separated", origin: "letter", whenEmpty: "withhold-letter" },
  { name: "invoice_table", description: "The table of invoices and credits (on a paragraph of its own)", origin: "letter", whenEmpty: "withhold-letter" },
  { name: "fees", description: "Late payment fees and interest, when the policy charges them", origin: "letter", whenEmpty: "omit-paragraph-quietly" },
  { name: "total_payable", description: "Total due plus fees and interest", origin: "letter", whenEmpty: "withhold-letter" },
  { name: "deadline", description: "The pay-by date of a final notice", origin: "letter", whenEmpty: "withhold-letter" },
  { name: "payment_instructions", description: "Bank transfer details and the payment link", origin: "company", whenEmpty: "omit-paragraph" },
  { name: "payment_link", description: "Your online payment link", origin: "company", whenEmpty: "omit-paragraph" },
  { name: "promise_date", description: "The date the customer promised to pay by", origin: "letter", whenEmpty: "withhold-letter" },
  { name: "promise_amount", description: "The amount the customer promised", origin: "letter", whenEmpty: "withhold-letter" },
  { name: "plan_schedule", description: "The instalments of an agreed payment plan", origin: "letter", whenEmpty: "withhold-letter" },
] as const satisfies readonly MergeFieldDefinition[];

export type MergeFieldName = (typeof MERGE_FIELDS)[number]["name"];

const BY_NAME: ReadonlyMap<string, MergeFieldDefinition> = new Map(MERGE_FIELDS.map((field) => [field.name, field]));

/**
 * The definition of a merge field, matched the way a bookkeeper may type it: any case, spaces for underscores.
 *
 * @example findMergeField(" Customer Name ")?.name //=> "customer_name"
 * @example findMergeField("cusomer_name")          //=> undefined
 */
export function findMergeField(text: string): MergeFieldDefinition | undefined {
  return BY_NAME.get(normalizeFieldName(text));
}

/**
 * A field name as typed, trimmed, lower-cased and with runs of spaces or hyphens turned into "_".
 *
 * @example normalizeFieldName("Total Due") //=> "total_due"
 */
export function normalizeFieldName(text: string): string {
  return text.trim().toLowerCase().replace(/[\s-]+/g, "_");
}
