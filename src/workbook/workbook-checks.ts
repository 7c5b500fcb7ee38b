import { toCellAddress } from "../core/excel/address";
import type { Invoice, RowAccounting } from "../core/ledger/ledger";
import type { Issue } from "../core/types/issue";
import { makeIssue } from "./messages";
import { newRowCounter, type SheetTable } from "./prepare-sheet";

/**
 * A sheet with a header but no role Collect can tell: it is not read, one issue says so, and its rows are
 * counted (data rows under that issue) so that nothing goes missing silently.
 *
 * @example unknownRole(holidaysTable).rows.withIssue //=> 12 (and one issue naming the sheet)
 */
export function unknownRole(table: SheetTable): { rows: RowAccounting; issues: readonly Issue[] } {
  const rows = newRowCounter();
  for (let row = table.headerIndex + 1; row < table.grid.values.length; row += 1) {
    const kind = table.rowKinds[row]?.kind ?? "blank";
    if (kind === "blank") rows.blank += 1;
    else if (kind === "repeated-header") rows.repeatedHeader += 1;
    else if (kind === "total") rows.subtotal += 1;
    else if (kind === "label") rows.title += 1;
    else rows.withIssue += 1;
  }
  const issues: Issue[] = [];
  if (rows.withIssue > 0 && table.role === "unknown") {
    const found = table.columns.mappings.map((mapping) => `"${mapping.header}"`).join(", ");
    issues.push(makeIssue("no-header", "info", toCellAddress(table.name, table.headerRowNumber, table.grid.left),
      `Sheet "${table.name}": Collect found column titles on row ${String(table.headerRowNumber)} (${found || "none it knows"}) but cannot tell whether the sheet holds invoices, payments, customers or a contact log, so its ${String(rows.withIssue)} rows were not read. If they matter, add "role | ${table.name} | | invoices" (or payments, customers, contact-log) to the "Collect Settings" sheet.`));
  }
  return { rows, issues };
}

/**
 * One warning per pair of sheets that hold the same invoices (same number and customer): the workbook may
 * count them twice, for example an invoice register next to an open-items export.
 *
 * @example reportCrossSheetDuplicates([...registerInvoices, ...openItemInvoices])[0].code //=> "duplicate-invoice"
 */
export function reportCrossSheetDuplicates(invoices: readonly Invoice[]): readonly Issue[] {
  const firstSheet = new Map<string, string>();
  const pairs = new Map<string, { count: number; example: Invoice; other: string }>();
  for (const invoice of invoices) {
    const sheet = sheetOf(invoice);
    const key = `${invoice.customerKey}\u0000${invoice.invoiceNo}\u0000${invoice.kind}`;
    const first = firstSheet.get(key);
    if (first === undefined) firstSheet.set(key, sheet);
    else if (first !== sheet) {
      const pair = `${first}\u0000${sheet}`;
      const known = pairs.get(pair);
      if (known === undefined) pairs.set(pair, { count: 1, example: invoice, other: first });
      else known.count += 1;
    }
  }
  return [...pairs.values()].map(({ count, example, other }) => makeIssue("duplicate-invoice", "warning", example.source,
    `${String(count)} invoice${count === 1 ? "" : "s"} on sheet "${sheetOf(example)}" (for example "${example.invoiceNo}" at ${example.source}) also appear on sheet "${other}". Collect counted both, so balances may be doubled. If one sheet repeats the other, add "role | ${sheetOf(example)} | | ignore" to the "Collect Settings" sheet.`));
}

function sheetOf(invoice: Invoice): string {
  const address = invoice.source as string;
  const bang = address.lastIndexOf("!");
  const quoted = address.slice(0, bang);
  return quoted.startsWith("'") ? quoted.slice(1, -1).replace(/''/g, "'") : quoted;
}
