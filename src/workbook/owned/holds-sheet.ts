import type { DateSystem } from "../../core/excel/serial";
import type { Worklist } from "../../core/desk/worklist";
import type { CellValue } from "../grid";
import type { OwnedSheet } from "../owned-sheet";
import { amountCell, dateCell } from "./_lib/cells";
import { DATE_FORMAT, MONEY_FORMAT, TEXT_FORMAT } from "./_lib/formats";

/** Everything not on today's worklist, and why. */
export const HOLDS_SHEET_NAME = "Collect Holds";

/**
 * The `Collect Holds` sheet, one table with a List column: "On hold" (each held invoice with its reason, e.g.
 * disputed, promise to pay not yet due, payment plan on track, stop switch), "In credit" (accounts whose net
 * balance is 0 or less: never chased), "Waiting" (a gap rule says not yet, with the day) and "Below minimum".
 *
 * @example holdsAndCreditsSheet(worklist, "1900").rows.map((r) => r[0]) //=> ["On hold", "In credit", "Waiting"]
 */
export function holdsAndCreditsSheet(worklist: Worklist, dateSystem: DateSystem): OwnedSheet {
  const rows: (readonly CellValue[])[] = [];
  for (const hold of worklist.holds) {
    rows.push(["On hold", hold.customerName, hold.currency, hold.invoiceNo, amountCell(hold.openCents), hold.reason, dateCell(hold.until, dateSystem)]);
  }
  for (const credit of worklist.credits) {
    rows.push(["In credit", credit.customerName, credit.currency, null, amountCell(credit.netCents), "Net balance is 0 or less (credits and unapplied payments cover the invoices): never chased", null]);
  }
  for (const decision of worklist.decisions) {
    const { account } = decision;
    if (decision.outcome === "wait") {
      rows.push(["Waiting", account.customerName, account.currency, null, amountCell(account.netCents), decision.why[decision.why.length - 1] ?? "", dateCell(decision.nextActionDate, dateSystem)]);
    } else if (decision.outcome === "below-minimum") {
      rows.push(["Below minimum", account.customerName, account.currency, null, amountCell(account.netCents), decision.why[0] ?? "", null]);
    }
  }
  return {
    name: HOLDS_SHEET_NAME,
    preamble: [[`Not on the worklist as of ${worklist.asOf}, and why`]],
    columns: [
      { header: "List", numberFormat: TEXT_FORMAT, width: 13 },
      { header: "Customer", numberFormat: TEXT_FORMAT, width: 28 },
      { header: "Currency", numberFormat: TEXT_FORMAT, width: 9 },
      { header: "Invoice", numberFormat: TEXT_FORMAT, width: 14 },
      { header: "Amount", numberFormat: MONEY_FORMAT, width: 13 },
      { header: "Reason", numberFormat: TEXT_FORMAT, width: 70 },
      { header: "Until", numberFormat: DATE_FORMAT, width: 12 },
    ],
    rows,
  };
}
