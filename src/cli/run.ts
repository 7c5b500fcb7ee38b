import { bucketLabel, DEFAULT_AGING_BUCKETS } from "../core/aging/bucket-aging";
import { computeDaysPastDue } from "../core/aging/days-past-due";
import { computeStage, formatStageLabel } from "../core/policy/compute-stage";
import type { ParsedArgs } from "./args";
import { resolveAsOf } from "./as-of";
import { issueToJson } from "./inspect";
import { loadWorkbook } from "./load-workbook";
import type { Output } from "./main";

/** One open invoice as the first `run` reports it: customer, days past due, bucket and stage. */
export interface OpenInvoiceLine {
  readonly customer: string;
  readonly invoiceNo: string;
  readonly currency: string | null;
  readonly open: number;
  readonly daysPastDue: number | null;
  readonly bucket: string | null;
  readonly stage: string;
}

/** `collect run`: today's collections work on a workbook. */
export async function runCommand(file: string, args: ParsedArgs, io: Output): Promise<number> {
  const asOf = resolveAsOf(args.flags.get("as-of"));
  const { ledger } = await loadWorkbook(file);
  const lines: OpenInvoiceLine[] = [];
  for (const invoice of ledger.invoices) {
    if (invoice.openCents <= 0) continue;
    const base = { customer: invoice.customerName, invoiceNo: invoice.invoiceNo, currency: invoice.currency, open: invoice.openCents / 100 };
    if (invoice.dueDate === null) {
      lines.push({ ...base, daysPastDue: null, bucket: null, stage: "No due date: add one or the terms" });
      continue;
    }
    const days = computeDaysPastDue(invoice.dueDate, asOf);
    const stage = computeStage({ dueDate: invoice.dueDate, asOf, disputed: invoice.disputed, onHold: invoice.onHold });
    lines.push({ ...base, daysPastDue: days, bucket: bucketLabel(days, DEFAULT_AGING_BUCKETS), stage: formatStageLabel(stage) });
  }
  lines.sort((a, b) => (b.daysPastDue ?? Number.MAX_SAFE_INTEGER) - (a.daysPastDue ?? Number.MAX_SAFE_INTEGER) || a.customer.localeCompare(b.customer));
  if (args.flags.has("json")) {
    io.out(JSON.stringify({ asOf, openInvoices: lines, issues: ledger.issues.map(issueToJson) }, null, 2));
    return 0;
  }
  io.out(`Open invoices as of ${asOf}: ${lines.length}`);
  io.out(`${"Customer".padEnd(32)} ${"Invoice".padEnd(12)} ${"Days".padStart(5)}  ${"Bucket".padEnd(7)} Stage`);
  for (const line of lines) {
    io.out(`${line.customer.slice(0, 32).padEnd(32)} ${line.invoiceNo.slice(0, 12).padEnd(12)} ${String(line.daysPastDue ?? "—").padStart(5)}  ${(line.bucket ?? "—").padEnd(7)} ${line.stage}`);
  }
  return 0;
}
