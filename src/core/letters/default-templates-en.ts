import type { LetterTemplate } from "./letter-template";

/** A shipped template before it has a cell (the sheet gives it one once written). */
export type DefaultTemplate = Omit<LetterTemplate, "subjectCell" | "bodyCell">;

/**
 * The English templates Collect writes into a new `Collect Letters` sheet. The wording is what a UK small
 * business sends: courteous at first, specific about amounts and dates throughout, firm without threats it
 * cannot carry out, and always with a way to raise a query or agree a date.
 */
export const DEFAULT_TEMPLATES_EN: readonly DefaultTemplate[] = [
  {
    id: "delivery-check",
    language: "en",
    tone: "any",
    subject: `Your invoice {{invoice_numbers}} from {{company_name}}`,
    body: `{{salutation}}

We would like to make sure that the invoice below reached you safely and that everything on it is in order.

{{invoice_table}}

If anything is missing, or if you need a purchase order number or another reference added, please let us know and we will send a corrected copy straight away. Otherwise we would be grateful for a short note confirming that the invoice has been approved for payment by its due date.

Thank you for your business.`,
  },
  {
    id: "pre-due",
    language: "en",
    tone: "any",
    subject: `Friendly reminder: invoice {{invoice_numbers}} due soon`,
    body: `{{salutation}}

This is a friendly reminder that the following payment to {{company_name}} falls due shortly.

{{invoice_table}}

If payment is already on its way, thank you, and please disregard this note. If you have any questions about the invoice, simply reply to this message or call us on {{company_phone}}.

{{payment_instructions}}`,
  },
  {
    id: "past-due",
    language: "en",
    tone: "soft",
    subject: `Payment reminder: {{overdue_amount}} overdue`,
    body: `{{salutation}}

Our records show that the invoices below, totalling {{overdue_amount}}, have passed their due date without payment. It may simply have been overlooked, or perhaps there is a query we can help with.

{{invoice_table}}

We would be grateful if you could arrange payment at your earliest convenience or, if there is a problem with any of the invoices, let us know so that we can put it right.

{{payment_instructions}}

If you have paid in the last few days, please accept our thanks and disregard this letter.`,
  },
  {
    id: "past-due",
    language: "en",
    tone: "firm",
    subject: `Overdue account: {{overdue_amount}} now past due`,
    body: `{{salutation}}

Our records show that {{overdue_amount}} on your account is now overdue, the oldest invoice by {{oldest_days_past_due}} days. The invoices concerned are listed below.

{{invoice_table}}

Please arrange payment within the next seven days. If there is a reason these invoices have not been paid, please contact me on {{company_phone}} or at {{company_email}} so that we can resolve it promptly.

{{payment_instructions}}`,
  },
  {
    id: "firm-reminder",
    language: "en",
    tone: "soft",
    subject: `Second reminder: {{overdue_amount}} overdue`,
    body: `{{salutation}}

We wrote to you recently about the overdue balance on your account but have not yet received payment or heard from you. The amount now overdue is {{overdue_amount}}, and the oldest invoice is {{oldest_days_past_due}} days past its due date.

{{invoice_table}}

We value working with you and would like to settle this without further fuss. Please arrange payment now, or call me on {{company_phone}} to agree a date by which you can pay.

{{payment_instructions}}`,
  },
  {
    id: "firm-reminder",
    language: "en",
    tone: "firm",
    subject: `Second reminder: immediate payment of {{overdue_amount}} required`,
    body: `{{salutation}}

Despite our earlier reminder, the invoices below remain unpaid. {{overdue_amount}} is now overdue, the oldest invoice by {{oldest_days_past_due}} days.

{{invoice_table}}

Please pay the overdue amount in full immediately. If you are unable to do so, contact me within five working days on {{company_phone}} to agree a payment date. Until your account is brought up to date we may have to hold further orders.

{{payment_instructions}}`,
  },
  {
    id: "final-notice",
    language: "en",
    tone: "firm",
    subject: `Final notice: payment of {{total_payable}} due by {{deadline}}`,
    body: `{{salutation}}

Despite our previous reminders, the invoices below remain unpaid. The oldest is now {{oldest_days_past_due}} days overdue.

{{invoice_table}}

{{fees}}

Unless we receive payment of {{total_payable}} in full by {{deadline}}, we will refer the debt to a collection agency or to our solicitors without further notice. This may lead to additional costs, which we will seek to recover from you.

If you dispute any of these invoices, or cannot pay in full, please contact me before {{deadline}} on {{company_phone}}. We would much rather resolve this directly with you.

{{payment_instructions}}`,
  },
  {
    id: "handover",
    language: "en",
    tone: "firm",
    subject: `Notice of referral for collection: {{total_payable}} unpaid`,
    body: `{{salutation}}

We have written to you several times about the overdue balance below, most recently with a final notice, and have received neither payment nor a proposal to pay.

{{invoice_table}}

{{fees}}

We are therefore referring the debt of {{total_payable}} to our collection agency, who will contact you shortly. The further costs of recovery may be added to the amount you owe.

If payment in full reaches us before the agency contacts you, the referral will be withdrawn.

{{payment_instructions}}`,
  },
  {
    id: "promise-confirmation",
    language: "en",
    tone: "any",
    subject: `Confirming your payment of {{promise_amount}} by {{promise_date}}`,
    body: `{{salutation}}

Thank you for speaking with us. As agreed, we have noted that you will pay {{promise_amount}} by {{promise_date}} towards the balance below.

{{invoice_table}}

We will not send further reminders before that date. If anything changes, please let me know before {{promise_date}}.

{{payment_instructions}}`,
  },
  {
    id: "plan-confirmation",
    language: "en",
    tone: "any",
    subject: `Your payment plan for {{total_due}}`,
    body: `{{salutation}}

Thank you for agreeing a payment plan with us. This letter confirms the instalments we agreed to clear the balance of {{total_due}} shown below.

{{plan_schedule}}

{{invoice_table}}

As long as each instalment arrives by its date, we will not send further reminders. If an instalment is missed, the remaining balance becomes due at once and our usual collection process will resume. Please quote your invoice numbers as the payment reference.

{{payment_instructions}}`,
  },
  {
    id: "statement",
    language: "en",
    tone: "any",
    subject: `Statement of account as at {{today}}`,
    body: `{{salutation}}

Please find below your statement of account with {{company_name}} as at {{today}}, listing all open invoices and credits.

{{invoice_table}}

The balance due is {{total_due}}, of which {{overdue_amount}} is overdue. If your records differ from ours, please let us know so that we can reconcile them.

{{payment_instructions}}`,
  },
];
