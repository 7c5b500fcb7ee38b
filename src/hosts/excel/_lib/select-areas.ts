import { splitCellAddress } from "../../../core/excel/address";
import type { CellAddress } from "../../../core/types/issue";

/**
 * Excel refuses a multi-area address longer than this (the A1 reference limit of the formula bar, 8,192
 * characters, minus room for the sheet name); the areas kept are the first ones that fit.
 */
export const MAX_AREAS_TEXT = 8000;

/** The ranges to select on one sheet, as `Worksheet.getRanges` takes them ("A12:M12,A15:M15"). */
export interface SheetAreas {
  readonly sheet: string;
  readonly areas: readonly string[];
}

/**
 * The areas of the first sheet named in `addresses`: Excel selects ranges of one sheet at a time, so the other
 * sheets' ranges are left out. Duplicates are dropped, order is kept, and the list stops before the joined text
 * would pass `MAX_AREAS_TEXT`. Null when there is nothing to select.
 *
 * @example areasToSelect(["'Open Invoices'!A12:M12", "'Open Invoices'!A15:M15", "Payments!A3"]) //=> { sheet: "Open Invoices", areas: ["A12:M12", "A15:M15"] }
 */
export function areasToSelect(addresses: readonly string[]): SheetAreas | null {
  const first = addresses[0];
  if (first === undefined) return null;
  const sheet = splitCellAddress(first as CellAddress).sheet;
  const areas: string[] = [];
  let length = 0;
  for (const address of addresses) {
    const split = splitCellAddress(address as CellAddress);
    if (split.sheet !== sheet || split.cell === "" || areas.includes(split.cell)) continue;
    length += split.cell.length + 1;
    if (length > MAX_AREAS_TEXT) break;
    areas.push(split.cell);
  }
  return areas.length === 0 ? null : { sheet, areas };
}
