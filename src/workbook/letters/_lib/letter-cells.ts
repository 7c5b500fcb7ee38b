import { toCellAddress } from "../../../core/excel/address";
import type { CellAddress } from "../../../core/types/issue";
import type { CellValue, Grid } from "../../grid";

/** A cell's content as text for the letters sheet: trimmed text, numbers as written, null for blank or an error. */
export type LetterCellText = { readonly kind: "text"; readonly text: string } | { readonly kind: "blank" } | { readonly kind: "error"; readonly error: string };

/**
 * Reads one cell of the letters sheet. A number becomes its plain digits (an account number typed as a number);
 * line breaks inside text are kept (template bodies are several paragraphs).
 *
 * @example readLetterCell("  Dear {{contact_person}}, ") //=> { kind: "text", text: "Dear {{contact_person}}," }
 * @example readLetterCell(31926819)                      //=> { kind: "text", text: "31926819" }
 */
export function readLetterCell(value: CellValue | undefined): LetterCellText {
  if (value === null || value === undefined) return { kind: "blank" };
  if (typeof value === "object") return { kind: "error", error: value.error };
  const text = typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : value ? "TRUE" : "FALSE";
  return text === "" ? { kind: "blank" } : { kind: "text", text };
}

/** The text of a cell, or null when it is blank or an error. @example letterCellText({ error: "#N/A" }) //=> null */
export function letterCellText(value: CellValue | undefined): string | null {
  const cell = readLetterCell(value);
  return cell.kind === "text" ? cell.text : null;
}

/** The address of the cell at 0-based `rowIndex`/`columnIndex` of a grid. @example gridAddress(lettersGrid, 4, 1) //=> "'Collect Letters'!B5" */
export function gridAddress(grid: Grid, rowIndex: number, columnIndex: number): CellAddress {
  return toCellAddress(grid.sheetName, grid.top + rowIndex, grid.left + columnIndex);
}

/**
 * A label as compared with known labels: lower case, no trailing colon, single spaces.
 *
 * @example normalizeLabel(" Company  Name: ") //=> "company name"
 */
export function normalizeLabel(text: string): string {
  return text.toLowerCase().replace(/[:：]\s*$/, "").replace(/\s+/g, " ").trim();
}
