import type { IsoDate } from "../../core/dates/iso-date";
import type { PriorityWeights } from "../../core/desk/priority-weights";
import type { Figure } from "../../core/metrics/figure";
import { MESSAGES } from "../../core/messages";
import { centsToAmount, type Cents } from "../../core/money/cents";
import type { CollectPolicy } from "../../core/policy/collect-policy";
import type { CurrencyOutcome, PolicyReplay, PolicyReplayComparison } from "../../core/replay/replay-policy";
import type { CellValue } from "../grid";
import type { OwnedSheet } from "../owned-sheet";
import { MONEY_FORMAT, ONE_DECIMAL_FORMAT, PERCENT_ONE_DECIMAL_FORMAT, TEXT_FORMAT, WHOLE_FORMAT } from "./_lib/formats";
import { POLICY_DRAFT_SHEET_NAME, WHAT_IF_SHEET_NAME } from "./policy-draft-sheet";
import { describePolicyDifferences } from "./policy-differences";
import { POLICY_SHEET_NAME } from "./policy-sheet";

/** Options for `whatIfSheet`. */
export interface WhatIfSheetOptions {
  /** The day the comparison is for (the run's as-of date). @defaultvalue the window's last day */
  readonly asOf?: IsoDate;
  /** Customer key → name, for the per-customer table. @defaultvalue the keys */
  readonly customerNames?: ReadonlyMap<string, string>;
  /** Both policies' priority weights, to list a change of them among the differences. */
  readonly weights?: { readonly current: PriorityWeights; readonly draft: PriorityWeights };
}

/** The header of each side-by-side block. */
export const WHAT_IF_COLUMNS = ["Current policy", "Draft", "Difference (draft − current)"] as const;

type Format = string | null;

/** Rows and their number formats, built top to bottom. */
class Rows {
  readonly rows: (readonly CellValue[])[] = [];
  readonly formats: (readonly Format[])[] = [];
  add(row: readonly CellValue[], formats: readonly Format[] = []): void {
    this.rows.push(row);
    this.formats.push(row.map((_, c) => formats[c] ?? null));
  }
}

function currencyName(currency: string | null): string {
  return currency ?? "No currency";
}

/** Sums of cents (a policy's fees) in major units, for a money cell. */
function amount(cents: number): number {
  return centsToAmount(cents as Cents);
}

function difference(current: number | null, draft: number | null): number | null {
  return current === null || draft === null ? null : draft - current;
}

/** A figure's value (percent figures as shares, for a % format), or why there is none. */
function figureCell(figure: Figure, percent: boolean): CellValue {
  if (figure.value === null) return figure.reason === null ? "—" : `n/a: ${MESSAGES[figure.reason]}`;
  return percent ? figure.value / 100 : figure.value;
}

function numberCell(value: number | null, percent: boolean): CellValue {
  if (value === null) return "—";
  return percent ? value / 100 : value;
}

/** A side-by-side row of three numbers: current, draft, draft − current. */
function sideBySide(rows: Rows, label: string, current: number, draft: number, format: string): void {
  rows.add([label, current, draft, draft - current], [null, format, format, format]);
}

function addContacts(rows: Rows, comparison: PolicyReplayComparison, current: CollectPolicy): void {
  rows.add(["Contacts by stage"]);
  rows.add(["Stage", ...WHAT_IF_COLUMNS]);
  const levels = [...new Set([...comparison.current.byStage, ...comparison.draft.byStage].map((stage) => stage.level))].sort((a, b) => a - b);
  const count = (replay: PolicyReplay, level: number): number => replay.byStage.find((stage) => stage.level === level)?.count ?? 0;
  for (const level of levels) {
    const name = current.stages.find((stage) => stage.level === level)?.name ?? comparison.current.byStage.find((stage) => stage.level === level)?.name ?? comparison.draft.byStage.find((stage) => stage.level === level)?.name ?? "";
    sideBySide(rows, `${level} ${name}`, count(comparison.current, level), count(comparison.draft, level), WHOLE_FORMAT);
  }
  if (levels.length === 0) rows.add(["Neither policy would have contacted anyone in the window."]);
  sideBySide(rows, "All contacts", comparison.current.contacts.length, comparison.draft.contacts.length, WHOLE_FORMAT);
  rows.add(["Contacts of every scenario are counted under their level; a scenario may name a level differently."]);
  rows.add([]);
  rows.add(["Contacts by channel"]);
  rows.add(["Channel", ...WHAT_IF_COLUMNS]);
  sideBySide(rows, "Calls", comparison.current.byChannel.call, comparison.draft.byChannel.call, WHOLE_FORMAT);
  sideBySide(rows, "E-mails", comparison.current.byChannel["e-mail"], comparison.draft.byChannel["e-mail"], WHOLE_FORMAT);
  sideBySide(rows, "Letters", comparison.current.byChannel.letter, comparison.draft.byChannel.letter, WHOLE_FORMAT);
  rows.add([]);
}

function addCharges(rows: Rows, comparison: PolicyReplayComparison): void {
  rows.add(["Fees and interest"]);
  rows.add(["Charge", ...WHAT_IF_COLUMNS]);
  const currencies = [...new Set([...comparison.current.charges, ...comparison.draft.charges].map((charge) => charge.currency))];
  const charges = (replay: PolicyReplay, currency: string | null) => replay.charges.find((charge) => charge.currency === currency);
  const amounts = currencies.flatMap((currency) => {
    const was = charges(comparison.current, currency);
    const now = charges(comparison.draft, currency);
    return was === undefined && now === undefined ? [] : [{ currency, was, now }];
  });
  const any = amounts.some(({ was, now }) => (was?.feeCents ?? 0) + (was?.interestCents ?? 0) + (now?.feeCents ?? 0) + (now?.interestCents ?? 0) !== 0);
  if (!any) rows.add(["Neither policy would have charged fees or interest in the window."]);
  else {
    for (const { currency, was, now } of amounts) {
      const name = currencyName(currency);
      sideBySide(rows, `Fees (${name})`, amount(was?.feeCents ?? 0), amount(now?.feeCents ?? 0), MONEY_FORMAT);
      sideBySide(rows, `Interest (${name})`, amount(was?.interestCents ?? 0), amount(now?.interestCents ?? 0), MONEY_FORMAT);
    }
  }
  rows.add(["Fees: each letter or e-mail at a level with a fee, once per contact. Interest: from the due date to payment or the window's end, once per invoice sent a letter or e-mail at a level that charges it."]);
  rows.add([]);
}

function outcomeOf(list: readonly CurrencyOutcome[], currency: string | null): CurrencyOutcome | undefined {
  return list.find((outcome) => outcome.currency === currency);
}

function addOutcomes(rows: Rows, comparison: PolicyReplayComparison): void {
  const currencies = comparison.actual.map((outcome) => outcome.currency);
  if (currencies.length === 0) {
    rows.add(["DSO and CEI"]);
    rows.add(["No invoices: there is nothing to measure."]);
    rows.add([]);
    return;
  }
  const figures: readonly { readonly label: string; readonly percent: boolean; readonly format: string; readonly value: (o: CurrencyOutcome) => number | null; readonly cell: (o: CurrencyOutcome) => CellValue }[] = [
    { label: "DSO, countback, at the window's end (days)", percent: false, format: ONE_DECIMAL_FORMAT, value: (o) => o.dsoCountback.value, cell: (o) => figureCell(o.dsoCountback, false) },
    { label: "DSO, average of the month ends (days)", percent: false, format: ONE_DECIMAL_FORMAT, value: (o) => o.averageDso, cell: (o) => numberCell(o.averageDso, false) },
    { label: "CEI, full sales, over the window", percent: true, format: PERCENT_ONE_DECIMAL_FORMAT, value: (o) => o.ceiFullSales.value, cell: (o) => figureCell(o.ceiFullSales, true) },
    { label: "CEI, average of the months", percent: true, format: PERCENT_ONE_DECIMAL_FORMAT, value: (o) => o.averageMonthlyCei, cell: (o) => numberCell(o.averageMonthlyCei, true) },
  ];
  rows.add(["DSO and CEI: Current policy and Draft are modelled (see the payment model at the top); Actual is the books as they are. CEI in percent, DSO in days."]);
  for (const currency of currencies) {
    rows.add([`DSO and CEI — ${currencyName(currency)}`]);
    rows.add(["Figure", ...WHAT_IF_COLUMNS, "Actual"]);
    const actual = outcomeOf(comparison.actual, currency);
    const was = outcomeOf(comparison.current.modelled, currency);
    const now = outcomeOf(comparison.draft.modelled, currency);
    for (const figure of figures) {
      const diff = difference(was === undefined ? null : figure.value(was), now === undefined ? null : figure.value(now));
      rows.add(
        [figure.label, was === undefined ? "—" : figure.cell(was), now === undefined ? "—" : figure.cell(now), diff === null ? "—" : figure.percent ? diff / 100 : diff, actual === undefined ? "—" : figure.cell(actual)],
        [null, figure.format, figure.format, figure.format, figure.format],
      );
    }
    rows.add([]);
  }
}

interface CustomerLine {
  readonly key: string;
  readonly currency: string | null;
  current: number;
  draft: number;
  currentLevel: number;
  draftLevel: number;
  currentFeeCents: number;
  draftFeeCents: number;
}

function customerLines(comparison: PolicyReplayComparison): readonly CustomerLine[] {
  const lines = new Map<string, CustomerLine>();
  const line = (key: string, currency: string | null): CustomerLine => {
    const id = `${key}\u0000${currency ?? ""}`;
    const found = lines.get(id);
    if (found !== undefined) return found;
    const made: CustomerLine = { key, currency, current: 0, draft: 0, currentLevel: 0, draftLevel: 0, currentFeeCents: 0, draftFeeCents: 0 };
    lines.set(id, made);
    return made;
  };
  for (const contact of comparison.current.contacts) {
    const l = line(contact.customerKey, contact.currency);
    l.current += 1;
    l.currentLevel = Math.max(l.currentLevel, contact.level);
    if (contact.channel !== "call") l.currentFeeCents += contact.feeCents;
  }
  for (const contact of comparison.draft.contacts) {
    const l = line(contact.customerKey, contact.currency);
    l.draft += 1;
    l.draftLevel = Math.max(l.draftLevel, contact.level);
    if (contact.channel !== "call") l.draftFeeCents += contact.feeCents;
  }
  // Largest change first, so the customers the draft treats differently are on top.
  return [...lines.values()].sort((a, b) => Math.abs(b.draft - b.current) - Math.abs(a.draft - a.current) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * The `Collect What-if` sheet: the window and what was compared (the draft's differences from the current policy in
 * words), the payment model, and side by side Current | Draft | Difference: contacts by stage and by channel, fees
 * and interest per currency, and per currency the modelled DSO (countback at the window's end, average of the month
 * ends) and CEI (full sales, average of the months) with the actual figures beside them; then one row per customer
 * (contacts, highest level and fees under each policy) as the sheet's table. Values only: no formulas.
 *
 * @example whatIfSheet(replayPolicy(ledger, draft, current, window), current, draft).name //=> "Collect What-if"
 */
export function whatIfSheet(comparison: PolicyReplayComparison, current: CollectPolicy, draft: CollectPolicy, options?: WhatIfSheetOptions): OwnedSheet {
  const { window } = comparison;
  const asOf = options?.asOf ?? window.to;
  const rows = new Rows();
  rows.add([WHAT_IF_SHEET_NAME]);
  rows.add([
    `As of ${asOf}. What the current policy ("${POLICY_SHEET_NAME}") and the draft ("${POLICY_DRAFT_SHEET_NAME}") would have done from ${window.from} to ${window.to}, replayed customer by customer on the invoices, payments, promises and disputes in the books. Nothing was sent and nothing was logged.`,
  ]);
  rows.add([comparison.model]);
  rows.add([]);
  rows.add(["What the draft changes"]);
  const differences = describePolicyDifferences(current, draft, options?.weights);
  if (differences.length === 0) rows.add([`The draft is the same as the current policy: change "${POLICY_DRAFT_SHEET_NAME}" to compare something.`]);
  for (const line of differences) rows.add([line]);
  rows.add([]);
  addContacts(rows, comparison, current);
  addCharges(rows, comparison);
  addOutcomes(rows, comparison);
  rows.add(["Per customer: contacts, highest level and fees under each policy, the largest change first."]);
  const names = options?.customerNames;
  const table = customerLines(comparison).map((l) => [
    names?.get(l.key) ?? l.key,
    currencyName(l.currency),
    l.current,
    l.draft,
    l.draft - l.current,
    l.currentLevel === 0 ? null : l.currentLevel,
    l.draftLevel === 0 ? null : l.draftLevel,
    amount(l.currentFeeCents),
    amount(l.draftFeeCents),
  ]);
  return {
    name: WHAT_IF_SHEET_NAME,
    preamble: rows.rows,
    preambleFormats: rows.formats,
    columns: [
      { header: "Customer", numberFormat: TEXT_FORMAT, width: 48 },
      { header: "Currency", numberFormat: TEXT_FORMAT, width: 16 },
      { header: "Contacts, current", numberFormat: WHOLE_FORMAT, width: 16 },
      { header: "Contacts, draft", numberFormat: WHOLE_FORMAT, width: 16 },
      { header: "Difference", numberFormat: WHOLE_FORMAT, width: 12 },
      { header: "Highest level, current", numberFormat: WHOLE_FORMAT, width: 14 },
      { header: "Highest level, draft", numberFormat: WHOLE_FORMAT, width: 14 },
      { header: "Fees, current", numberFormat: MONEY_FORMAT, width: 14 },
      { header: "Fees, draft", numberFormat: MONEY_FORMAT, width: 14 },
    ],
    rows: table,
    freezeHeader: false,
  };
}
