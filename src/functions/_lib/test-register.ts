/**
 * A deterministic invoice register for the COLLECT.RISK / COLLECT.PAYDATE tests: the six columns a bookkeeper
 * would pass, as Excel passes them (2-D arrays, dates as 1900-system serials, blank paid date = open), and
 * the same rows as a sheet grid for the workbook reader (the CLI's and task pane's path).
 */
import { seededRandom } from "../../core/predict/_lib/test-ledger";
import type { CellValue } from "../../workbook/grid";

/** One row of the register. Dates are serials; `paid` is null while the invoice is open. */
export interface RegisterFixtureRow {
  readonly invoice: string | number;
  readonly customer: string;
  readonly invoiceDate: number;
  readonly dueDate: number;
  readonly amount: number;
  readonly paid: number | null;
}

/** 2026-11-25 in the 1900 system. */
export const FIXTURE_TODAY = 46351;

/** How each customer pays: mean days late and spread. Two names differ only in case and spacing. */
const PAYERS = [
  { names: ["Acme Ltd"], meanLate: -2, spread: 3 },
  { names: ["Nash Foundation", "NASH  foundation"], meanLate: 18, spread: 9 },
  { names: ["Müller & Söhne"], meanLate: 4, spread: 6 },
  { names: ["Blue Harbor Inc"], meanLate: 35, spread: 20 },
  { names: ["Kite Supplies"], meanLate: 0, spread: 1 },
  { names: ["Orion Retail"], meanLate: 9, spread: 12 },
  { names: ["Pine & Co"], meanLate: -6, spread: 2 },
  { names: ["Zenith GmbH"], meanLate: 25, spread: 5 },
] as const;

/**
 * `count` invoices over the two years before `FIXTURE_TODAY`, spread across the payers; an invoice whose
 * payment would come after `FIXTURE_TODAY` is still open (blank paid date).
 *
 * @example makeRegisterRows(3)[0] //=> { invoice: "INV-10000", customer: "…", invoiceDate: 45…, dueDate: 45…, amount: …, paid: 45… }
 */
export function makeRegisterRows(count: number, seed = 7): RegisterFixtureRow[] {
  const random = seededRandom(seed);
  const rows: RegisterFixtureRow[] = [];
  for (let i = 0; i < count; i += 1) {
    const payer = PAYERS[Math.floor(random() * PAYERS.length)] ?? PAYERS[0];
    const customer = payer.names[Math.floor(random() * payer.names.length)] ?? payer.names[0];
    const invoiceDate = FIXTURE_TODAY - 730 + Math.floor((i * 730) / count) + Math.floor(random() * 5);
    const terms = random() < 0.7 ? 30 : 14;
    const dueDate = invoiceDate + terms;
    const late = Math.round(payer.meanLate + (random() + random() + random() - 1.5) * payer.spread);
    const paidDay = Math.max(invoiceDate + 1, dueDate + late);
    const amount = Math.round(200 + random() * 5000) + (i % 4) * 0.25;
    rows.push({ invoice: `INV-${String(10000 + i)}`, customer, invoiceDate, dueDate, amount, paid: paidDay <= FIXTURE_TODAY ? paidDay : null });
  }
  return rows;
}

/** The six register arguments, as Excel passes six Table columns. */
export function registerColumns(rows: readonly RegisterFixtureRow[]): [unknown[][], unknown[][], unknown[][], unknown[][], unknown[][], unknown[][]] {
  return [
    rows.map((r) => [r.invoice]),
    rows.map((r) => [r.customer]),
    rows.map((r) => [r.invoiceDate]),
    rows.map((r) => [r.dueDate]),
    rows.map((r) => [r.amount]),
    rows.map((r) => [r.paid]),
  ];
}

/** The header the workbook reader maps ("Invoice", "Customer", …). */
export const REGISTER_HEADER = ["Invoice", "Customer", "Invoice date", "Due date", "Amount", "Paid date"] as const;

/** The same rows as sheet values below a header, for `gridOf`; date columns need a date format (columns 2, 3 and 5). */
export function registerSheetRows(rows: readonly RegisterFixtureRow[]): CellValue[][] {
  return [[...REGISTER_HEADER], ...rows.map((r): CellValue[] => [r.invoice, r.customer, r.invoiceDate, r.dueDate, r.amount, r.paid])];
}
