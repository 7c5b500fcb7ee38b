/*
 * The collections run, the same for the task pane and the CLI: read the workbook through a host, understand
 * it, decide today's work, prepare the letters, and write Collect's own sheets. Only the `WorkbookHost`
 * interface is used, so it runs on Excel (Office.js) and on files (ExcelJS) alike.
 */
import type { IsoDate } from "../core/dates/iso-date";
import { buildCustomerStatuses, type CustomerStatus } from "../core/desk/customer-status";
import { rateCustomerRisks, type CustomerRiskRating } from "../core/desk/customer-risks";
import { buildDeskContext } from "../core/desk/desk-context";
import { ledgerAsOf } from "../core/desk/ledger-as-of";
import { DEFAULT_COLLECT_POLICY, type CollectPolicy } from "../core/policy/collect-policy";
import type { Plan } from "../core/desk/payment-plan";
import { DEFAULT_PRIORITY_WEIGHTS, type PriorityWeights } from "../core/desk/priority-weights";
import { buildWorklist, type Worklist } from "../core/desk/worklist";
import type { ContactLogEntry, Ledger } from "../core/ledger/ledger";
import { defaultLetterTemplates } from "../core/letters/default-templates";
import type { LetterTemplate } from "../core/letters/letter-template";
import { recordLetters } from "../core/letters/record-letters";
import { renderLetters } from "../core/letters/render-letter";
import type { RenderedLetter } from "../core/letters/rendered-letter";
import { computeCollectMetrics, type CollectMetrics } from "../core/metrics/collect-metrics";
import { forecastReceivables, type ReceivablesForecast } from "../core/metrics/forecast-receivables";
import type { Issue } from "../core/types/issue";
import { mergeSheet, mergeSourceRows } from "../export/merge-source";
import type { WorkbookHost } from "../hosts/host";
import { readLedger, type ReadLedgerOptions } from "../workbook";
import { SETTINGS_SHEET_NAME } from "../workbook/collect-settings";
import type { Grid } from "../workbook/grid";
import { defaultLettersSheet, LETTERS_SHEET_NAME } from "../workbook/letters/letters-sheet";
import { readLetterTemplates } from "../workbook/letters/read-letter-templates";
import {
  alertsSheet,
  auditSheet,
  collectorSheet,
  collectorSheetNames,
  customersSheet,
  defaultLogSheet,
  defaultPlansSheet,
  defaultPolicySheet,
  holdsAndCreditsSheet,
  LOG_COLUMNS,
  LOG_SHEET_NAME,
  logRows,
  metricsSheet,
  PLANS_SHEET_NAME,
  POLICY_DRAFT_SHEET_NAME,
  POLICY_SHEET_NAME,
  readPlansSheet,
  readPolicySheet,
  worklistSheet,
} from "../workbook/owned";
import type { OwnedSheet } from "../workbook/owned-sheet";
import { findCompanyDetails } from "./company-source";
import { issuesSheet } from "./issues-sheet";
import { buildLetterJobs } from "./letter-jobs";
import { analyseWhatIf } from "./what-if";

/** Written in the log's Source column for letters Collect prepared. */
export const LETTER_LOG_ORIGIN = "Collect letters";

export interface CollectRunOptions {
  readonly asOf: IsoDate;
  /** Column mapping and sheet choices that win over the workbook's `Collect Settings` sheet. */
  readonly read?: ReadLedgerOptions;
}

/** Everything one run found and decided, before anything is written. */
export interface CollectRun {
  readonly asOf: IsoDate;
  readonly ledger: Ledger;
  readonly policy: CollectPolicy;
  readonly weights: PriorityWeights;
  readonly plans: readonly Plan[];
  readonly worklist: Worklist;
  readonly statuses: readonly CustomerStatus[];
  readonly letters: readonly RenderedLetter[];
  /** Every issue of the run: reading, policy, plans, data check, letters. Each names its cell where it has one. */
  readonly issues: readonly Issue[];
  /** Owned sheets that did not exist yet and are created with defaults (Policy, Plans, Log, Letters). */
  readonly sheetsToCreate: readonly OwnedSheet[];
  /** Every metric on the as-of date, per currency, with the aging and collector activity (the `Collect Metrics` sheet). */
  readonly metrics: CollectMetrics;
  /** Expected cash-in over the next 13 weeks per currency, reconciled to AR (the `Collect Metrics` sheet). */
  readonly forecast: ReceivablesForecast;
  /** Each customer's late-payment risk on the as-of date (empty when there is no paid history), by customer key. */
  readonly risks: ReadonlyMap<string, CustomerRiskRating>;
  /** The `Collect What-if` sheet when the workbook has a `Collect Policy Draft` sheet, else null. */
  readonly whatIf: OwnedSheet | null;
}

/**
 * A contact Collect itself logged for letters prepared on the as-of day does not count for that day's
 * decision: the run that prepared a letter must not see it as already sent, so running twice gives the
 * same worklist. From the next day on it counts as a contact like any other.
 */
function isOwnLetterOfTheDay(entry: ContactLogEntry, asOf: IsoDate): boolean {
  return entry.origin === LETTER_LOG_ORIGIN && entry.date === asOf;
}

/** Collect's own sheets that a run reads back: the ones the bookkeeper edits, and the log. */
const SHEETS_READ_BACK = new Set([POLICY_SHEET_NAME, POLICY_DRAFT_SHEET_NAME, PLANS_SHEET_NAME, LOG_SHEET_NAME, LETTERS_SHEET_NAME, SETTINGS_SHEET_NAME].map((name) => name.toLowerCase()));

/** A sheet Collect generates on every run (worklist, metrics …): nothing in it is read back, so it is not read. */
function isGeneratedSheet(name: string, prefix: string): boolean {
  return name.startsWith(prefix) && !SHEETS_READ_BACK.has(name.toLowerCase());
}

/**
 * Every sheet and the date system, in one call where the host can (Excel: 2 syncs rather than 4), leaving out the
 * sheets Collect generates (a large run writes tens of thousands of rows there that would only be read to be ignored).
 */
async function readAll(host: WorkbookHost): Promise<{ readonly grids: readonly Grid[]; readonly dateSystem: Ledger["dateSystem"] }> {
  if (host.readWorkbook !== undefined) return host.readWorkbook({ skip: (name) => isGeneratedSheet(name, host.ownedSheetPrefix) });
  const names = await host.listSheets();
  const [grids, dateSystem] = await Promise.all([host.readSheets(names), host.dateSystem()]);
  return { grids, dateSystem };
}

/** Reads the workbook and decides today's work. Writes nothing. */
export async function analyseWorkbook(host: WorkbookHost, options: CollectRunOptions): Promise<CollectRun> {
  const { asOf } = options;
  const { grids, dateSystem } = await readAll(host);
  const byName = new Map<string, Grid>(grids.map((g) => [g.sheetName, g]));
  const ledger = readLedger({ dateSystem, sheets: grids }, options.read);
  const issues: Issue[] = [...ledger.issues];
  const sheetsToCreate: OwnedSheet[] = [];

  const policyGrid = byName.get(POLICY_SHEET_NAME);
  let policy: CollectPolicy = DEFAULT_COLLECT_POLICY;
  let weights: PriorityWeights = DEFAULT_PRIORITY_WEIGHTS;
  if (policyGrid === undefined) sheetsToCreate.push(defaultPolicySheet());
  else {
    const read = readPolicySheet(policyGrid);
    ({ weights } = read.value);
    policy = read.value;
    issues.push(...read.issues);
  }

  const plansGrid = byName.get(PLANS_SHEET_NAME);
  let plans: readonly Plan[] = [];
  if (plansGrid === undefined) sheetsToCreate.push(defaultPlansSheet());
  else {
    const read = readPlansSheet(plansGrid, dateSystem, { customers: ledger.customers });
    plans = read.value;
    issues.push(...read.issues);
  }
  if (!byName.has(LOG_SHEET_NAME)) sheetsToCreate.push(defaultLogSheet());

  const deciding: Ledger = { ...ledger, contacts: ledger.contacts.filter((entry) => !isOwnLetterOfTheDay(entry, asOf)) };
  // Trained once, on what was known at the end of the as-of date: the ledger as it stood then (time travel).
  const asOfLedger = ledgerAsOf(deciding, asOf);
  const rated = rateCustomerRisks(asOfLedger, asOf);
  if (rated.unavailable !== null) {
    issues.push({ code: "risk-unavailable", severity: "info", address: null, message: "No customer has a late-payment risk yet: no invoice in the workbook has a paid date on or before the as-of date, so Collect has no payment history to learn from. The worklist follows the scenario rules without risk, and the cash forecast uses the due dates. Add a paid-date column (or a payments sheet) to get both." });
  }
  // Given the ledger already restated to the as-of date, the desk does not restate it a second time.
  const context = buildDeskContext(asOfLedger, policy, asOf, { plans, risks: rated.ratings });
  const worklist = buildWorklist(deciding, policy, weights, asOf, { plans, context });
  const statuses = buildCustomerStatuses(deciding, policy, asOf, { plans, decisions: worklist.decisions, context });
  issues.push(...worklist.issues);

  const lettersGrid = byName.get(LETTERS_SHEET_NAME);
  const userGrids = grids.filter((g) => !g.sheetName.startsWith(host.ownedSheetPrefix));
  const { company, issues: companyIssues } = findCompanyDetails(lettersGrid, userGrids);
  issues.push(...companyIssues);
  let templates: readonly LetterTemplate[] = defaultLetterTemplates();
  if (lettersGrid === undefined) sheetsToCreate.push(defaultLettersSheet(company === null ? {} : { company }));
  else {
    const read = readLetterTemplates(lettersGrid);
    if (read.ok) {
      templates = read.value.value;
      issues.push(...read.value.issues);
    } else {
      issues.push({ code: read.error, severity: "error", address: null, message: `The "${LETTERS_SHEET_NAME}" sheet has no templates table (a row starting "Template | Language | Tone | Subject | Body"). Collect used its built-in letters. Delete the sheet to get a fresh one.` });
    }
  }
  let letters: readonly RenderedLetter[] = [];
  if (company === null) {
    issues.push({ code: "company-missing", severity: "warning", address: null, message: `No letters were prepared: Collect does not know your company's name and address. Fill in "Your company" at the top of the "${LETTERS_SHEET_NAME}" sheet and run again.` });
  } else {
    const rendered = renderLetters(buildLetterJobs(worklist, ledger, policy, company, asOf), templates);
    letters = rendered.value;
    issues.push(...rendered.issues);
  }
  const metrics = computeCollectMetrics(ledger, asOf, { promiseGraceDays: policy.promiseGraceDays });
  const forecast = forecastReceivables(context.ledger, asOf, { context: rated.context, promises: context.promises });
  // A draft policy in the workbook is replayed beside the current one (about 30 ms a customer; none without a draft).
  const whatIf = analyseWhatIf(ledger, policy, byName.get(POLICY_DRAFT_SHEET_NAME), asOf, { plans, weights, risks: rated.ratings });
  issues.push(...whatIf.issues);
  return { asOf, ledger, policy, weights, plans, worklist, statuses, letters, issues, sheetsToCreate, metrics, forecast, risks: rated.ratings, whatIf: whatIf.sheet };
}

/** The sheets a run regenerates every time (their whole content is replaced). */
export function outputSheets(run: CollectRun, dateSystem: Ledger["dateSystem"]): readonly OwnedSheet[] {
  const sheets: OwnedSheet[] = [
    worklistSheet(run.worklist, dateSystem),
    customersSheet(run.statuses, dateSystem),
    holdsAndCreditsSheet(run.worklist, dateSystem),
    alertsSheet(run.worklist.alerts, dateSystem),
    issuesSheet(run.issues),
    auditSheet(run.worklist.audit),
    mergeSheet(mergeSourceRows(run.letters)),
    metricsSheet(run.metrics, { forecast: run.forecast }),
  ];
  const todoNames = collectorSheetNames(run.worklist.byCollector.map((todo) => todo.collector));
  for (const todo of run.worklist.byCollector) sheets.push(collectorSheet(run.worklist, todo.collector, dateSystem, todoNames.get(todo.collector)));
  if (run.whatIf !== null) sheets.push(run.whatIf);
  return sheets;
}

/**
 * Writes Collect's sheets: creates the user-edited ones that are missing (never overwriting them), replaces the
 * generated ones, and appends the letters of the day to `Collect Log` unless an earlier run of the same day
 * already logged them. The user's own sheets are never touched.
 * @returns the names of the sheets written
 */
export async function writeCollectSheets(host: WorkbookHost, run: CollectRun): Promise<readonly string[]> {
  const outputs = outputSheets(run, run.ledger.dateSystem);
  const logged = new Set(
    run.ledger.contacts.filter((e) => isOwnLetterOfTheDay(e, run.asOf)).map((e) => `${e.customerKey}\u0000${e.template ?? ""}`),
  );
  const entries = recordLetters(run.letters, run.asOf)
    .filter((e) => !logged.has(`${e.customerKey}\u0000${e.template ?? ""}`))
    .map((e) => ({ ...e, origin: LETTER_LOG_ORIGIN }));
  const names = new Map(run.ledger.customers.map((c) => [c.key, c.name]));
  const rows = entries.length === 0 ? [] : logRows(entries, run.ledger.dateSystem, { customerNames: names });
  const formats = LOG_COLUMNS.map((c) => c.numberFormat);
  if (host.writeBatch !== undefined) {
    // One batch: a log created now starts with the day's letters in it; an existing one gets them appended.
    const logIsNew = run.sheetsToCreate.some((sheet) => sheet.name === LOG_SHEET_NAME);
    const create = run.sheetsToCreate.map((sheet) => (sheet.name === LOG_SHEET_NAME && rows.length > 0 ? { ...sheet, rows } : sheet));
    await host.writeBatch({ create, replace: outputs, ...(logIsNew || rows.length === 0 ? {} : { append: { sheetName: LOG_SHEET_NAME, rows, numberFormats: formats } }) });
  } else {
    for (const sheet of run.sheetsToCreate) await host.ensureOwnedSheet(sheet);
    await host.writeOwnedSheets(outputs);
    if (rows.length > 0) await host.appendRows(LOG_SHEET_NAME, rows, formats);
  }
  return [...run.sheetsToCreate.map((s) => s.name), ...outputs.map((s) => s.name)];
}
