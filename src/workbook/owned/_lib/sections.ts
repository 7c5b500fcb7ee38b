import type { Grid } from "../../grid";
import { cellAt, cellText, normaliseHeader, isBlankRow } from "./cells";

/** A titled table inside a sheet: the title row, its header row, header positions and the data rows. */
export interface Section {
  readonly titleRow: number;
  /** 0-based header row, or null when no header was found before the next section. */
  readonly headerRow: number | null;
  /** Normalised header text → 0-based column. */
  readonly columns: ReadonlyMap<string, number>;
  /** 0-based rows with data (blank rows skipped), up to the next section title. */
  readonly rows: readonly number[];
}

function firstCell(grid: Grid, row: number): string {
  return normaliseHeader(cellText(cellAt(grid, row, 0)) ?? "");
}

/**
 * Finds a section by its title in the first column. Its header is the first row below whose first cell is
 * `firstHeader` (notes between title and header are allowed); its data runs to the next known section title,
 * skipping blank rows, so a row the user inserts does not cut it short.
 *
 * @example findSection(grid, "Settings", "Setting", ["Settings", "Stages"])?.rows //=> [5, 6, 7]
 */
export function findSection(grid: Grid, title: string, firstHeader: string, allTitles: readonly string[]): Section | null {
  const titles = new Set(allTitles.map(normaliseHeader));
  const titleRow = grid.values.findIndex((_, row) => firstCell(grid, row) === normaliseHeader(title));
  if (titleRow < 0) return null;
  let end = titleRow + 1;
  while (end < grid.values.length && !titles.has(firstCell(grid, end))) end += 1;
  let headerRow: number | null = null;
  for (let row = titleRow + 1; row < end; row += 1) {
    if (firstCell(grid, row) === normaliseHeader(firstHeader)) {
      headerRow = row;
      break;
    }
  }
  if (headerRow === null) return { titleRow, headerRow, columns: new Map(), rows: [] };
  const columns = new Map<string, number>();
  (grid.values[headerRow] ?? []).forEach((value, column) => {
    const text = cellText(value);
    if (text !== null && !columns.has(normaliseHeader(text))) columns.set(normaliseHeader(text), column);
  });
  const rows: number[] = [];
  for (let row = headerRow + 1; row < end; row += 1) if (!isBlankRow(grid, row)) rows.push(row);
  return { titleRow, headerRow, columns, rows };
}

/**
 * The column of the first header that matches one of the names (normalised), or null.
 *
 * @example columnOf(section, "Value", "Amount") //=> 1
 */
export function columnOf(section: Pick<Section, "columns">, ...names: readonly string[]): number | null {
  for (const name of names) {
    const column = section.columns.get(normaliseHeader(name));
    if (column !== undefined) return column;
  }
  return null;
}

/** Rows searched for a table's header: generous for notes the user types above it. */
const HEADER_SEARCH_ROWS = 20;

/**
 * Finds a plain table (a sheet that is one table, such as `Collect Log`): its header is the first row, among
 * the first 20, that holds every required header in any column (so the user may reorder or add columns);
 * its data is every non-blank row below.
 *
 * @example findTable(grid, ["Date", "Customer"])?.headerRow //=> 0
 */
export function findTable(grid: Grid, required: readonly string[]): Section | null {
  const wanted = required.map(normaliseHeader);
  for (let row = 0; row < Math.min(grid.values.length, HEADER_SEARCH_ROWS); row += 1) {
    const columns = new Map<string, number>();
    (grid.values[row] ?? []).forEach((value, column) => {
      const text = cellText(value);
      if (text !== null && !columns.has(normaliseHeader(text))) columns.set(normaliseHeader(text), column);
    });
    if (!wanted.every((header) => columns.has(header))) continue;
    const rows: number[] = [];
    for (let data = row + 1; data < grid.values.length; data += 1) if (!isBlankRow(grid, data)) rows.push(data);
    return { titleRow: row, headerRow: row, columns, rows };
  }
  return null;
}
