import type { IsoDate } from "../core/dates/iso-date";
import { toCellAddress } from "../core/excel/address";
import type { Invoice } from "../core/ledger/ledger";
import { MESSAGES } from "../core/messages";
import { toCents, ZERO_CENTS } from "../core/money/cents";
import { buildCustomerKeyIndex } from "../workbook/customer-keys";
import { type ArgumentSpec, coerceArguments } from "./coerce";
import { ArgumentError } from "./excel-error";

/**
 * The invoice register COLLECT.RISK and COLLECT.PAYDATE learn from, as six columns of the bookkeeper's own
 * table (Invoices[Invoice], Invoices[Customer], …). One row per invoice; a blank paid date means still open.
 */
export const REGISTER_ARGS = [
  { name: "invoices", kind: "id-column" },
  { name: "customers", kind: "id-column" },
  { name: "invoiceDates", kind: "date-column" },
  { name: "dueDates", kind: "date-column" },
  { name: "amounts", kind: "amount-column" },
  { name: "paidDates", kind: "date-column" },
] as const satisfies readonly ArgumentSpec[];

/** One non-blank row of the register. */
export interface RegisterRow {
  /** 1-based row within the ranges (the Table's data row). */
  readonly row: number;
  readonly invoiceNo: string;
  readonly customerKey: string;
  /** The ledger invoice the workbook reader would make of the row; null when the amount is blank. */
  readonly invoice: Invoice | null;
  readonly invoiceDate: IsoDate | null;
  readonly dueDate: IsoDate | null;
  readonly paidDate: IsoDate | null;
}

/** The register read: its invoices for core, and the rows by invoice number and customer for the lookups. */
export interface Register {
  readonly invoices: readonly Invoice[];
  readonly rowsByInvoice: ReadonlyMap<string, readonly RegisterRow[]>;
  readonly customerKeys: ReadonlySet<string>;
  /** The customer key a name or id typed into a formula stands for, by the reader's rule (case, accents and spacing do not matter). */
  readonly customerKeyOf: (name: string) => string;
}

/**
 * Reads the six register columns into the invoices the workbook reader makes of the same rows (the reader's
 * customer grouping, open balance = amount until paid, negative amounts as credit memos), so core sees what
 * the task pane and the CLI see. Rows blank in every column are left out (the desktop passes 0 for empty
 * cells). A row without an invoice number or customer is refused with #VALUE! naming the row, as the reader
 * refuses it; a row with a blank amount is kept for the lookups but is no invoice to learn from (the desktop
 * cannot tell a blank amount from 0, which core leaves out as "no amount").
 *
 * @example readRegister([[["INV-1"]], [["Acme"]], [[46300]], [[46330]], [[1200]], [[null]]]).invoices[0] //=> { invoiceNo: "INV-1", customerKey: "acme", openCents: 120000, paidDate: null, … }
 */
export function readRegister(columns: readonly unknown[]): Register {
  const [invoiceNos, customers, invoiceDates, dueDates, amounts, paidDates] = coerceArguments(REGISTER_ARGS, columns);
  const sizes = [invoiceNos, customers, invoiceDates, dueDates, amounts, paidDates].map((column) => column.length);
  if (sizes.some((size) => size !== invoiceNos.length)) {
    const shown = REGISTER_ARGS.map((spec, i) => `${spec.name} ${String(sizes[i])}`).join(", ");
    throw new ArgumentError({ kind: "value", message: `invoices, customers, invoiceDates, dueDates, amounts and paidDates must be ranges of the same size (rows: ${shown}).` });
  }
  // The reader's rule for a row that names a customer but gives no customer id: the normalised name.
  const keys = buildCustomerKeyIndex([]);
  const customerKeyOf = (name: string): string => keys.keyOf({ customerId: null, customerName: name }) ?? name;
  const invoices: Invoice[] = [];
  const rowsByInvoice = new Map<string, RegisterRow[]>();
  const customerKeys = new Set<string>();
  for (let i = 0; i < invoiceNos.length; i += 1) {
    const invoiceNo = invoiceNos[i] ?? null;
    const customer = customers[i] ?? null;
    const invoiceDate = invoiceDates[i] ?? null;
    const dueDate = dueDates[i] ?? null;
    const amount = amounts[i] ?? null;
    const paidDate = paidDates[i] ?? null;
    if (invoiceNo === null && customer === null && invoiceDate === null && dueDate === null && (amount === null || amount === 0) && paidDate === null) continue;
    const row = i + 1;
    if (invoiceNo === null) throw missing("invoices", row, "Every invoice needs its number.");
    if (customer === null) throw missing("customers", row, `Fill in the customer of invoice "${invoiceNo}".`);
    const customerKey = customerKeyOf(customer);
    const invoice = amount === null ? null : toInvoice(row, invoiceNo, customer, customerKey, invoiceDate, dueDate, amount, paidDate);
    if (invoice !== null) invoices.push(invoice);
    const entry: RegisterRow = { row, invoiceNo, customerKey, invoice, invoiceDate, dueDate, paidDate };
    const known = rowsByInvoice.get(invoiceNo);
    if (known === undefined) rowsByInvoice.set(invoiceNo, [entry]);
    else known.push(entry);
    customerKeys.add(customerKey);
  }
  return { invoices, rowsByInvoice, customerKeys, customerKeyOf };
}

function missing(name: string, row: number, fix: string): ArgumentError {
  return new ArgumentError({ kind: "value", message: `${name} (row ${String(row)}) is blank, but the row has other values. ${fix}` });
}

function toInvoice(row: number, invoiceNo: string, customerName: string, customerKey: string, invoiceDate: IsoDate | null, dueDate: IsoDate | null, amount: number, paidDate: IsoDate | null): Invoice {
  const cents = toCents(amount);
  if (!cents.ok) throw new ArgumentError({ kind: "value", message: `amounts (row ${String(row)}): ${JSON.stringify(amount)} ${MESSAGES[cents.error]}` });
  const amountCents = cents.value;
  return {
    invoiceNo, customerKey, customerName, kind: amountCents < 0 ? "credit-memo" : "invoice", invoiceDate, dueDate, terms: null, amountCents,
    // As the reader: an invoice with a paid date is settled; without one its whole amount is open.
    openCents: paidDate === null ? amountCents : ZERO_CENTS,
    currency: null, status: null, disputed: false, paidDate, onHold: false, notes: null, billingChannel: null,
    // A function sees values, not cells: the source names the row within the invoices range.
    source: toCellAddress("invoices", row, 1),
  };
}
