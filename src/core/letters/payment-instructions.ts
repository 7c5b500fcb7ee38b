import type { BankDetails } from "./letter-job";
import type { LetterWords } from "./letter-words";
import type { Inline } from "./rendered-letter";
import { cleanOptional } from "./clean-text";

/**
 * Only web links a customer can safely open: http(s) with a host and no spaces, quotes or angle brackets. A
 * `javascript:` or `data:` link typed into the company block is refused, never put in an e-mail.
 */
const SAFE_LINK = /^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?(?:[/?#][^\s<>"'`\\]*)?$/i;

/**
 * The payment link when it is a safe http(s) address, else null.
 *
 * @example toPaymentLink(" https://pay.example.com/harbour-lane ") //=> "https://pay.example.com/harbour-lane"
 * @example toPaymentLink("javascript:alert(1)")                    //=> null
 */
export function toPaymentLink(text: string | null): string | null {
  const cleaned = cleanOptional(text);
  return cleaned !== null && SAFE_LINK.test(cleaned) ? cleaned : null;
}

/**
 * The payment instructions paragraph: the bank transfer details the company block gives, one per line, and the
 * pay-now link. Empty when there are neither bank details nor a link.
 *
 * @example paymentInstructions(null, "https://pay.example", letterWordsFor("en"))
 *   //=> [{ kind: "text", text: "You can pay securely online at " }, { kind: "link", … }, { kind: "text", text: "." }]
 */
export function paymentInstructions(bank: BankDetails | null, link: string | null, words: LetterWords): readonly Inline[] {
  const labels = words.bankLabels;
  // Pairs that belong together share a line (holder and bank; sort code and account; IBAN and BIC), so the block
  // stays three lines long and the letter fits on one page.
  const details = bank === null ? [] : [
    pair(labelled(labels.accountName, bank.accountName), labelled(labels.bankName, bank.bankName)),
    pair(labelled(labels.sortCode, bank.sortCode), labelled(labels.accountNumber, bank.accountNumber)),
    pair(labelled(labels.iban, bank.iban), labelled(labels.bic, bank.bic)),
  ].filter((line): line is string => line !== null);
  // Bank and account holder alone do not let anyone pay: only print a transfer block with a number to pay into.
  const payable = bank !== null && (cleanOptional(bank.iban) !== null || cleanOptional(bank.accountNumber) !== null);
  const inlines: Inline[] = [];
  if (payable) {
    inlines.push({ kind: "text", text: words.bankIntro });
    for (const line of details) inlines.push({ kind: "break" }, { kind: "text", text: line });
  }
  if (link !== null) {
    if (inlines.length > 0) inlines.push({ kind: "break" });
    inlines.push({ kind: "text", text: `${payable ? words.payOnlineToo : words.payOnlineOnly} ` }, { kind: "link", text: link, href: link }, { kind: "text", text: "." });
  }
  return inlines;
}

/** The separator between two details on one line. */
const DETAIL_SEPARATOR = "  ·  ";

function pair(first: string | null, second: string | null): string | null {
  if (first === null) return second;
  return second === null ? first : `${first}${DETAIL_SEPARATOR}${second}`;
}

function labelled(label: string, value: string | null): string | null {
  const cleaned = cleanOptional(value);
  return cleaned === null ? null : `${label}: ${cleaned}`;
}
