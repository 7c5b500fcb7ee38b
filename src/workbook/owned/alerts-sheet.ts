import type { Alert } from "../../core/desk/alerts";
import type { DateSystem } from "../../core/excel/serial";
import type { OwnedSheet } from "../owned-sheet";
import { amountCell, dateCell } from "./_lib/cells";
import { DATE_FORMAT, MONEY_FORMAT, TEXT_FORMAT } from "./_lib/formats";

/** Invoices about to fall due or just late, large balances and credit-limit breaches. */
export const ALERTS_SHEET_NAME = "Collect Alerts";

const KIND_WORDS: Readonly<Record<Alert["kind"], string>> = {
  "due-soon": "Due soon",
  "just-late": "Just late",
  "large-balance": "Large balance",
  "credit-limit": "Over credit limit",
};

/**
 * The `Collect Alerts` sheet.
 *
 * @example alertsSheet(worklist.alerts, "1900").rows[0]?.[0] //=> "Just late"
 */
export function alertsSheet(alerts: readonly Alert[], dateSystem: DateSystem): OwnedSheet {
  return {
    name: ALERTS_SHEET_NAME,
    columns: [
      { header: "Alert", numberFormat: TEXT_FORMAT, width: 16 },
      { header: "Customer", numberFormat: TEXT_FORMAT, width: 28 },
      { header: "Currency", numberFormat: TEXT_FORMAT, width: 9 },
      { header: "Invoice", numberFormat: TEXT_FORMAT, width: 14 },
      { header: "Amount", numberFormat: MONEY_FORMAT, width: 13 },
      { header: "Due date", numberFormat: DATE_FORMAT, width: 12 },
      { header: "Message", numberFormat: TEXT_FORMAT, width: 80 },
    ],
    rows: alerts.map((alert) => [KIND_WORDS[alert.kind], alert.customerName, alert.currency, alert.invoiceNo, amountCell(alert.amountCents), dateCell(alert.date, dateSystem), alert.message]),
  };
}
