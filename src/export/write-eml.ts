import { emailDomain } from "../core/letters/email-address";
import { letterBodyText } from "../core/letters/letter-plain-text";
import type { Mailbox, RenderedLetter } from "../core/letters/rendered-letter";
import { letterHtml } from "./_lib/letter-html";
import { CRLF, encodeQuotedPrintable, foldHeader, mailboxTokens, unstructuredHeader } from "./_lib/mime-encoding";
import { messageId, rfc5322Date, stableHash } from "./_lib/message-identity";

/** `writeEml` was given a letter without recipients; callers skip those (renderLetter already said why). */
export class NoRecipientError extends Error {
  override readonly name = "NoRecipientError";
  constructor(customerKey: string) {
    super(`The letter to customer "${customerKey}" has no e-mail recipients (letter.email is null); it cannot become an .eml draft.`);
  }
}

/** The host part of Message-IDs when the company block has no usable e-mail (RFC 2606 reserves ".invalid"). */
const FALLBACK_DOMAIN = "collect.invalid";

/** A mailbox's tokens, the last one followed by the comma that separates it from the next mailbox. */
function listedMailboxTokens(mailbox: Mailbox, last: boolean): readonly string[] {
  const tokens = mailboxTokens(mailbox.name, mailbox.address);
  return last ? tokens : [...tokens.slice(0, -1), `${tokens[tokens.length - 1] ?? ""},`];
}

function addressHeader(name: string, mailboxes: readonly Mailbox[]): string {
  return foldHeader(name, mailboxes.flatMap((mailbox, index) => listedMailboxTokens(mailbox, index === mailboxes.length - 1)));
}

function part(contentType: string, text: string): string {
  return [`Content-Type: ${contentType}; charset=UTF-8`, "Content-Transfer-Encoding: quoted-printable", "", encodeQuotedPrintable(text)].join(CRLF);
}

/**
 * One Outlook draft (.eml) per customer, written by hand to RFC 5322/2045/2047: `X-Unsent: 1` makes Outlook open it
 * as a draft ready to send. From is the company, To the billing contact(s), then the optional Cc and the
 * Bcc-to-self proof copy. The body is multipart/alternative: plain text (the invoice table in fixed columns) and
 * HTML (the invoice table as a table), both UTF-8 quoted-printable. Every header value is stripped of CR/LF and
 * control characters and encoded (RFC 2047) when not plain ASCII; every line is at most 78 characters and ends in
 * CRLF. Date, Message-ID and boundary derive from the customer and as-of date, so a rerun gives the same bytes.
 *
 * @param letter - a rendered letter with `email` set
 * @returns the message as ASCII text with CRLF line ends
 * @example writeEml(letter).split("\r\n")[0] //=> "X-Unsent: 1"
 */
export function writeEml(letter: RenderedLetter): string {
  const email = letter.email;
  if (email === null) throw new NoRecipientError(letter.customerKey);
  const domain = email.from === null ? FALLBACK_DOMAIN : emailDomain(email.from.address);
  const boundary = `=_collect_${stableHash(`${letter.customerKey}|${letter.asOf}|${letter.templateId}`)}`;
  const contacts = letter.letterhead.contactLines.join("\n");
  const text = `${letterBodyText(letter)}${contacts === "" ? "" : `\n${contacts}`}\n`;
  const headers = [
    "X-Unsent: 1",
    ...(email.from === null ? [] : [addressHeader("From", [email.from])]),
    addressHeader("To", email.to),
    ...(email.cc.length === 0 ? [] : [addressHeader("Cc", email.cc)]),
    ...(email.bcc.length === 0 ? [] : [addressHeader("Bcc", email.bcc)]),
    unstructuredHeader("Subject", letter.subject),
    `Date: ${rfc5322Date(letter.asOf)}`,
    `Message-ID: ${messageId(letter.customerKey, letter.asOf, domain)}`,
    `Content-Language: ${letter.language.replace(/[^A-Za-z0-9-]/g, "")}`,
    "MIME-Version: 1.0",
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
  ];
  return [
    ...headers,
    "",
    "This is a multi-part message in MIME format.",
    "",
    `--${boundary}`,
    part("text/plain", text),
    `--${boundary}`,
    part("text/html", `${letterHtml(letter)}\n`),
    `--${boundary}--`,
    "",
  ].join(CRLF);
}

/** One .eml file: its name in the output folder and its content. */
export interface EmlFile {
  readonly fileName: string;
  readonly content: string;
}

/**
 * A file name for a customer's draft: the account key and template, ASCII letters, digits and hyphens only, with a
 * hash suffix so two keys that slug alike ("A/1", "A 1") never overwrite each other.
 *
 * @example emlFileName(letter) //=> "C001-final-notice-3f2a9c1d.eml"
 */
export function emlFileName(letter: RenderedLetter): string {
  const slug = `${letter.customerKey}-${letter.templateId}`.normalize("NFKD").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60);
  return `${slug === "" ? "letter" : slug}-${stableHash(letter.customerKey).slice(0, 8)}.eml`;
}

/**
 * The drafts of every letter that has recipients, one file per customer. Letters without a usable address are
 * skipped here: `renderLetter` has already raised an Issue for each ("no Outlook draft was made; the letter is in
 * the Word file").
 *
 * @example writeEmlDrafts(letters).map((file) => file.fileName) //=> ["C001-final-notice-….eml", …]
 */
export function writeEmlDrafts(letters: readonly RenderedLetter[]): readonly EmlFile[] {
  return letters.filter((letter) => letter.email !== null).map((letter) => ({ fileName: emlFileName(letter), content: writeEml(letter) }));
}
