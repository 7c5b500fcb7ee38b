import { columnNumber } from "../core/excel/address";
import type { CellValue, Grid } from "./grid";

const RANGE = /^\$?([A-Za-z]{1,3})\$?(\d+):\$?([A-Za-z]{1,3})\$?(\d+)$/;

/**
 * The grid as a bookkeeper reads it: a value merged down several rows (a customer name merged over its
 * invoices) is repeated on each of those rows, in the merged area's first column. Hosts give the value only
 * in the top-left cell. Merges within one row (a title across A1:F1) are left alone, so they stay one cell.
 * Rows that no merge touches are shared with the input, not copied.
 *
 * @example expandMerges({ ...grid, merges: ["A2:A4"] }).values.map((row) => row[0]) //=> ["Customer", "Acme", "Acme", "Acme"]
 */
export function expandMerges(grid: Grid): Grid {
  const merges = grid.merges ?? [];
  if (merges.length === 0) return grid;
  let values: (readonly CellValue[])[] | null = null;
  for (const merge of merges) {
    const match = RANGE.exec(merge.trim());
    if (match === null) continue;
    const first = columnNumber(match[1] ?? "");
    const top = Number(match[2]) - grid.top;
    const bottom = Number(match[4]) - grid.top;
    if (!first.ok || bottom <= top) continue;
    const column = first.value - grid.left;
    const value = grid.values[top]?.[column];
    if (value === undefined || value === null || column < 0) continue;
    values ??= [...grid.values];
    for (let row = Math.max(top + 1, 0); row <= Math.min(bottom, values.length - 1); row += 1) {
      const copy = [...(values[row] ?? [])];
      copy[column] = value;
      values[row] = copy;
    }
  }
  return values === null ? grid : { ...grid, values };
}
