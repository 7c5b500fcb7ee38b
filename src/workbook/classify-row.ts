import { cellText, isBlankCell } from "./cell-text";
import type { CellValue } from "./grid";

/** What a row below the header is. Every row is exactly one of these. */
export type RowKind =
  | { readonly kind: "blank" }
  | { readonly kind: "repeated-header" }
  | { readonly kind: "total"; readonly grand: boolean; readonly label: string; readonly column: number }
  | { readonly kind: "label"; readonly text: string; readonly column: number; readonly note: boolean }
  | { readonly kind: "data" };

/** What the classifier needs to know about the sheet's columns. */
export interface RowLayout {
  /** Each header cell as lower-case trimmed text, to spot the header repeated after a page break. */
  readonly headerTexts: readonly string[];
  /** Columns mapped to a field. */
  readonly mappedColumns: readonly number[];
  /** The column that identifies a record (invoice number; customer on a summary), if any. */
  readonly keyColumn: number | undefined;
  /** Columns holding amounts: a lone text there is a value, not a group label. */
  readonly amountColumns: ReadonlySet<number>;
}

const TOTAL_WORD =
  /^(grand total|report total|overall total|total general|total des|sub-?total|zwischensumme|sous-total|subtotaal|totals?|summe|gesamtsumme|gesamtbetrag|gesamt|totaal|totale)(?![a-z0-9])/;
const ALWAYS_GRAND = /^(grand total|report total|overall total|total general|gesamtsumme)/;
const SUBTOTAL_WORD = /^(sub-?total|zwischensumme|sous-total|subtotaal)/;
const LINK_WORDS = /^(?:[\s:·•\-–—,]|for|of|fur|pour|de|del|van|voor)+/;
const GRAND_REST =
  /^[\d\s()·•:,.\-–—]*(?:(customers?|clients?|invoices?|items?|rows?|accounts?|debtors?|kunden|rechnungen|factures|clientes|facturas|klanten|facturen|all|all customers|report|accounts receivable|a\/r|ar|receivables|general)[\d\s()·•:,.\-–—]*)?$/;
const STRONG_TOTAL = /^(grand total|report total|sub-?total|zwischensumme|sous-total|subtotaal|totals?(?:\s*(?:for\b|[·•:(]|$)))/;
const DIACRITICS = /[\u0300-\u036f]/g;
/** Longer single-cell text is a note or footnote, never a customer name. */
const NOTE_LENGTH = 60;
const SENTENCE = /[.!?;]\s+\S/;
const ID_LIKE = /^[^\s]*\d[^\s]*$/;

/**
 * Classifies one row below the header: blank; the header again (page breaks); a total or subtotal row
 * ("Total for Acme", "TOTAL", "Total · 20 customers"), with whether it is the grand total; a lone text
 * (a customer group heading above its invoices, or a note); or data.
 *
 * @example classifyRow(["Total for Acme Corp", null, 1200], layout) //=> { kind: "total", grand: false, label: "Acme Corp", column: 0 }
 * @example classifyRow(["TOTAL", null, 5000], layout)              //=> { kind: "total", grand: true, label: "", column: 0 }
 * @example classifyRow(["Acme Corp", null, null], layout)          //=> { kind: "label", text: "Acme Corp", column: 0, note: false }
 */
export function classifyRow(cells: readonly CellValue[], layout: RowLayout): RowKind {
  let nonEmpty = 0;
  let firstText: string | null = null;
  let firstTextColumn = -1;
  let amountCells = 0;
  for (let column = 0; column < cells.length; column += 1) {
    const value = cells[column];
    if (isBlankCell(value)) continue;
    nonEmpty += 1;
    if (layout.amountColumns.has(column)) amountCells += 1;
    if (firstText === null && typeof value === "string") {
      firstText = value.trim();
      firstTextColumn = column;
    }
  }
  if (nonEmpty === 0) return { kind: "blank" };
  if (firstText === null) return { kind: "data" };
  if (isRepeatedHeader(cells, layout)) return { kind: "repeated-header" };

  const total = readTotal(firstText, firstTextColumn, cells, layout, amountCells > 0);
  if (total !== null) return total;

  if (nonEmpty === 1 && !layout.amountColumns.has(firstTextColumn)) {
    const isId = firstTextColumn === layout.keyColumn && ID_LIKE.test(firstText);
    if (!isId) return { kind: "label", text: firstText, column: firstTextColumn, note: firstText.length > NOTE_LENGTH || SENTENCE.test(firstText) };
  }
  return { kind: "data" };
}

function isRepeatedHeader(cells: readonly CellValue[], layout: RowLayout): boolean {
  let same = 0;
  for (const column of layout.mappedColumns) {
    const header = layout.headerTexts[column] ?? "";
    const value = cells[column];
    if (header !== "" && typeof value === "string" && value.trim().toLowerCase() === header) same += 1;
  }
  return same >= 2 || (same === 1 && layout.mappedColumns.length === 1);
}

/** First letters of every total word (total, grand, sub, summe, gesamt, report, overall, zwischensumme). */
const TOTAL_INITIALS = new Set(["t", "g", "s", "r", "o", "z"]);

function readTotal(text: string, column: number, cells: readonly CellValue[], layout: RowLayout, hasAmounts: boolean): RowKind | null {
  if (!TOTAL_INITIALS.has(text.charAt(0).toLowerCase())) return null;
  const lower = text.toLowerCase().normalize("NFD").replace(DIACRITICS, "");
  const word = TOTAL_WORD.exec(lower);
  if (word === null) return null;
  // Without a key column, only unmistakable total words count ("Total Gas Ltd" may be a customer).
  if (layout.keyColumn === undefined && !STRONG_TOTAL.test(lower)) return null;
  const key = layout.keyColumn === undefined ? undefined : cells[layout.keyColumn];
  const keyIsThisText = layout.keyColumn === column || isBlankCell(key);
  if (!keyIsThisText) return null;
  if (!hasAmounts && !STRONG_TOTAL.test(lower)) return null;
  const rest = lower.slice(word[0].length).replace(LINK_WORDS, "").trim();
  const grand = !SUBTOTAL_WORD.test(lower) && (ALWAYS_GRAND.test(lower) || GRAND_REST.test(rest));
  const label = grand ? "" : cellText(text).slice(text.length - rest.length).trim();
  return { kind: "total", grand, label, column };
}
