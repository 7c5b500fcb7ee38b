import { columnLetter, columnNumber } from "../core/excel/address";
import type { ColumnMapping } from "../core/ledger/ledger";
import type { Issue } from "../core/types/issue";
import { cellText } from "./cell-text";
import type { FieldId, HeaderTarget } from "./fields";
import type { CellValue } from "./grid";
import { type HeaderMatch, matchNormalizedHeader, MIN_HEADER_CONFIDENCE } from "./match-header";
import { overrideOutsideSheet } from "./messages";
import { normalizeHeader } from "./normalize-header";

/** What the user set for one sheet's columns: field → column letter, or "none" to leave a field unmapped. */
export type ColumnOverrides = Readonly<Partial<Record<FieldId, string>>>;

/** Which column holds what, by 0-based index into the grid's rows. */
export interface ColumnMap {
  readonly fields: ReadonlyMap<FieldId, number>;
  readonly buckets: readonly number[];
  /** A currency named in a column's header ("Open Advance (ILS)"). */
  readonly currencies: ReadonlyMap<number, string>;
  /** Each column's header text as normalised, to spot the header repeated after a page break. */
  readonly headerKeys: readonly string[];
  readonly mappings: readonly ColumnMapping[];
}

/** Where the header is (for override issues) and the user's overrides for the sheet. */
export interface MapColumnsContext {
  readonly sheetName: string;
  /** 1-based sheet row of the header and column of the grid's first cell. */
  readonly headerRowNumber: number;
  readonly left: number;
  readonly overrides?: ColumnOverrides;
}

/** The words a user writes to leave a field unmapped. */
const UNMAPPED_WORDS: ReadonlySet<string> = new Set(["none", "-", "no", "ignore", ""]);

/**
 * Maps header cells to fields: the user's overrides first, then every remaining (column, field) pair by
 * confidence, best first, each field and column used once (bucket columns may repeat). A column whose best
 * reading is a known-but-unused column is kept away from weaker matches.
 *
 * @example mapColumns(["Invoice #", "Customer", "Due"], { sheetName: "S", headerRowNumber: 1, left: 1 }).value.fields //=> Map { invoiceNo → 0, customerName → 1, dueDate → 2 }
 */
export function mapColumns(headerCells: readonly CellValue[], context: MapColumnsContext): { value: ColumnMap; issues: readonly Issue[] } {
  const issues: Issue[] = [];
  const fields = new Map<FieldId, number>();
  const taken = new Set<number>();
  const mappings: ColumnMapping[] = [];
  const texts = headerCells.map((cell) => cellText(cell));
  const normalized = texts.map((text) => normalizeHeader(text));
  const blocked = new Set<FieldId>();

  for (const [field, letters] of Object.entries(context.overrides ?? {}) as [FieldId, string][]) {
    if (UNMAPPED_WORDS.has(letters.trim().toLowerCase())) {
      blocked.add(field);
      continue;
    }
    const number = columnNumber(letters);
    const index = number.ok ? number.value - context.left : -1;
    if (!number.ok || index < 0 || index >= headerCells.length) {
      issues.push(overrideOutsideSheet(context.sheetName, context.headerRowNumber, context.left, field, letters));
      continue;
    }
    fields.set(field, index);
    taken.add(index);
    mappings.push({ field, column: columnLetter(index + context.left), header: texts[index] ?? "", confidence: 1, overridden: true });
  }

  const candidates: { column: number; match: HeaderMatch }[] = [];
  normalized.forEach((header, column) => {
    for (const match of matchNormalizedHeader(header, texts[column] ?? "")) {
      if (match.confidence >= MIN_HEADER_CONFIDENCE) candidates.push({ column, match });
    }
  });
  candidates.sort((a, b) => b.match.confidence - a.match.confidence || a.column - b.column);

  const buckets: number[] = [];
  for (const { column, match } of candidates) {
    if (taken.has(column)) continue;
    const target: HeaderTarget = match.target;
    if (target === "ignored") {
      taken.add(column);
    } else if (target === "bucket") {
      taken.add(column);
      buckets.push(column);
      mappings.push({ field: "bucket", column: columnLetter(column + context.left), header: texts[column] ?? "", confidence: match.confidence, overridden: false });
    } else if (!fields.has(target) && !blocked.has(target)) {
      fields.set(target, column);
      taken.add(column);
      mappings.push({ field: target, column: columnLetter(column + context.left), header: texts[column] ?? "", confidence: match.confidence, overridden: false });
    }
  }

  const currencies = new Map<number, string>();
  normalized.forEach((header, column) => {
    if (header.currency !== null) currencies.set(column, header.currency);
  });
  buckets.sort((a, b) => a - b);
  mappings.sort((a, b) => columnNumberOf(a.column) - columnNumberOf(b.column));
  return { value: { fields, buckets, currencies, headerKeys: normalized.map((header) => header.key), mappings }, issues };
}

function columnNumberOf(letters: string): number {
  const number = columnNumber(letters);
  return number.ok ? number.value : 0;
}
