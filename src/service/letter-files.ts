/*
 * The letters of a run as files to hand to the user: the Word file with every letter, one Outlook draft per
 * customer, and the Word mail-merge source. Built without Node's Buffer, so the task pane can offer them as
 * downloads from the browser (Excel's web view) exactly as the CLI writes them to disk.
 */
import type { RenderedLetter } from "../core/letters/rendered-letter";
import { emlFileName, mergeCsvText, mergeSourceRows, writeEml, writeLettersDocxBytes } from "../export";

/** A file to save: its name, MIME type and content (text is saved as UTF-8). */
export interface DownloadFile {
  readonly fileName: string;
  readonly mimeType: string;
  readonly content: Uint8Array | string;
}

/** MIME type of a Word document (.docx). */
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
/** MIME type of an e-mail message (.eml). */
export const EML_MIME = "message/rfc822";
/** MIME type of the mail-merge source. */
export const CSV_MIME = "text/csv;charset=utf-8";

/**
 * Every letter in one Word file, one per page, named after the as-of date.
 *
 * @example (await lettersDocxFile(run.letters, run.asOf)).fileName //=> "Collect letters 2026-11-30.docx"
 */
export async function lettersDocxFile(letters: readonly RenderedLetter[], asOf: string): Promise<DownloadFile> {
  return { fileName: `Collect letters ${asOf}.docx`, mimeType: DOCX_MIME, content: await writeLettersDocxBytes(letters) };
}

/**
 * The Outlook draft of one letter, or null when it has no e-mail recipient (the letter is in the Word file only).
 *
 * @example emlDraftFile(letter)?.fileName //=> "C001-final-notice-3f2a9c1d.eml"
 */
export function emlDraftFile(letter: RenderedLetter): DownloadFile | null {
  return letter.email === null ? null : { fileName: emlFileName(letter), mimeType: EML_MIME, content: writeEml(letter) };
}

/**
 * The mail-merge source of the letters as a UTF-8 CSV (with a byte order mark, as Word and Excel need).
 *
 * @example mergeCsvFile(run.letters, run.asOf).fileName //=> "Collect merge 2026-11-30.csv"
 */
export function mergeCsvFile(letters: readonly RenderedLetter[], asOf: string): DownloadFile {
  return { fileName: `Collect merge ${asOf}.csv`, mimeType: CSV_MIME, content: mergeCsvText(mergeSourceRows(letters)) };
}
