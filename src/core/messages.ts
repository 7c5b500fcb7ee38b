/**
 * The words for every expected-failure code in core, written for a bookkeeper (HyperFormula's ErrorMessage).
 * Boundaries (functions, task pane, CLI) show these; codes stay stable for programs.
 */
export const MESSAGES = {
  "not-an-iso-date": "is not a date. Use a date cell, a date serial, or text like 2026-11-25.",
  "no-such-day": "is not a real calendar day (for example 31 April). Check the date.",
  "not-a-number": "is not a number.",
  "out-of-range": "is outside the dates Excel can show (1900 to 9999). Check the date.",
  "phantom-leap-day": "is 29 February 1900, a day that did not exist (an old Lotus 1-2-3 quirk Excel keeps). Use 28 February or 1 March.",
  "too-large": "is too large an amount to handle exactly.",
  "edges-empty": "needs at least one bucket edge, e.g. {30,60,90}.",
  "edges-not-whole-positive": "bucket edges must be whole numbers of days, 1 or more, e.g. {30,60,90}.",
  "edges-not-increasing": "bucket edges must go up, e.g. {30,60,90}.",
  "no-sales": "there are no sales in the period, so days sales outstanding cannot be computed.",
  "negative-sales": "sales cannot be negative.",
  "bad-period": "the number of days in the period must be more than 0.",
  "sales-history-too-short": "open receivables are larger than all the sales given; add earlier months of sales.",
  "nothing-collectible": "there was nothing collectible in the period (opening balance + sales − current balance is 0 or less).",
  "bad-months": "the number of months must be a whole number, 1 or more.",
  "no-open-invoices": "there are no open invoices with a balance.",
  "no-paid-invoices": "there are no paid invoices in the ranges (both an invoice date and a paid date are needed).",
} as const;

export type MessageCode = keyof typeof MESSAGES;

/** The bookkeeper's words for an error code. @example messageFor("no-sales") //=> "there are no sales in the period, …" */
export function messageFor(code: MessageCode): string {
  return MESSAGES[code];
}
