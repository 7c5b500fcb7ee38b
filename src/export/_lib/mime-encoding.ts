/**
 * The few MIME encodings an e-mail draft needs, written out rather than pulled from a mail library: quoted-printable
 * bodies (RFC 2045 §6.7), RFC 2047 encoded-words for non-ASCII header text, and header folding (RFC 5322 §2.2.3).
 * Every line this module returns is ASCII, so the message is 7-bit clean whatever the cells held.
 */

/** RFC 5322's recommended maximum header line length, without CRLF. */
export const MAX_HEADER_LINE = 78;
/** RFC 2045's maximum encoded body line length, without CRLF. */
export const MAX_BODY_LINE = 76;
/** UTF-8 bytes per encoded-word: 36 bytes → 48 base64 characters → a 60-character word, which fits on a line after "Subject: ". */
const ENCODED_WORD_BYTES = 36;

export const CRLF = "\r\n";

const encoder = new TextEncoder();

/**
 * Header text with every control character (CR and LF above all), the Unicode line separators and runs of white
 * space collapsed to single spaces: a cell's line break can never start a new header.
 *
 * @example sanitizeHeaderText("Dean\r\nBcc: evil@x.example") //=> "Dean Bcc: evil@x.example"
 */
export function sanitizeHeaderText(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return text.replace(/[\u0000-\u001F\u007F-\u009F\u0085\u2028\u2029]/g, " ").replace(/\s+/g, " ").trim();
}

/** True for text of printable US-ASCII and spaces only. */
export function isPrintableAscii(text: string): boolean {
  return /^[\x20-\x7E]*$/.test(text);
}

/**
 * Text as RFC 2047 "B" encoded-words (UTF-8, base64), split between characters so no word exceeds the line limit
 * and no character is cut in half (surrogate pairs and multi-byte UTF-8 stay whole).
 *
 * @example encodeWords("Köln") //=> ["=?UTF-8?B?S8O2bG4=?="]
 */
export function encodeWords(text: string): readonly string[] {
  const words: string[] = [];
  let chunk: number[] = [];
  for (const char of text) {
    const bytes = encoder.encode(char);
    if (chunk.length + bytes.length > ENCODED_WORD_BYTES) {
      words.push(encodedWord(chunk));
      chunk = [];
    }
    chunk.push(...bytes);
  }
  if (chunk.length > 0 || words.length === 0) words.push(encodedWord(chunk));
  return words;
}

function encodedWord(bytes: readonly number[]): string {
  // btoa over a byte string: the same Base64 as Buffer's, and it exists in browsers (the task pane) and Node 16+.
  return `=?UTF-8?B?${btoa(String.fromCharCode(...bytes))}?=`;
}

/**
 * A complete header field folded to lines of at most 78 characters: the tokens are joined by single spaces and a
 * fold (CRLF + space) is put before a token that would overflow the line. Tokens themselves are never split, so
 * callers pass encoded-words and addresses as whole tokens.
 *
 * @example foldHeader("Subject", ["Payment", "reminder"]) //=> "Subject: Payment reminder"
 */
export function foldHeader(name: string, tokens: readonly string[]): string {
  const lines: string[] = [];
  let line = `${name}:`;
  for (const token of tokens) {
    if (line.length + 1 + token.length > MAX_HEADER_LINE && line.trim() !== `${name}:`) {
      lines.push(line);
      line = "";
    }
    line += ` ${token}`;
  }
  lines.push(line);
  return lines.join(CRLF);
}

/**
 * An unstructured header (Subject): plain words when the text is printable ASCII that folds within the limit and
 * cannot be mistaken for an encoded-word; else encoded-words.
 *
 * @example unstructuredHeader("Subject", "Zahlungserinnerung: 3.470,40 €")
 *   //=> "Subject: =?UTF-8?B?WmFobHVuZ3NlcmlubmVydW5nOiAzLjQ3MCw0MCDigqw=?="
 */
export function unstructuredHeader(name: string, text: string): string {
  const clean = sanitizeHeaderText(text);
  const words = clean === "" ? [] : clean.split(" ");
  const plain = isPrintableAscii(clean) && !clean.includes("=?") && words.every((word) => name.length + 2 + word.length <= MAX_HEADER_LINE);
  return foldHeader(name, plain ? words : encodeWords(clean));
}

/** Characters allowed unquoted in a display name (RFC 5322 atext plus spaces between atoms). */
const ATOM_PHRASE = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]+$/;

/**
 * The header tokens of one mailbox: a display name (as atoms, a quoted string, or encoded-words for non-ASCII
 * text) followed by `<address>`. The address has been checked by core; only the name needs care.
 *
 * @example mailboxTokens("Dean Whitlock", "dean@x.example") //=> ["Dean", "Whitlock", "<dean@x.example>"]
 * @example mailboxTokens("Ellis, Margaret", "m@x.example")   //=> ["\"Ellis, Margaret\"", "<m@x.example>"]
 */
export function mailboxTokens(name: string | null, address: string): readonly string[] {
  const angle = `<${address}>`;
  const clean = name === null ? "" : sanitizeHeaderText(name);
  if (clean === "") return [address];
  if (ATOM_PHRASE.test(clean) && !clean.includes("=?")) return [...clean.split(" "), angle];
  const quoted = `"${clean.replace(/(["\\])/g, "\\$1")}"`;
  if (isPrintableAscii(clean) && !clean.includes("=?") && quoted.length <= MAX_HEADER_LINE - 6) return [quoted, angle];
  return [...encodeWords(clean), angle];
}

/**
 * Text as quoted-printable over UTF-8 with CRLF line ends: printable ASCII stays readable, everything else becomes
 * =XX, trailing spaces are encoded, and long lines get soft breaks ("=" at the end) so no line exceeds 76.
 *
 * @example encodeQuotedPrintable("Grüße\nBye ") //=> "Gr=C3=BC=C3=9Fe\r\nBye=20"
 */
export function encodeQuotedPrintable(text: string): string {
  return text.replace(/\r\n?/g, "\n").split("\n").map(encodeQuotedPrintableLine).join(CRLF);
}

function encodeQuotedPrintableLine(line: string): string {
  const bytes = encoder.encode(line);
  const pieces: string[] = [];
  bytes.forEach((byte, index) => {
    const last = index === bytes.length - 1;
    const literal = (byte >= 33 && byte <= 126 && byte !== 61) || ((byte === 32 || byte === 9) && !last);
    pieces.push(literal ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, "0")}`);
  });
  const out: string[] = [];
  let current = "";
  for (const piece of pieces) {
    if (current.length + piece.length > MAX_BODY_LINE - 1) {
      out.push(`${current}=`);
      current = "";
    }
    current += piece;
  }
  out.push(current);
  return out.join(CRLF);
}
