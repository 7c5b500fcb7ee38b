/** The public surface of the letter exports: Word letters, Outlook drafts, the Word mail-merge source, the bench. */
export { NoLettersError, writeLettersDocx, writeLettersDocxBytes, type WriteLettersDocxOptions } from "./write-letters-docx";
export { NoRecipientError, emlFileName, writeEml, writeEmlDrafts, type EmlFile } from "./write-eml";
export { MERGE_SHEET_NAME, invoiceListText, mergeSheet, mergeSourceRows, type MergeSource } from "./merge-source";
export { csvField, mergeCsvText, neutralizeFormula, writeMergeCsv } from "./write-merge-csv";
export { benchLetters5000, type BenchLettersOptions, type LettersBench } from "./bench-letters";
