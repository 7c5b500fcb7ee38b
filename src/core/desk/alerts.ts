import type { IsoDate } from "../dates/iso-date";
import type { Cents } from "../money/cents";
import type { CollectPolicy } from "../policy/collect-policy";
import type { Account } from "./accounts";
import { formatMoney } from "./format-money";

/** due-soon: falls due within the policy's days. just-late: became late in the last few days. */
export type AlertKind = "due-soon" | "just-late" | "large-balance" | "credit-limit";

/** Something the bookkeeper should see today, apart from the worklist. */
export interface Alert {
  readonly kind: AlertKind;
  readonly customerKey: string;
  readonly customerName: string;
  readonly currency: string | null;
  /** The invoice for due-soon and just-late alerts; null for account alerts. */
  readonly invoiceNo: string | null;
  readonly amountCents: Cents;
  /** The due date for invoice alerts; null for account alerts. */
  readonly date: IsoDate | null;
  readonly message: string;
}

/**
 * Alerts for the accounts not in credit: invoices due within `dueSoonDays` (0 = due today), invoices
 * 1 … `justLateDays` days late, net balances above `largeBalanceCents`, and balances above the customer's
 * credit limit (compared in the account's currency).
 *
 * @example findAlerts(accounts, DEFAULT_COLLECT_POLICY).map((a) => a.kind) //=> ["just-late", "credit-limit"]
 */
export function findAlerts(accounts: readonly Account[], policy: CollectPolicy): readonly Alert[] {
  const alerts: Alert[] = [];
  for (const account of accounts) {
    if (account.netCents <= 0) continue;
    const base = { customerKey: account.customerKey, customerName: account.customerName, currency: account.currency };
    const money = (cents: Cents): string => formatMoney(cents, account.currency);
    for (const item of account.openItems) {
      const days = item.daysPastDue;
      if (days === null || item.invoice.dueDate === null) continue;
      const invoice = { ...base, invoiceNo: item.invoice.invoiceNo, amountCents: item.openCents, date: item.invoice.dueDate };
      if (days <= 0 && days >= -policy.dueSoonDays) {
        const when = days === 0 ? "today" : `in ${-days} day${days === -1 ? "" : "s"} (${item.invoice.dueDate})`;
        alerts.push({ ...invoice, kind: "due-soon", message: `${account.customerName}: invoice ${item.invoice.invoiceNo} for ${money(item.openCents)} falls due ${when}` });
      } else if (days >= 1 && days <= policy.justLateDays) {
        alerts.push({ ...invoice, kind: "just-late", message: `${account.customerName}: invoice ${item.invoice.invoiceNo} for ${money(item.openCents)} became late ${days} day${days === 1 ? "" : "s"} ago` });
      }
    }
    if (account.netCents > policy.largeBalanceCents) {
      alerts.push({ ...base, invoiceNo: null, amountCents: account.netCents, date: null, kind: "large-balance",
        message: `${account.customerName} owes ${money(account.netCents)}, more than ${money(policy.largeBalanceCents)}` });
    }
    const limit = account.customer?.creditLimitCents ?? null;
    if (limit !== null && account.netCents > limit) {
      alerts.push({ ...base, invoiceNo: null, amountCents: account.netCents, date: null, kind: "credit-limit",
        message: `${account.customerName} owes ${money(account.netCents)}, over its credit limit of ${money(limit)}` });
    }
  }
  return alerts;
}
