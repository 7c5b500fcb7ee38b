/** How an invoice reached the customer, as far as the model cares: by e-mail/portal, or on paper. */
export type BillingChannel = "electronic" | "paper";

const ELECTRONIC_WORDS: ReadonlySet<string> = new Set([
  "electronic", "electronically", "email", "emailed", "paperless", "portal", "online", "edi", "einvoice", "einvoicing",
  "pdf", "digital", "web", "elektronisch", "electronique", "electronica", "electronico", "elektronische", "digitaal",
]);

const PAPER_WORDS: ReadonlySet<string> = new Set([
  "paper", "post", "postal", "mail", "mailed", "letter", "print", "printed", "fax", "papier", "papel", "courrier", "brief",
  "lettre", "correo postal", "post mail", "snail mail",
]);

/**
 * Reads a billing-channel cell ("Electronic", "Paper", "E-mail", "Post") into a channel, or null when the text
 * says neither (blank, "Other", a code the model cannot interpret). "Mail" alone is paper: US exports use it for
 * the postal service, and e-mail is spelled out.
 *
 * @example toBillingChannel("Electronic") //=> "electronic"
 * @example toBillingChannel(" e-mail ")   //=> "electronic"
 * @example toBillingChannel("Paper")      //=> "paper"
 * @example toBillingChannel("Courier")    //=> null
 */
export function toBillingChannel(text: string | null): BillingChannel | null {
  if (text === null) return null;
  const folded = text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  const words = folded.replace(/(^|\s)e-/g, "$1e").replace(/[^a-z]+/g, " ").trim();
  if (ELECTRONIC_WORDS.has(words)) return "electronic";
  if (PAPER_WORDS.has(words)) return "paper";
  return null;
}
