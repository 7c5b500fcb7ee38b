/**
 * Control characters a cell can hold (pasted from another system, or typed to attack an export): C0 and C1
 * controls other than tab and line feed, DEL, the Unicode line/paragraph separators, and unpaired surrogates.
 * None is allowed in XML 1.0 (the .docx) or survives an e-mail header unharmed, and none prints.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point of this pattern
const UNPRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Cell text made safe to print: line endings become "\n", unprintable characters are dropped, tabs become
 * spaces and trailing spaces on each line are removed. Letters, emoji and right-to-left text are kept.
 *
 * @example cleanCellText("Acme\r\nLtd\u0007 ") //=> "Acme\nLtd"
 */
export function cleanCellText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(UNPRINTABLE, "")
    .replace(/\t/g, " ")
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .trim();
}

/**
 * Cell text on one line (a name, a subject): every line break and run of white space becomes one space.
 *
 * @example cleanLine("Acme\r\nBcc: evil@x") //=> "Acme Bcc: evil@x"
 */
export function cleanLine(text: string): string {
  return cleanCellText(text).replace(/\s+/g, " ");
}

/**
 * Cleaned text, or null when nothing printable is left (an empty cell, spaces only).
 *
 * @example cleanOptional("  ") //=> null
 * @example cleanOptional(" Priya Shah ") //=> "Priya Shah"
 */
export function cleanOptional(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const cleaned = cleanLine(text);
  return cleaned === "" ? null : cleaned;
}

/**
 * The lines of an address as one cell holds it: separated by line breaks, or else by commas.
 *
 * @example splitAddressLines("14 Town Quay, Southampton, SO14 2AQ") //=> ["14 Town Quay", "Southampton", "SO14 2AQ"]
 * @example splitAddressLines("Unit 4\nHarbour Lane") //=> ["Unit 4", "Harbour Lane"]
 */
export function splitAddressLines(address: string | null): readonly string[] {
  if (address === null) return [];
  const cleaned = cleanCellText(address);
  const parts = cleaned.includes("\n") ? cleaned.split("\n") : cleaned.split(",");
  return parts.map((part) => part.trim().replace(/\s+/g, " ")).filter((part) => part !== "");
}
