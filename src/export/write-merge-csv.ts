import type { MergeSource } from "./merge-source";

/** UTF-8 byte order mark: Excel and Word only read a CSV as UTF-8 when it starts with one. */
const UTF8_BOM = "\uFEFF";
const CRLF = "\r\n";

/**
 * First characters that make Excel (and LibreOffice, Google Sheets) read a cell as a formula, plus tab, CR and LF,
 * which some of them skip before looking (OWASP "CSV injection").
 */
const FORMULA_TRIGGERS = /^[=+\-@\t\r\n]/;

/**
 * Cell text that a spreadsheet opens as text, never as a formula: a leading = + - @ (or tab/CR/LF) gets a single
 * quote in front, the usual neutralisation. "-£120.00" becomes "'-£120.00".
 *
 * @example neutralizeFormula("=HYPERLINK(\"http://evil\")") //=> "'=HYPERLINK(\"http://evil\")"
 * @example neutralizeFormula("Acme Ltd")                     //=> "Acme Ltd"
 */
export function neutralizeFormula(text: string): string {
  return FORMULA_TRIGGERS.test(text) ? `'${text}` : text;
}

/**
 * A field as RFC 4180 writes it: quoted when it holds a comma, quote, CR or LF (or starts or ends with a space, which
 * some readers trim), with quotes doubled.
 *
 * @example csvField('He said "hi", twice') //=> '"He said ""hi"", twice"'
 */
export function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The mail-merge source as a CSV file: UTF-8 with a BOM, CRLF record ends, RFC 4180 quoting (line breaks inside
 * a field are kept, quoted), every field neutralised against formula injection.
 *
 * @returns the file's bytes
 * @example writeMergeCsv({ columns: ["a"], rows: [["=1+1"]] }).toString("utf8") //=> "\uFEFFa\r\n'=1+1\r\n"
 */
export function writeMergeCsv(source: MergeSource): Buffer {
  return Buffer.from(mergeCsvText(source), "utf8");
}

/**
 * The text of the mail-merge CSV (BOM first), for callers without Node's `Buffer`: the task pane turns it into a
 * UTF-8 file with `Blob`, the same bytes `writeMergeCsv` gives.
 *
 * @example mergeCsvText({ columns: ["a"], rows: [["=1+1"]] }) //=> "\uFEFFa\r\n'=1+1\r\n"
 */
export function mergeCsvText(source: MergeSource): string {
  const record = (cells: readonly string[]): string => cells.map((cell) => csvField(neutralizeFormula(cell))).join(",");
  const lines = [record(source.columns), ...source.rows.map(record)];
  return `${UTF8_BOM}${lines.join(CRLF)}${CRLF}`;
}
