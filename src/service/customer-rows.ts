import { columnLetter, columnNumber, splitCellAddress } from "../core/excel/address";
import type { Ledger } from "../core/ledger/ledger";

/** At most this many rows are selected at once: enough to see a customer's open items, small enough for one request. */
export const MAX_SELECTED_ROWS = 200;

/**
 * The rows of the user's sheet that hold a customer's open invoices and credits, as ranges from the row's first
 * cell to the sheet's last mapped column (`'Open Invoices'!A12:M12`), on the sheet holding most of them first.
 * The task pane selects them in Excel when a worklist row is clicked.
 *
 * @example customerRowAddresses(run.ledger, "C001") //=> ["Invoices!A12:M12", "Invoices!A40:M40"]
 */
export function customerRowAddresses(ledger: Pick<Ledger, "invoices" | "sheets">, customerKey: string): readonly string[] {
  const lastColumn = new Map<string, number>();
  for (const sheet of ledger.sheets) {
    let last = 0;
    for (const mapping of sheet.columns) {
      const number = columnNumber(mapping.column);
      if (number.ok) last = Math.max(last, number.value);
    }
    lastColumn.set(sheet.name, last);
  }
  const bySheet = new Map<string, string[]>();
  for (const invoice of ledger.invoices) {
    if (invoice.customerKey !== customerKey || invoice.openCents === 0) continue;
    const { sheet, cell } = splitCellAddress(invoice.source);
    const match = /^([A-Z]+)(\d+)$/.exec(cell);
    const start = match?.[1];
    const row = match?.[2];
    if (start === undefined || row === undefined) continue;
    const startNumber = columnNumber(start);
    const end = lastColumn.get(sheet) ?? 0;
    const prefix = invoice.source.slice(0, invoice.source.lastIndexOf("!") + 1);
    const range = startNumber.ok && end > startNumber.value ? `${prefix}${start}${row}:${columnLetter(end)}${row}` : `${prefix}${start}${row}`;
    const list = bySheet.get(sheet) ?? [];
    list.push(range);
    bySheet.set(sheet, list);
  }
  const sheets = [...bySheet.values()].sort((a, b) => b.length - a.length);
  return sheets.flat().slice(0, MAX_SELECTED_ROWS);
}
