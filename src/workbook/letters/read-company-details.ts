import { cleanOptional } from "../../core/letters/clean-text";
import { toEmailAddress } from "../../core/letters/email-address";
import type { BankDetails, LetterSender } from "../../core/letters/letter-job";
import { toPaymentLink } from "../../core/letters/payment-instructions";
import type { CellAddress, Issue, Parsed, Severity } from "../../core/types/issue";
import type { Grid } from "../grid";
import { gridAddress, letterCellText, normalizeLabel } from "./_lib/letter-cells";
import { companyFieldOf, companyLabel, type CompanyField } from "./company-labels";

interface FoundValue {
  readonly text: string | null;
  /** The value cell (right of the label). */
  readonly address: CellAddress;
}

/** The label that starts the templates table: the company block ends above it. */
const TEMPLATES_HEADER_LABEL = "template";

function issue(code: string, severity: Severity, address: CellAddress | null, message: string): Issue {
  return { code, severity, address, message };
}

function findValues(grid: Grid, issues: Issue[]): Map<CompanyField, FoundValue> {
  const found = new Map<CompanyField, FoundValue>();
  for (let row = 0; row < grid.values.length; row += 1) {
    const cells = grid.values[row] ?? [];
    const labelColumn = cells.findIndex((value) => letterCellText(value) !== null);
    if (labelColumn < 0) continue;
    const label = normalizeLabel(letterCellText(cells[labelColumn]) ?? "");
    if (label === TEMPLATES_HEADER_LABEL) break;
    const field = companyFieldOf(label);
    if (field === undefined) continue;
    const address = gridAddress(grid, row, labelColumn + 1);
    const earlier = found.get(field);
    if (earlier !== undefined) {
      issues.push(issue("company-duplicate", "warning", address, `${address}: a second "${companyLabel(field)}" row; Collect uses the first one, ${earlier.address}. Delete one of them.`));
      continue;
    }
    found.set(field, { text: letterCellText(cells[labelColumn + 1]), address });
  }
  return found;
}

/**
 * Reads the company block (label in one column, value in the next) from `Collect Letters`, or from a "Company"
 * sheet the bookkeeper keeps with the same labels (English or German). Letters cannot be made without a company
 * name (an error naming the cell, and `value: null`); a missing address, phone or e-mail, no way to pay, or an
 * e-mail, link or BCC address that cannot be used each give a warning naming the cell, and the detail is left out
 * of the letters rather than guessed.
 *
 * @example readCompanyDetails(lettersGrid).value?.name //=> "Harbour Lane Supplies Ltd"
 */
export function readCompanyDetails(grid: Grid): Parsed<LetterSender | null> {
  const issues: Issue[] = [];
  const found = findValues(grid, issues);
  const where = (field: CompanyField): CellAddress | null => found.get(field)?.address ?? null;
  const place = (field: CompanyField): string => {
    const address = where(field);
    return address === null ? `${grid.sheetName} (no "${companyLabel(field)}" row)` : address;
  };
  const text = (field: CompanyField): string | null => cleanOptional(found.get(field)?.text ?? null);

  const name = text("name");
  if (name === null) {
    issues.push(issue("company-no-name", "error", where("name"), `${place("name")}: your company name is empty, so no letters can be made. Type it next to "${companyLabel("name")}".`));
    return { value: null, issues };
  }
  for (const field of ["address", "phone", "email"] as const) {
    if (text(field) === null) {
      issues.push(issue("company-missing", "warning", where(field), `${place(field)}: your ${companyLabel(field).toLowerCase()} is empty, so letters and e-mails will not show it. Fill it in.`));
    }
  }
  const checked = (field: "email" | "bccSelf"): string | null => {
    const value = text(field);
    if (value === null) return null;
    const result = toEmailAddress(value);
    if (result.ok) return result.value;
    issues.push(issue("company-bad-email", "warning", where(field), `${place(field)}: "${value}" is not a usable e-mail address, so it is left out of the drafts. Correct it.`));
    return null;
  };
  const rawLink = text("paymentLink");
  const paymentLink = toPaymentLink(rawLink);
  if (rawLink !== null && paymentLink === null) {
    issues.push(issue("company-bad-link", "warning", where("paymentLink"), `${place("paymentLink")}: "${rawLink}" is not an https:// or http:// web address, so letters carry no payment link. Correct it.`));
  }
  const bankFields = ["bankName", "accountName", "sortCode", "accountNumber", "iban", "bic"] as const;
  const bank: BankDetails | null = bankFields.every((field) => text(field) === null) ? null : {
    bankName: text("bankName"), accountName: text("accountName"), sortCode: text("sortCode"),
    accountNumber: text("accountNumber"), iban: text("iban"), bic: text("bic"),
  };
  if (text("iban") === null && text("accountNumber") === null && paymentLink === null) {
    issues.push(issue("company-no-payment", "warning", where("iban") ?? where("accountNumber"),
      `${place("iban")}: there is no IBAN, account number or payment link, so letters cannot tell customers how to pay. Fill in your bank details or a payment link.`));
  }
  return {
    value: {
      name,
      address: text("address"),
      phone: text("phone"),
      email: checked("email"),
      website: text("website"),
      companyNumber: text("companyNumber"),
      vatNumber: text("vatNumber"),
      bank,
      paymentLink,
      senderName: text("senderName"),
      senderTitle: text("senderTitle"),
      bccSelf: checked("bccSelf"),
    },
    issues,
  };
}
