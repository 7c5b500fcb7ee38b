/** Terms that mean the invoice is due the day it is issued. */
const DUE_ON_RECEIPT =
  /^(due on receipt|due upon receipt|upon receipt|on receipt|cod|cash on delivery|immediate|immediately|payable immediately|sofort|sofort fallig|sofort zahlbar|a reception|comptant|contado|de contado|direct|per direct|contant)$/;
const NET_DAYS = /\bnet(?:to)?\s*(\d{1,3})\b/;
const N_DAYS = /^n\s*(\d{1,3})$/;
const DAYS_WORD = /^(?:within\s+|innerhalb\s+|binnen\s+|a\s+|à\s+)?(\d{1,3})\s*(?:days?|d|tage|tagen|jours|j|dias|días|dagen)\b/;
const DIACRITICS = /[\u0300-\u036f]/g;

/**
 * The number of days after the invoice date that payment terms give, when the terms say so in words
 * Collect knows: "Net 30", "2/10 Net 30", "N30", "30 days", "30 Tage netto", "30 jours", "Due on receipt" (0).
 * Codes only the customer's system understands ("NAA8") give null.
 *
 * @example parseTermsDays("Net 30")         //=> 30
 * @example parseTermsDays("2/10 Net 45")    //=> 45
 * @example parseTermsDays("Due on receipt") //=> 0
 * @example parseTermsDays("NAA8")           //=> null
 */
export function parseTermsDays(terms: string): number | null {
  const text = terms.trim().toLowerCase().normalize("NFD").replace(DIACRITICS, "").replace(/\s+/g, " ");
  if (DUE_ON_RECEIPT.test(text)) return 0;
  const match = NET_DAYS.exec(text) ?? N_DAYS.exec(text) ?? DAYS_WORD.exec(text);
  return match === null ? null : Number(match[1]);
}
