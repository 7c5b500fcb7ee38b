import { toCellAddress } from "../core/excel/address";
import type { Invoice } from "../core/ledger/ledger";
import type { Issue } from "../core/types/issue";
import { normalizeCustomerName } from "./customer-keys";
import { cellWords, formatCents, makeIssue } from "./messages";
import type { SummaryLine } from "./read-aging-summary";

/**
 * Ties an aging summary out against the invoices read from the detail sheets: each customer's summary total
 * must equal the open balance of that customer's invoices (matched by id, else by name). Differences, summary
 * customers without invoices and invoiced customers missing from the summary are warnings at the summary's
 * cells. Not done when the detail mixes currencies; a workbook with only a summary gets a warning instead.
 *
 * @example tieOutSummary("Aging Report", 5, 1, lines, invoices) //=> [] when every customer's total matches
 */
export function tieOutSummary(sheet: string, headerRow: number, left: number, lines: readonly SummaryLine[], invoices: readonly Invoice[]): readonly Issue[] {
  const header = toCellAddress(sheet, headerRow, left);
  if (invoices.length === 0) {
    return [makeIssue("summary-only", "warning", header,
      `Sheet "${sheet}" is an aging summary (one line per customer). Collect reads it only to check totals: it needs the invoices themselves to chase them. Add a sheet with one row per open invoice (an "Open Invoices" or "A/R Aging Detail" export).`)];
  }
  const currencies = new Set(invoices.map((invoice) => invoice.currency ?? ""));
  if (currencies.size > 1) {
    return [makeIssue("total-not-checked", "info", header, `Sheet "${sheet}" was not checked against the invoices, because the invoices are in several currencies (${[...currencies].filter((c) => c !== "").join(", ")}).`)];
  }
  const currency = [...currencies][0] || null;
  const openByName = new Map<string, number>();
  const openById = new Map<string, number>();
  for (const invoice of invoices) {
    const name = normalizeCustomerName(invoice.customerName);
    openByName.set(name, (openByName.get(name) ?? 0) + invoice.openCents);
    openById.set(invoice.customerKey, (openById.get(invoice.customerKey) ?? 0) + invoice.openCents);
  }
  const issues: Issue[] = [];
  const seenNames = new Set<string>();
  for (const line of lines) {
    const name = line.customerName === null ? null : normalizeCustomerName(line.customerName);
    if (name !== null) seenNames.add(name);
    const detail = (line.customerId !== null ? openById.get(line.customerId) : undefined) ?? (name === null ? undefined : openByName.get(name));
    const where = cellWords(line.sheet, line.row, line.column);
    const who = line.customerName ?? line.customerId ?? "";
    if (detail === undefined) {
      if (line.totalCents !== 0) {
        issues.push(makeIssue("summary-customer-missing", "warning", toCellAddress(line.sheet, line.row, line.column),
          `${where}: the summary shows ${formatCents(line.totalCents, currency)} for "${who}", but Collect found no invoices for this customer on the detail sheets. Check the customer's name on both sheets.`));
      }
    } else if (detail !== line.totalCents) {
      issues.push(makeIssue("summary-mismatch", "warning", toCellAddress(line.sheet, line.row, line.column),
        `${where}: the summary shows ${formatCents(line.totalCents, currency)} for "${who}", but the invoices Collect read for this customer add up to ${formatCents(detail, currency)} (difference ${formatCents(line.totalCents - detail, currency)}). Check the summary's formulas and the customer's invoices.`));
    }
  }
  const missing = [...openByName.entries()].filter(([name, open]) => open !== 0 && !seenNames.has(name)).map(([name]) => name);
  if (lines.length > 0 && missing.length > 0) {
    issues.push(makeIssue("summary-customer-missing", "warning", header,
      `Sheet "${sheet}": ${String(missing.length)} customer${missing.length === 1 ? " has" : "s have"} open invoices but no line in this aging summary (for example "${missing[0] ?? ""}"). The summary may be out of date.`));
  }
  return issues;
}
