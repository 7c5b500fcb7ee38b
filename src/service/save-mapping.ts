/*
 * The bookkeeper's column choices, kept in the workbook's own `Collect Settings` sheet so they travel with the
 * file and every surface (pane, CLI, functions) reads the workbook the same way.
 */
import type { Issue } from "../core/types/issue";
import type { WorkbookHost } from "../hosts/host";
import { EMPTY_SETTINGS, readSettings, settingsToRows, SETTINGS_SHEET_NAME, type CollectSettings, type FieldId } from "../workbook";
import type { CellValue } from "../workbook/grid";
import type { OwnedSheet } from "../workbook/owned-sheet";

/** One column choice: which column of a sheet holds a field, "none" to leave the field out, null to let Collect decide again. */
export interface MappingChange {
  readonly sheet: string;
  readonly field: FieldId;
  readonly column: string | null;
}

/** Widths of the settings sheet's columns (characters). */
const SETTINGS_WIDTHS = [14, 24, 18, 12] as const;

/**
 * The `Collect Settings` sheet for these settings: the title line, then a `Setting | Sheet | Field | Value` table.
 * `readSettings` reads it back to the same settings.
 *
 * @example settingsSheet({ ...EMPTY_SETTINGS, mapping: { Invoices: { dueDate: "F" } } }).rows //=> [["mapping", "Invoices", "dueDate", "F"]]
 */
export function settingsSheet(settings: CollectSettings): OwnedSheet {
  const [title, header, ...rows] = settingsToRows(settings);
  const headers = (header ?? []).map((cell) => String(cell));
  return {
    name: SETTINGS_SHEET_NAME,
    preamble: title === undefined ? [] : [title],
    columns: headers.map((text, index) => ({ header: text, width: SETTINGS_WIDTHS[index] ?? 12, numberFormat: "@" })),
    rows: rows as (readonly CellValue[])[],
    freezeHeader: false,
  };
}

/** The settings with one column choice applied. */
export function applyMappingChange(settings: CollectSettings, change: MappingChange): CollectSettings {
  const columns: Record<string, string> = { ...(settings.mapping[change.sheet] ?? {}) };
  if (change.column === null) delete columns[change.field];
  else columns[change.field] = change.column === "none" ? "none" : change.column.toUpperCase();
  const mapping = { ...settings.mapping, [change.sheet]: columns };
  if (Object.keys(columns).length === 0) delete mapping[change.sheet];
  return { ...settings, mapping };
}

/**
 * Saves a column choice in the workbook's `Collect Settings` sheet (created when missing). The other settings
 * in the sheet are kept; rows Collect could not read are dropped (they were reported as issues) and returned.
 *
 * @returns the issues of the rows that were dropped
 * @example await saveMappingChange(host, { sheet: "Invoices", field: "dueDate", column: "F" }) //=> []
 */
export async function saveMappingChange(host: WorkbookHost, change: MappingChange): Promise<readonly Issue[]> {
  const names = await host.listSheets();
  const existing = names.find((name) => name.toLowerCase() === SETTINGS_SHEET_NAME.toLowerCase());
  let settings: CollectSettings = EMPTY_SETTINGS;
  let dropped: readonly Issue[] = [];
  if (existing !== undefined) {
    const [grid] = await host.readSheets([existing]);
    if (grid !== undefined) {
      const read = readSettings(grid);
      settings = read.value;
      dropped = read.issues;
    }
  }
  await host.writeOwnedSheets([settingsSheet(applyMappingChange(settings, change))]);
  return dropped;
}
