import { addDays, type IsoDate } from "../../core/dates/iso-date";
import type { DateSystem } from "../../core/excel/serial";
import type { Customer } from "../../core/ledger/ledger";
import type { Plan, PlanInstallment } from "../../core/desk/payment-plan";
import type { CellAddress, Issue, Parsed } from "../../core/types/issue";
import type { Grid } from "../grid";
import type { OwnedSheet } from "../owned-sheet";
import { addressAt, cellAt, cellText, readCents, readDate, showCell } from "./_lib/cells";
import { DATE_FORMAT, MONEY_FORMAT, TEXT_FORMAT } from "./_lib/formats";
import { columnOf, findTable } from "./_lib/sections";
import { matchCustomers } from "./customer-match";

/** The sheet where the bookkeeper enters payment plans, one instalment per row. */
export const PLANS_SHEET_NAME = "Collect Plans";

/** The columns of `Collect Plans`. "Agreed on" may be left blank (see `readPlansSheet`). */
export const PLAN_COLUMNS = ["Customer", "Agreed on", "Installment date", "Amount", "Note"] as const;

/** Without an "Agreed on" date, payments from this many days before the first instalment count towards the plan. */
export const PLAN_DEFAULT_LEAD_DAYS = 30;

/**
 * The empty `Collect Plans` sheet with its headers, created once; the bookkeeper fills it in.
 *
 * @example defaultPlansSheet().columns.map((c) => c.header) //=> ["Customer", "Agreed on", "Installment date", "Amount", "Note"]
 */
export function defaultPlansSheet(): OwnedSheet {
  return {
    name: PLANS_SHEET_NAME,
    columns: [
      { header: "Customer", width: 30, numberFormat: TEXT_FORMAT },
      { header: "Agreed on", width: 12, numberFormat: DATE_FORMAT },
      { header: "Installment date", width: 16, numberFormat: DATE_FORMAT },
      { header: "Amount", width: 14, numberFormat: MONEY_FORMAT },
      { header: "Note", width: 50, numberFormat: TEXT_FORMAT },
    ],
    rows: [],
  };
}

/** Options for `readPlansSheet`. */
export interface ReadPlansOptions {
  /** The ledger's customers, to match the Customer column by key, id or name. Without them the text is the key. */
  readonly customers?: readonly Customer[];
}

interface Row {
  readonly customerKey: string;
  readonly agreedOn: IsoDate | null;
  readonly installment: PlanInstallment;
  readonly note: string | null;
}

function issue(code: string, address: CellAddress, message: string): Issue {
  return { code, severity: "warning", address, message: `${address}: ${message}` };
}

/**
 * Reads `Collect Plans`: each row is one instalment (customer, date, amount). Rows of a customer with the same
 * "Agreed on" date form one plan; rows with it blank join the customer's latest dated plan, or else form a plan
 * agreed `PLAN_DEFAULT_LEAD_DAYS` before its first instalment. A row whose customer, date or amount cannot be
 * read is skipped with an issue naming the cell.
 *
 * @example readPlansSheet(grid, "1900").value[0]?.installments.length //=> 3
 */
export function readPlansSheet(grid: Grid, dateSystem: DateSystem, options?: ReadPlansOptions): Parsed<readonly Plan[]> {
  const section = findTable(grid, ["Customer", "Amount"]);
  const issues: Issue[] = [];
  if (section === null) {
    const address = addressAt(grid, 0, 0);
    return { value: [], issues: [issue("plans-no-header", address, `no header row with "Customer" and "Amount" was found; no payment plans were read. Restore the headers ${PLAN_COLUMNS.join(", ")}.`)] };
  }
  const at = (row: number, column: number): ReturnType<typeof cellAt> => cellAt(grid, row, column);
  const where = (row: number, column: number): CellAddress => addressAt(grid, row, column);
  const customerColumn = columnOf(section, "Customer") ?? 0;
  const agreedColumn = columnOf(section, "Agreed on", "Agreed");
  const dateColumn = columnOf(section, "Installment date", "Instalment date", "Date", "Due date");
  const amountColumn = columnOf(section, "Amount", "Installment", "Instalment");
  const noteColumn = columnOf(section, "Note", "Notes");
  if (dateColumn === null || amountColumn === null) {
    return { value: [], issues: [issue("plans-no-header", where(section.titleRow, 0), `the plans sheet needs an "Installment date" column; no payment plans were read.`)] };
  }
  const match = matchCustomers(options?.customers);
  const rows: Row[] = [];
  for (const row of section.rows) {
    const customerText = cellText(at(row, customerColumn));
    const customer = customerText === null ? null : match(customerText);
    if (customer === null || !("key" in customer)) {
      const why = customer === null ? "has no customer" : customer.problem === "ambiguous" ? `matches more than one customer ("${customerText ?? ""}")` : `names a customer not in your customer list ("${customerText ?? ""}")`;
      issues.push(issue("plans-row-skipped", where(row, customerColumn), `this plan row ${why}; the row is skipped.`));
      continue;
    }
    const date = readDate(at(row, dateColumn), dateSystem);
    if (!date.ok) {
      issues.push(issue("plans-row-skipped", where(row, dateColumn), `the instalment date ${showCell(at(row, dateColumn))} is not a date${date.error === "ambiguous-date" ? " (day and month could be either way round; write it as 2026-04-03)" : ""}; the row is skipped.`));
      continue;
    }
    const amount = readCents(at(row, amountColumn));
    if (!amount.ok || amount.value <= 0) {
      issues.push(issue("plans-row-skipped", where(row, amountColumn), `the instalment amount ${showCell(at(row, amountColumn))} is not an amount above 0; the row is skipped.`));
      continue;
    }
    let agreedOn: IsoDate | null = null;
    if (agreedColumn !== null && cellText(at(row, agreedColumn)) !== null) {
      const agreed = readDate(at(row, agreedColumn), dateSystem);
      if (agreed.ok) agreedOn = agreed.value;
      else issues.push(issue("plans-invalid-cell", where(row, agreedColumn), `"Agreed on" ${showCell(at(row, agreedColumn))} is not a date; the instalment joins the customer's plan as if it were blank.`));
    }
    rows.push({ customerKey: customer.key, agreedOn, installment: { dueDate: date.value, amountCents: amount.value, source: where(row, dateColumn) }, note: noteColumn === null ? null : cellText(at(row, noteColumn)) });
  }
  return { value: groupPlans(rows), issues };
}

function groupPlans(rows: readonly Row[]): readonly Plan[] {
  const latestAgreed = new Map<string, IsoDate>();
  for (const row of rows) {
    if (row.agreedOn === null) continue;
    const current = latestAgreed.get(row.customerKey);
    if (current === undefined || row.agreedOn > current) latestAgreed.set(row.customerKey, row.agreedOn);
  }
  const firstUndated = new Map<string, IsoDate>();
  for (const row of rows) {
    if (row.agreedOn !== null || latestAgreed.has(row.customerKey)) continue;
    const current = firstUndated.get(row.customerKey);
    if (current === undefined || row.installment.dueDate < current) firstUndated.set(row.customerKey, row.installment.dueDate);
  }
  const plans = new Map<string, { customerKey: string; agreedOn: IsoDate; installments: PlanInstallment[]; notes: string[] }>();
  for (const row of rows) {
    const agreedOn = row.agreedOn ?? latestAgreed.get(row.customerKey) ?? addDays(firstUndated.get(row.customerKey) as IsoDate, -PLAN_DEFAULT_LEAD_DAYS);
    const key = `${row.customerKey}\u0000${agreedOn}`;
    const plan = plans.get(key) ?? { customerKey: row.customerKey, agreedOn, installments: [], notes: [] };
    plan.installments.push(row.installment);
    if (row.note !== null) plan.notes.push(row.note);
    plans.set(key, plan);
  }
  return [...plans.values()].map((plan) => ({
    customerKey: plan.customerKey,
    agreedOn: plan.agreedOn,
    installments: [...plan.installments].sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0)),
    note: plan.notes.length === 0 ? null : plan.notes.join("; "),
  }));
}
