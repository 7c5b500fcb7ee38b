import type { Brand } from "./brand";

/**
 * A cell address with its sheet, as Excel writes it: `'Open Invoices'!D7` or `Ledger!D7`.
 * Built with `toCellAddress` in `core/excel/address.ts`.
 */
export type CellAddress = Brand<string, "CellAddress">;

/** How bad a problem in the user's data is. */
export type Severity = "error" | "warning" | "info";

/**
 * A problem in the user's data. Never thrown: collected beside the result.
 * `message` is for the bookkeeper and names the sheet and cell and what to do; `detail` is for developers.
 */
export interface Issue {
  readonly code: string;
  readonly severity: Severity;
  readonly address: CellAddress | null;
  readonly message: string;
  readonly detail?: string;
}

/** A value read from the user's data, with the problems found on the way. */
export interface Parsed<T> {
  readonly value: T;
  readonly issues: readonly Issue[];
}
