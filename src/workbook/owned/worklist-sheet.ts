import type { DateSystem } from "../../core/excel/serial";
import { PRIORITY_FACTORS, PRIORITY_FACTOR_INFO } from "../../core/desk/priority-weights";
import type { Worklist, WorklistRow } from "../../core/desk/worklist";
import type { CellValue } from "../grid";
import type { OwnedColumn, OwnedSheet } from "../owned-sheet";
import { amountCell, dateCell } from "./_lib/cells";
import { DATE_FORMAT, MONEY_FORMAT, ONE_DECIMAL_FORMAT, TEXT_FORMAT, WHOLE_FORMAT } from "./_lib/formats";

/** Today's worklist, one row per customer account to contact. */
export const WORKLIST_SHEET_NAME = "Collect Worklist";

/** The column shaded by age (conditional formatting). */
const DAYS_PAST_DUE_HEADER = "Days past due";

const COLUMNS: readonly OwnedColumn[] = [
  { header: "Rank", numberFormat: WHOLE_FORMAT, width: 6 },
  { header: "Priority", numberFormat: ONE_DECIMAL_FORMAT, width: 9 },
  { header: "Customer", numberFormat: TEXT_FORMAT, width: 28 },
  { header: "Currency", numberFormat: TEXT_FORMAT, width: 9 },
  { header: "Stage", numberFormat: TEXT_FORMAT, width: 22 },
  { header: "Action", numberFormat: TEXT_FORMAT, width: 44 },
  { header: "Channel", numberFormat: TEXT_FORMAT, width: 9 },
  { header: "Tone", numberFormat: TEXT_FORMAT, width: 7 },
  { header: "Reason", numberFormat: TEXT_FORMAT, width: 60 },
  { header: "Amount due", numberFormat: MONEY_FORMAT, width: 13 },
  { header: "Overdue", numberFormat: MONEY_FORMAT, width: 13 },
  { header: "Net balance", numberFormat: MONEY_FORMAT, width: 13 },
  { header: DAYS_PAST_DUE_HEADER, numberFormat: WHOLE_FORMAT, width: 9 },
  { header: "Oldest due date", numberFormat: DATE_FORMAT, width: 12 },
  { header: "Invoices", numberFormat: TEXT_FORMAT, width: 30 },
  { header: "Held invoices", numberFormat: TEXT_FORMAT, width: 20 },
  { header: "Contact", numberFormat: TEXT_FORMAT, width: 20 },
  { header: "E-mail", numberFormat: TEXT_FORMAT, width: 28 },
  { header: "Phone", numberFormat: TEXT_FORMAT, width: 16 },
  { header: "Next action", numberFormat: DATE_FORMAT, width: 12 },
  { header: "Collector", numberFormat: TEXT_FORMAT, width: 14 },
  { header: "Scenario", numberFormat: TEXT_FORMAT, width: 14 },
  { header: "Risk score", numberFormat: WHOLE_FORMAT, width: 8 },
  { header: "Risk band", numberFormat: TEXT_FORMAT, width: 9 },
  { header: "Template", numberFormat: TEXT_FORMAT, width: 14 },
  { header: "Mixed currencies", numberFormat: TEXT_FORMAT, width: 9 },
  ...PRIORITY_FACTORS.map((factor) => ({ header: `${PRIORITY_FACTOR_INFO[factor].label} (points)`, numberFormat: ONE_DECIMAL_FORMAT, width: 10 })),
];

function row(item: WorklistRow, dateSystem: DateSystem): readonly CellValue[] {
  const points = new Map(item.factors.map((factor) => [factor.factor, factor.points]));
  return [
    item.rank,
    item.score,
    item.customerName,
    item.currency,
    `${item.stageLevel} ${item.stageName}`,
    item.action,
    item.channel,
    item.tone,
    item.reason,
    amountCell(item.amountDueCents),
    amountCell(item.overdueCents),
    amountCell(item.netCents),
    item.oldestDaysPastDue,
    dateCell(item.oldestDueDate, dateSystem),
    item.invoiceNos.join(", "),
    item.heldInvoiceNos.join(", "),
    item.contactPerson,
    item.email,
    item.phone,
    dateCell(item.nextActionDate, dateSystem),
    item.collector,
    item.scenario,
    item.riskScore,
    item.riskBand ?? "not rated",
    item.template,
    item.mixedCurrencies ? "Yes" : "No",
    ...PRIORITY_FACTORS.map((factor) => points.get(factor) ?? 0),
  ];
}

/**
 * The `Collect Worklist` sheet: ranked rows with stage, action, reason, amounts (each in its own currency,
 * never added across currencies), contact details, scenario and late-payment risk, and each priority factor's points. Dates are serials in
 * the workbook's date system.
 *
 * @example worklistSheet(worklist, "1900").rows[0]?.[8] //=> "£12,400 over 60 days; broke a promise on 3 Nov; usually pays in 18 days, now 47"
 */
export function worklistSheet(worklist: Worklist, dateSystem: DateSystem): OwnedSheet {
  const customers = new Set(worklist.rows.map((item) => item.customerKey)).size;
  return {
    name: WORKLIST_SHEET_NAME,
    preamble: [
      [`Collect worklist as of ${worklist.asOf}`],
      [`${customers} customer${customers === 1 ? "" : "s"} to contact today, most urgent first. Amounts are in each row's currency and never added across currencies. On hold, in credit and waiting: see Collect Holds.`],
    ],
    columns: COLUMNS,
    rows: worklist.rows.map((item) => row(item, dateSystem)),
    ageColumns: [DAYS_PAST_DUE_HEADER],
  };
}

/** Excel's longest sheet name. */
const MAX_SHEET_NAME_LENGTH = 31;

/**
 * The to-do sheet name of each collector: "Collect To-do " and the name, without the characters Excel forbids in a
 * sheet name (\ / ? * [ ] :), cut to 31 characters, and numbered when two collectors would get the same sheet
 * (Excel compares sheet names without regard to case).
 *
 * @example collectorSheetNames(["Sam", "A/R: Jo"]) //=> Map { "Sam" => "Collect To-do Sam", "A/R: Jo" => "Collect To-do A-R- Jo" }
 */
export function collectorSheetNames(collectors: readonly string[]): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const collector of collectors) {
    const base = `Collect To-do ${collector.replace(/[\\/?*[\]:]/g, "-").replace(/\s+/g, " ").trim()}`.trimEnd();
    let name = base.slice(0, MAX_SHEET_NAME_LENGTH).trimEnd().replace(/'+$/, "");
    for (let n = 2; taken.has(name.toLowerCase()); n += 1) {
      const suffix = ` (${n})`;
      name = `${base.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length).trimEnd()}${suffix}`;
    }
    taken.add(name.toLowerCase());
    names.set(collector, name);
  }
  return names;
}

/**
 * One collector's to-do list, in the same layout as the worklist.
 *
 * @param name - the sheet's name (`collectorSheetNames` makes them safe and distinct); by default the collector's alone
 * @example collectorSheet(worklist, "Sam", "1900").name //=> "Collect To-do Sam"
 */
export function collectorSheet(worklist: Worklist, collector: string, dateSystem: DateSystem, name = collectorSheetNames([collector]).get(collector) ?? ""): OwnedSheet {
  const rows = worklist.byCollector.find((todo) => todo.collector === collector)?.rows ?? [];
  return {
    name,
    preamble: [[`To-do for ${collector} as of ${worklist.asOf}`], [`${rows.length} row${rows.length === 1 ? "" : "s"}, most urgent first.`]],
    columns: COLUMNS,
    rows: rows.map((item) => row(item, dateSystem)),
    ageColumns: [DAYS_PAST_DUE_HEADER],
  };
}
