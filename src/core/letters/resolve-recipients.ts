import type { Issue } from "../types/issue";
import type { LetterJob } from "./letter-job";
import type { LetterEmail, Mailbox } from "./rendered-letter";
import { cleanLine, cleanOptional } from "./clean-text";
import { parseEmailList, toEmailAddress } from "./email-address";
import { atCell, letterIssue } from "./letter-issues";

/** The e-mail recipients of a letter, or null (no draft), with the issues that explain why. */
export interface ResolvedRecipients {
  readonly email: LetterEmail | null;
  readonly issues: readonly Issue[];
}

const MAX_QUOTED = 60;

/**
 * Works out From, To, Cc and Bcc of the e-mail draft (DOMAIN.md need #9): To is the billing e-mail (a cell may hold
 * several addresses), Cc the extra recipients of this send, Bcc the company's own proof address. A customer
 * without a usable address gets no draft and an Issue saying the Word letter was still made; a cell holding
 * anything but addresses is refused whole rather than guessed at, because a stray line in it ("Bcc: …") is
 * exactly how header injection is attempted.
 *
 * @example resolveRecipients(jobWithEmail("dean@quayside.example"), "Quayside", "Dean").email?.to
 *   //=> [{ name: "Dean", address: "dean@quayside.example" }]
 */
export function resolveRecipients(job: LetterJob, customerName: string, contactPerson: string | null): ResolvedRecipients {
  const issues: Issue[] = [];
  const cell = job.fieldSources?.email ?? job.source;
  const raw = job.customer.email === null ? "" : cleanLine(job.customer.email);
  if (raw === "") {
    issues.push(letterIssue("letter-no-email", "warning", cell,
      `${atCell(cell)}${customerName} has no e-mail address, so no Outlook draft (.eml) was made; the letter is in the Word file. Add the billing e-mail to get a draft.`));
    return { email: null, issues };
  }
  const list = parseEmailList(raw);
  if (list.invalid.length > 0 || list.addresses.length === 0) {
    issues.push(letterIssue("letter-bad-email", "warning", cell,
      `${atCell(cell)}"${clip(raw)}" is not a usable e-mail address for ${customerName}, so no Outlook draft (.eml) was made; the letter is in the Word file. Correct the address (several addresses may be separated by ";").`,
      `unusable parts: ${list.invalid.map((part) => JSON.stringify(clip(part))).join(", ")}`));
    return { email: null, issues };
  }
  const to: Mailbox[] = list.addresses.map((address, index) => ({ name: index === 0 ? contactPerson ?? customerName : null, address }));
  const taken = new Set(list.addresses.map((address) => address.toLowerCase()));
  const cc: Mailbox[] = [];
  for (const entry of job.customer.cc) {
    const parsed = parseEmailList(cleanLine(entry));
    if (parsed.invalid.length > 0) {
      issues.push(letterIssue("letter-bad-cc", "warning", job.source,
        `${atCell(job.source)}the CC "${clip(cleanLine(entry))}" for ${customerName} is not a usable e-mail address and was left off the draft.`));
      continue;
    }
    for (const address of parsed.addresses) {
      if (!taken.has(address.toLowerCase())) cc.push({ name: null, address });
      taken.add(address.toLowerCase());
    }
  }
  const bcc: Mailbox[] = [];
  const bccSelf = cleanOptional(job.company.bccSelf);
  if (bccSelf !== null) {
    const checked = toEmailAddress(bccSelf);
    if (checked.ok) bcc.push({ name: null, address: checked.value });
    else issues.push(letterIssue("letter-bad-bcc", "warning", null,
      `The BCC-to-self address "${clip(bccSelf)}" in the company block of Collect Letters is not a usable e-mail address, so drafts carry no proof copy. Correct it to get one.`));
  }
  const senderAddress = cleanOptional(job.company.email);
  const sender = senderAddress === null ? null : toEmailAddress(senderAddress);
  const from: Mailbox | null = sender !== null && sender.ok ? { name: cleanOptional(job.company.name), address: sender.value } : null;
  return { email: { from, to, cc, bcc }, issues };
}

function clip(text: string): string {
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text;
}
