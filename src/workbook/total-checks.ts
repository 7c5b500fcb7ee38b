import { toCellAddress } from "../core/excel/address";
import type { Issue } from "../core/types/issue";
import { cellWords, formatCents, makeIssue } from "./messages";

/** Running sums of one scope (a whole sheet, or one customer group) per currency ("" when none is known). */
export interface ScopeSums {
  readonly byCurrency: Map<string, { amount: number; open: number }>;
  /** Rows in the scope that were not read because of a problem. */
  skipped: number;
}

/**
 * A new, empty scope.
 *
 * @example newScopeSums() //=> { byCurrency: Map {}, skipped: 0 }
 */
export function newScopeSums(): ScopeSums {
  return { byCurrency: new Map(), skipped: 0 };
}

/**
 * Adds one row's amount and open balance (cents) to a scope.
 *
 * @example addToScope(scope, "ILS", 1572500, 1572500) // scope.byCurrency.get("ILS") //=> { amount: 1572500, open: 1572500 }
 */
export function addToScope(scope: ScopeSums, currency: string | null, amountCents: number, openCents: number): void {
  const key = currency ?? "";
  const sums = scope.byCurrency.get(key);
  if (sums === undefined) scope.byCurrency.set(key, { amount: amountCents, open: openCents });
  else {
    sums.amount += amountCents;
    sums.open += openCents;
  }
}

/** One stated total to check: where it is, what it says, and which sum it is compared with. */
export interface StatedTotal {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly statedCents: number;
  readonly compare: "amount" | "open";
  readonly grand: boolean;
  /** For a subtotal: the group it closes ("Acme Corp"). */
  readonly groupName: string;
}

/**
 * Compares a total the export states with the sum of the rows Collect read. A mismatch is a warning at the
 * total's cell that says how many rows were skipped in the scope. Totals over several currencies are not
 * compared (they cannot be summed), which is reported once as information.
 *
 * @returns issues to add (none when the total agrees)
 * @example checkStatedTotal(total, scope) //=> [] when the sum is the stated total
 */
export function checkStatedTotal(total: StatedTotal, scope: ScopeSums): readonly Issue[] {
  const address = toCellAddress(total.sheet, total.row, total.column);
  const where = cellWords(total.sheet, total.row, total.column);
  const currencies = [...scope.byCurrency.keys()];
  if (currencies.length > 1) {
    return [makeIssue("total-not-checked", "info", address,
      `${where}: this total was not checked, because the rows above it are in several currencies (${currencies.filter((c) => c !== "").join(", ")}), which cannot be added together.`)];
  }
  const currency = currencies[0] ?? "";
  const sums = scope.byCurrency.get(currency);
  const computed = sums === undefined ? 0 : total.compare === "amount" ? sums.amount : sums.open;
  if (computed === total.statedCents) return [];
  const code = currency === "" ? null : currency;
  const scopeWords = total.grand ? "the rows Collect read on this sheet" : `the rows Collect read for ${total.groupName === "" ? "this group" : `"${total.groupName}"`}`;
  const skipped = scope.skipped === 0
    ? "Check the rows above the total, and the total itself."
    : `${String(scope.skipped)} row${scope.skipped === 1 ? "" : "s"} in this part of the sheet could not be read (see their own messages); fix them, then check the total again.`;
  return [makeIssue(total.grand ? "grand-total-mismatch" : "subtotal-mismatch", "warning", address,
    `${where}: the ${total.grand ? "report total" : "subtotal"} ${formatCents(total.statedCents, code)} does not match the sum of ${scopeWords}, ${formatCents(computed, code)} (difference ${formatCents(total.statedCents - computed, code)}). ${skipped}`,
    `compare=${total.compare}`)];
}
