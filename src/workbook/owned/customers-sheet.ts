import { DEFAULT_AGING_BUCKETS } from "../../core/aging/bucket-aging";
import type { DateSystem } from "../../core/excel/serial";
import type { CustomerStatus } from "../../core/desk/customer-status";
import type { CellValue } from "../grid";
import type { OwnedColumn, OwnedSheet } from "../owned-sheet";
import { amountCell, dateCell } from "./_lib/cells";
import { DATE_FORMAT, MONEY_FORMAT, ONE_DECIMAL_FORMAT, PERCENT_FORMAT, TEXT_FORMAT, WHOLE_FORMAT } from "./_lib/formats";

/** The account status of every customer. */
export const CUSTOMERS_SHEET_NAME = "Collect Customers";

const PLAN_WORDS = { "on-track": "On track", missed: "Missed", completed: "Completed" } as const;

function statusRow(status: CustomerStatus, dateSystem: DateSystem): readonly CellValue[] {
  const profile = status.profile;
  return [
    status.customerName, status.currency, amountCell(status.balanceCents), amountCell(status.openCents), amountCell(status.overdueCents), amountCell(status.unappliedCents),
    ...status.aging.bucketCents.map((cents) => amountCell(cents)),
    status.oldest?.invoiceNo ?? null, dateCell(status.oldest?.dueDate ?? null, dateSystem), status.oldest?.daysPastDue ?? null,
    profile?.averageDaysToPay ?? null, profile?.weightedDaysToPay ?? null, profile?.averageDaysLate ?? null, profile?.weightedDaysLate ?? null, profile?.medianDaysLate ?? null, profile?.p80DaysLate ?? null,
    profile?.onTimeShare ?? null, profile?.trend ?? null, profile?.rating ?? null, profile?.paidCount ?? 0,
    status.risk?.score ?? null, status.risk === null ? "—" : (status.risk.band ?? "not rated"), status.risk?.why ?? "no payment history to learn from",
    amountCell(status.creditLimitCents), status.creditUse,
    status.disputedInvoiceNos.join(", "), amountCell(status.disputedCents), status.promises.kept, status.promises.broken, status.promises.pending,
    status.promises.rate, status.plan === null ? null : PLAN_WORDS[status.plan.state],
    dateCell(status.lastContact?.date ?? null, dateSystem), dateCell(status.nextActionDate, dateSystem), status.nextAction,
    amountCell(status.charges?.feeCents ?? null), amountCell(status.charges?.interestCents ?? null),
  ];
}

/**
 * The `Collect Customers` sheet: per customer and currency the balance, aging buckets (which add up to the
 * balance plus unapplied payments), oldest item, days to pay and late (simple and amount-weighted), trend,
 * rating, late-payment risk (score 0–100, band, and the history it rests on; "not rated" with fewer than 3 paid
 * invoices), credit limit and use, disputes, promises, plan, last contact and next action, and the late fee and interest a
 * letter at the account's stage would carry (blank when the policy charges none).
 *
 * @example customersSheet(statuses, "1900").columns[6]?.header //=> "Current"
 */
export function customersSheet(statuses: readonly CustomerStatus[], dateSystem: DateSystem): OwnedSheet {
  const labels = statuses[0]?.aging.labels ?? DEFAULT_AGING_BUCKETS.labels;
  const money = (header: string): OwnedColumn => ({ header, numberFormat: MONEY_FORMAT, width: 13 });
  const days = (header: string, format = ONE_DECIMAL_FORMAT): OwnedColumn => ({ header, numberFormat: format, width: 10 });
  const text = (header: string, width = 14): OwnedColumn => ({ header, numberFormat: TEXT_FORMAT, width });
  const columns: OwnedColumn[] = [
    text("Customer", 28), text("Currency", 9), money("Balance"), money("Open"), money("Overdue"), money("Unapplied payments"),
    ...labels.map((label) => money(label)),
    text("Oldest invoice"), { header: "Oldest due date", numberFormat: DATE_FORMAT, width: 12 }, days("Days past due", WHOLE_FORMAT),
    days("Avg days to pay"), days("Weighted days to pay"), days("Avg days late"), days("Weighted days late"), days("Median days late"), days("P80 days late"),
    { header: "On time", numberFormat: PERCENT_FORMAT, width: 8 }, text("Trend", 10), text("Rating", 7), days("Paid invoices", WHOLE_FORMAT),
    days("Risk score", WHOLE_FORMAT), text("Risk band", 10), text("Risk rests on", 44),
    money("Credit limit"), { header: "Credit use", numberFormat: PERCENT_FORMAT, width: 9 },
    text("Disputed invoices", 20), money("Disputed amount"), days("Promises kept", WHOLE_FORMAT), days("Promises broken", WHOLE_FORMAT), days("Promises pending", WHOLE_FORMAT),
    { header: "Promise-kept rate", numberFormat: PERCENT_FORMAT, width: 9 }, text("Plan", 10),
    { header: "Last contact", numberFormat: DATE_FORMAT, width: 12 }, { header: "Next action date", numberFormat: DATE_FORMAT, width: 12 }, text("Next action", 44),
    money("Late fee"), money("Interest to date"),
  ];
  return { name: CUSTOMERS_SHEET_NAME, columns, rows: statuses.map((status) => statusRow(status, dateSystem)), ageColumns: ["Days past due"] };
}
