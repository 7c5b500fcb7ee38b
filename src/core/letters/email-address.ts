import { err, ok, type Result } from "../types/result";

/**
 * A conservative RFC 5322 addr-spec: dot-atom local part and a dotted host name of letters, digits and
 * hyphens. Quoted local parts, IP literals and internationalised addresses are refused: they are rare in
 * billing contacts and each is a way to smuggle header syntax into a draft.
 */
const ADDR_SPEC = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** RFC 5321's limit on a whole address. */
const MAX_ADDRESS_LENGTH = 254;

/** Separators a bookkeeper puts between several addresses in one cell. */
const LIST_SEPARATOR = /[;,\s]+/;

export type EmailAddressError = "not-an-email-address";

/**
 * Checks one e-mail address as typed (surrounding spaces and `mailto:` allowed) and returns it trimmed.
 *
 * @example toEmailAddress(" dean@quaysidekitchen.example ") //=> { ok: true, value: "dean@quaysidekitchen.example" }
 * @example toEmailAddress("dean@x.example\r\nBcc: evil@x")  //=> { ok: false, error: "not-an-email-address" }
 */
export function toEmailAddress(text: string): Result<string, EmailAddressError> {
  const trimmed = text.trim().replace(/^mailto:/i, "");
  return trimmed.length <= MAX_ADDRESS_LENGTH && ADDR_SPEC.test(trimmed) ? ok(trimmed) : err("not-an-email-address");
}

/** The addresses of one cell, split into the ones that can be used and the ones that cannot. */
export interface EmailList {
  readonly addresses: readonly string[];
  readonly invalid: readonly string[];
}

/**
 * Splits a cell holding one or more addresses ("a@x.example; b@x.example") and checks each. A display name
 * typed around an address ("Dean <dean@x.example>") keeps the address.
 *
 * @example parseEmailList("a@x.example; b@x.example") //=> { addresses: ["a@x.example", "b@x.example"], invalid: [] }
 * @example parseEmailList("a@x.example, nobody")      //=> { addresses: ["a@x.example"], invalid: ["nobody"] }
 */
export function parseEmailList(text: string): EmailList {
  const withoutNames = text.replace(/[^<>;,]*<([^<>]*)>/g, " $1 ");
  const addresses: string[] = [];
  const invalid: string[] = [];
  for (const part of withoutNames.split(LIST_SEPARATOR)) {
    if (part === "") continue;
    const checked = toEmailAddress(part);
    if (checked.ok) {
      if (!addresses.some((known) => known.toLowerCase() === checked.value.toLowerCase())) addresses.push(checked.value);
    } else {
      invalid.push(part);
    }
  }
  return { addresses, invalid };
}

/**
 * The domain of an address, lower-cased.
 *
 * @example emailDomain("Accounts@Harbour.example") //=> "harbour.example"
 */
export function emailDomain(address: string): string {
  return address.slice(address.lastIndexOf("@") + 1).toLowerCase();
}
