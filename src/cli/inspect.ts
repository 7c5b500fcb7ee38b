import { splitCellAddress } from "../core/excel/address";
import type { Ledger } from "../core/ledger/ledger";
import type { Issue } from "../core/types/issue";
import { summarizeLedger } from "../workbook";

/** One issue as `inspect --json` and `run --json` print it (DESIGN.md, CLI contract). */
export interface IssueJson {
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly severity: Issue["severity"];
  readonly code: string;
  readonly message: string;
}

/** `collect inspect --json`: what Collect understood of a workbook. */
export interface InspectJson {
  readonly file: string;
  readonly dateSystem: string;
  readonly sheets: readonly {
    readonly name: string;
    readonly role: string;
    readonly headerRow: number | null;
    readonly columns: Readonly<Record<string, { readonly column: string; readonly header: string; readonly confidence: number }>>;
    readonly rows: Ledger["sheets"][number]["rows"];
  }[];
  readonly invoices: number;
  readonly openInvoices: number;
  readonly customers: number;
  /** Open balance per currency in major units, exact to the cent; "unknown" where the workbook names no currency. */
  readonly openBalance: Readonly<Record<string, number>>;
  readonly issues: readonly IssueJson[];
}

/** An issue with its address split into sheet and cell. */
export function issueToJson(issue: Issue): IssueJson {
  const where = issue.address === null ? { sheet: null, cell: null } : splitCellAddress(issue.address);
  return { sheet: where.sheet, cell: where.cell, severity: issue.severity, code: issue.code, message: issue.message };
}

/** Builds the JSON form of `inspect`. */
export function inspectJson(file: string, ledger: Ledger): InspectJson {
  const summary = summarizeLedger(ledger);
  return {
    file,
    dateSystem: ledger.dateSystem,
    sheets: ledger.sheets.map((sheet) => ({
      name: sheet.name,
      role: sheet.role,
      headerRow: sheet.headerRow,
      columns: Object.fromEntries(sheet.columns.map((c) => [c.field, { column: c.column, header: c.header, confidence: Math.round(c.confidence * 100) / 100 }])),
      rows: sheet.rows,
    })),
    invoices: summary.invoices,
    openInvoices: summary.openInvoices,
    customers: summary.customers,
    openBalance: Object.fromEntries(summary.openBalance.map((b) => [b.currency ?? "unknown", b.openCents / 100])),
    issues: ledger.issues.map(issueToJson),
  };
}

const ROLE_WORDS: Readonly<Record<string, string>> = {
  invoices: "invoice register",
  "aging-detail": "open items / aging detail",
  "aging-summary": "aging summary (not counted as invoices)",
  payments: "payments",
  customers: "customer list",
  "contact-log": "contact log",
  "collect-owned": "Collect's own sheet",
  unknown: "not understood",
};

/** The readable form of `inspect`: sheets and roles, mapping with confidence, counts, balances, issues grouped. */
export function formatInspect(json: InspectJson): string {
  const lines: string[] = [`${json.file} (${json.dateSystem} date system)`, ""];
  for (const sheet of json.sheets) {
    const where = sheet.headerRow === null ? "no header row found" : `header on row ${sheet.headerRow}`;
    lines.push(`Sheet "${sheet.name}": ${ROLE_WORDS[sheet.role] ?? sheet.role}, ${where}`);
    for (const [field, c] of Object.entries(sheet.columns)) {
      lines.push(`  ${field.padEnd(16)} ← ${c.column} "${c.header}" (${Math.round(c.confidence * 100)}%)`);
    }
    const r = sheet.rows;
    if (sheet.headerRow !== null) {
      lines.push(`  rows: ${r.used} used, ${r.subtotal} subtotal/total, ${r.title} title, ${r.blank} blank, ${r.repeatedHeader} repeated header, ${r.withIssue} with an issue`);
    }
  }
  lines.push("", `Invoices: ${json.invoices} (${json.openInvoices} open), customers: ${json.customers}`);
  const balances = Object.entries(json.openBalance);
  lines.push(`Open balance: ${balances.length === 0 ? "none" : balances.map(([cur, amount]) => `${cur} ${amount.toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`).join(", ")}`);
  lines.push("", ...formatIssues(json.issues));
  return lines.join("\n");
}

/** Issues grouped by kind, most severe first, with up to five cells each. */
export function formatIssues(issues: readonly IssueJson[]): string[] {
  if (issues.length === 0) return ["No issues."];
  const groups = new Map<string, IssueJson[]>();
  for (const issue of issues) {
    const key = `${issue.severity}\u0000${issue.code}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [issue]);
    else group.push(issue);
  }
  const order = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...groups.values()].sort((a, b) => order[(a[0] as IssueJson).severity] - order[(b[0] as IssueJson).severity]);
  const lines = [`Issues: ${issues.length}`];
  for (const group of sorted) {
    const first = group[0] as IssueJson;
    lines.push(`  ${first.severity.toUpperCase()} ${first.code} × ${group.length}`);
    for (const issue of group.slice(0, 5)) lines.push(`    ${issue.message}`);
    if (group.length > 5) lines.push(`    … and ${group.length - 5} more`);
  }
  return lines;
}
