import { columnLetter, toCellAddress } from "../core/excel/address";
import type { Cents } from "../core/money/cents";
import type { CellAddress, Issue, Severity } from "../core/types/issue";
import type { AmountProblem } from "./amount-column";
import type { DateProblem } from "./date-column";
import { FIELD_LABELS, type FieldId } from "./fields";

/** Stable codes of the problems `readLedger` reports; the words are below, written for a bookkeeper. */
export type WorkbookIssueCode =
  | "no-header" | "override-outside-sheet" | "unreadable-date" | "date-order-ambiguous" | "date-order-conflict"
  | "date-order-from-sheet" | "unreadable-amount" | "decimal-mark-ambiguous" | "decimal-mark-conflict"
  | "missing-amount" | "missing-invoice-number" | "missing-customer" | "missing-due-date" | "no-due-date-column"
  | "unknown-currency" | "currency-conflict" | "unreadable-yes-no" | "grand-total-mismatch" | "subtotal-mismatch"
  | "total-not-checked" | "summary-mismatch" | "summary-customer-missing" | "summary-only" | "duplicate-invoice"
  | "payment-unmatched" | "overpaid" | "missing-date" | "settings-row-unreadable" | "sheet-not-found"
  | "due-from-terms";

/**
 * Builds an issue; `detail` is left out when there is none (exact optional properties).
 *
 * @example makeIssue("no-header", "info", address, "Collect did not read sheet …") //=> { code: "no-header", severity: "info", address, message: "Collect did not read sheet …" }
 */
export function makeIssue(code: WorkbookIssueCode, severity: Severity, address: CellAddress | null, message: string, detail?: string): Issue {
  return detail === undefined ? { code, severity, address, message } : { code, severity, address, message, detail };
}

/**
 * "sheet "Open Invoices", cell E7": how a message names a cell.
 *
 * @example cellWords("Open Invoices", 7, 5) //=> "Sheet \"Open Invoices\", cell E7"
 */
export function cellWords(sheet: string, row: number, column: number): string {
  return `Sheet "${sheet}", cell ${columnLetter(column)}${String(row)}`;
}

/**
 * Amount words for messages: 1234567 cents in EUR → "1,234,567.00 EUR".
 *
 * @example formatCents(123456700, "EUR") //=> "1,234,567.00 EUR"
 */
export function formatCents(cents: Cents | number, currency: string | null): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const text = `${sign}${whole}.${String(abs % 100).padStart(2, "0")}`;
  return currency === null ? text : `${text} ${currency}`;
}

function label(field: FieldId | "bucket"): string {
  return field === "bucket" ? "aging bucket" : FIELD_LABELS[field].toLowerCase();
}

const DATE_PROBLEM_WORDS: Readonly<Record<DateProblem, (text: string) => string>> = {
  "not-a-date": (text) => `"${text}" is not a date Collect can read. Type it as a date, for example 2026-11-25`,
  "no-such-day": (text) => `"${text}" is not a real calendar day. Correct the date`,
  "number-not-date": (text) => `holds the number ${text}, but the cell is not formatted as a date. If it is a date, format the column as a date (Home › Number Format › Short Date)`,
  "out-of-range": (text) => `holds ${text}, which is outside the dates Excel can show. Correct the date`,
  "error-value": (text) => `shows the error ${text}. Fix the formula or type the date`,
  "ambiguous-order": (text) => `"${text}" could be day/month or month/day. Set the order in the "Collect Settings" sheet`,
  "wrong-order": (text) => `"${text}" does not fit the day/month order of this column. Check the date, or the order set in "Collect Settings"`,
};

/**
 * A date cell Collect could not read; `outcome` says what happened to the row ("The invoice is kept without it.").
 *
 * @example unreadableDate("Ledger", 7, 4, "dueDate", "no-such-day", "2026-02-30", "The invoice is kept without it.", "warning").address //=> "Ledger!D7"
 */
export function unreadableDate(sheet: string, row: number, column: number, field: FieldId, problem: DateProblem, text: string, outcome: string, severity: Severity): Issue {
  return makeIssue("unreadable-date", severity, toCellAddress(sheet, row, column),
    `${cellWords(sheet, row, column)}: the ${label(field)} ${DATE_PROBLEM_WORDS[problem](text)}. ${outcome}`, problem);
}

/**
 * A column whose day/month order nothing settles.
 *
 * @example dateOrderAmbiguous("Invoices", 1, 3, "dueDate", 2, "03/04/2026").code //=> "date-order-ambiguous"
 */
export function dateOrderAmbiguous(sheet: string, headerRow: number, column: number, field: FieldId, exampleRow: number, example: string): Issue {
  return makeIssue("date-order-ambiguous", "error", toCellAddress(sheet, headerRow, column),
    `Sheet "${sheet}", column ${columnLetter(column)} (${label(field)}): dates such as "${example}" (cell ${columnLetter(column)}${String(exampleRow)}) could be day/month or month/day, and no date in the column settles it. Collect left these dates empty rather than guess. Add the row "dateOrder | ${sheet} | | day-first" (or month-first) to the "Collect Settings" sheet.`);
}

/**
 * A column that holds dates of both orders.
 *
 * @example dateOrderConflict("Invoices", 1, 3, "dueDate", 2, 3).severity //=> "error"
 */
export function dateOrderConflict(sheet: string, headerRow: number, column: number, field: FieldId, dayFirst: number, monthFirst: number): Issue {
  const letter = columnLetter(column);
  return makeIssue("date-order-conflict", "error", toCellAddress(sheet, headerRow, column),
    `Sheet "${sheet}", column ${letter} (${label(field)}) mixes day-first dates (cell ${letter}${String(dayFirst)}) and month-first dates (cell ${letter}${String(monthFirst)}). Collect read only dates that fit one order and left dates like 03/04 empty. Write the whole column one way, or set the order in the "Collect Settings" sheet.`);
}

/**
 * A column settled by the other date columns of its sheet.
 *
 * @example dateOrderFromSheet("Rechnungen", 1, 3, "invoiceDate", "day-first").severity //=> "info"
 */
export function dateOrderFromSheet(sheet: string, headerRow: number, column: number, field: FieldId, order: string): Issue {
  return makeIssue("date-order-from-sheet", "info", toCellAddress(sheet, headerRow, column),
    `Sheet "${sheet}", column ${columnLetter(column)} (${label(field)}) has only dates like 03/04; Collect read them ${order === "day-first" ? "day first" : "month first"}, like the other date columns of this sheet.`);
}

const AMOUNT_PROBLEM_WORDS: Readonly<Record<AmountProblem, (text: string) => string>> = {
  "not-an-amount": (text) => `"${text}" is not an amount Collect can read`,
  "error-value": (text) => `shows the error ${text}`,
  "ambiguous-decimal-mark": (text) => `"${text}" could be read with "," or "." as the decimal mark, and nothing in the column settles it`,
  "wrong-decimal-mark": (text) => `"${text}" does not use the decimal mark of the rest of the column`,
  "too-large": (text) => `"${text}" is too large an amount to count exactly`,
};

/**
 * An amount cell Collect could not read: the row is not read, and the amount is never taken as 0.
 *
 * @example unreadableAmount("Invoices", 2, 4, "amount", "not-an-amount", "n/a").address //=> "Invoices!D2"
 */
export function unreadableAmount(sheet: string, row: number, column: number, field: FieldId | "bucket", problem: AmountProblem, text: string): Issue {
  return makeIssue("unreadable-amount", "error", toCellAddress(sheet, row, column),
    `${cellWords(sheet, row, column)}: the ${label(field)} ${AMOUNT_PROBLEM_WORDS[problem](text)}, so this row was not read (Collect never takes an unreadable amount as 0). Type the amount as a number.`, problem);
}

/**
 * An optional amount (credit limit, promised amount) Collect could not read: left empty, the row is kept.
 *
 * @example unreadableOptionalAmount("Customers", 2, 6, "creditLimit", "not-an-amount", "lots").severity //=> "warning"
 */
export function unreadableOptionalAmount(sheet: string, row: number, column: number, field: FieldId, problem: AmountProblem, text: string): Issue {
  return makeIssue("unreadable-amount", "warning", toCellAddress(sheet, row, column),
    `${cellWords(sheet, row, column)}: the ${label(field)} ${AMOUNT_PROBLEM_WORDS[problem](text)}, so Collect left it empty. Type the amount as a number.`, problem);
}

/**
 * A column whose decimal mark nothing settles, or that mixes both.
 *
 * @example decimalMarkIssue("Invoices", 1, 4, "amount", false).code //=> "decimal-mark-ambiguous"
 */
export function decimalMarkIssue(sheet: string, headerRow: number, column: number, field: FieldId | "bucket", conflict: boolean): Issue {
  const words = conflict
    ? `mixes amounts written with "." and with "," as the decimal mark`
    : `holds amounts such as "1,234" that could be read with "," or "." as the decimal mark, and nothing in the column settles it`;
  return makeIssue(conflict ? "decimal-mark-conflict" : "decimal-mark-ambiguous", "error", toCellAddress(sheet, headerRow, column),
    `Sheet "${sheet}", column ${columnLetter(column)} (${label(field)}) ${words}. Rows that depend on it were not read. Add the row "decimalMark | ${sheet} | | ." (or ",") to the "Collect Settings" sheet.`);
}

/**
 * A required cell that is empty, or a value the row cannot do without.
 *
 * @example missingValue("missing-amount", "Invoices", 2, 4, "invoice \"A-1\" has no amount", "Fill in the amount.").severity //=> "error"
 */
export function missingValue(code: "missing-amount" | "missing-invoice-number" | "missing-customer" | "missing-date", sheet: string, row: number, column: number, what: string, fix: string): Issue {
  return makeIssue(code, "error", toCellAddress(sheet, row, column), `${cellWords(sheet, row, column)}: ${what}, so this row was not read. ${fix}`);
}

/**
 * An invoice kept without a due date.
 *
 * @example missingDueDate("Invoices", 3, 4, "A-2", "NAA8").message //=> "Sheet \"Invoices\", cell D3: invoice \"A-2\" has no due date, and Collect cannot work one out from the terms \"NAA8\". …"
 */
export function missingDueDate(sheet: string, row: number, column: number, invoiceNo: string, terms: string | null): Issue {
  const why = terms === null ? "has no due date and no payment terms" : `has no due date, and Collect cannot work one out from the terms "${terms}"`;
  return makeIssue("missing-due-date", "warning", toCellAddress(sheet, row, column),
    `${cellWords(sheet, row, column)}: invoice "${invoiceNo}" ${why}. It is kept, but cannot be aged or chased by date until you fill in the due date.`);
}

/**
 * A sheet of invoices with no due-date column at all (one issue, not one per row).
 *
 * @example noDueDateColumn("Ledger", 1, 1).address //=> "Ledger!A1"
 */
export function noDueDateColumn(sheet: string, headerRow: number, left: number): Issue {
  return makeIssue("no-due-date-column", "warning", toCellAddress(sheet, headerRow, left),
    `Sheet "${sheet}" has no due-date column Collect recognised, and no payment terms to work due dates out from. Its invoices cannot be aged. Name the column "Due Date", or add "mapping | ${sheet} | dueDate | F" (with the right column letter) to the "Collect Settings" sheet.`);
}

/**
 * A sheet Collect could not read.
 *
 * @example noHeader("Notes", 1, 1).code //=> "no-header"
 */
export function noHeader(sheet: string, row: number, column: number): Issue {
  return makeIssue("no-header", "info", toCellAddress(sheet, row, column),
    `Collect did not read sheet "${sheet}": none of its first 30 rows looks like a header row (column titles such as Invoice, Customer, Due Date, Amount). If it holds invoices, payments or customers, add such a header row, or set it with "headerRow | ${sheet} | | 3" in the "Collect Settings" sheet.`);
}

/**
 * A column letter from the settings that lies outside the sheet.
 *
 * @example overrideOutsideSheet("Invoices", 1, 1, "dueDate", "Z").code //=> "override-outside-sheet"
 */
export function overrideOutsideSheet(sheet: string, headerRow: number, left: number, field: FieldId, letters: string): Issue {
  return makeIssue("override-outside-sheet", "warning", toCellAddress(sheet, headerRow, left),
    `The "Collect Settings" sheet maps ${label(field)} on sheet "${sheet}" to column "${letters}", which is not a column of that sheet's table; Collect ignored it. Use the letter of a column under the header row.`);
}

/**
 * Text in a currency column that names no currency.
 *
 * @example unknownCurrency("Invoices", 2, 4, "Dollars").address //=> "Invoices!D2"
 */
export function unknownCurrency(sheet: string, row: number, column: number, text: string): Issue {
  return makeIssue("unknown-currency", "warning", toCellAddress(sheet, row, column),
    `${cellWords(sheet, row, column)}: "${text}" is not a currency code Collect knows. The row is kept without a currency and is not added to other currencies. Use a code such as USD, EUR, GBP or CAD.`);
}

/**
 * Two cells of a row that name different currencies.
 *
 * @example currencyConflict("Invoices", 2, 5, "CAD", "EUR").severity //=> "warning"
 */
export function currencyConflict(sheet: string, row: number, column: number, stated: string, written: string): Issue {
  return makeIssue("currency-conflict", "warning", toCellAddress(sheet, row, column),
    `${cellWords(sheet, row, column)}: the amount is written in ${written}, but the row's currency is ${stated}. Collect used ${stated}; correct whichever is wrong.`);
}

/**
 * A yes/no cell Collect could not read; `assumed` is the safe reading it took.
 *
 * @example unreadableYesNo("Invoices", 2, 6, "disputed", "maybe", "Collect treats the invoice as disputed.").code //=> "unreadable-yes-no"
 */
export function unreadableYesNo(sheet: string, row: number, column: number, field: FieldId, text: string, assumed: string): Issue {
  return makeIssue("unreadable-yes-no", "warning", toCellAddress(sheet, row, column),
    `${cellWords(sheet, row, column)}: "${text}" in the ${label(field)} column is not yes or no. ${assumed} Write Yes or No.`);
}
