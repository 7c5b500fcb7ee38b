/*
 * The workbook read once: the task pane reads in its own step (so it can show how many sheets and rows it read,
 * and yield to the UI), then runs the same `analyseWorkbook` as the CLI over the snapshot (see analyse-snapshot.ts)
 * without a second round trip to Excel, in a web worker where it can.
 */
import type { DateSystem } from "../core/excel/serial";
import type { WorkbookHost } from "../hosts/host";
import type { Grid } from "../workbook/grid";

/** Every sheet of a workbook as read at one moment. */
export interface WorkbookSnapshot {
  readonly names: readonly string[];
  readonly grids: readonly Grid[];
  readonly dateSystem: DateSystem;
  /** Rows read, all sheets together (for progress messages). */
  readonly rowCount: number;
}

/** What `readWorkbook` reports as it goes. */
export type ReadProgress =
  | { readonly step: "listing" }
  | { readonly step: "reading"; readonly sheetCount: number }
  | { readonly step: "read"; readonly sheetCount: number; readonly rowCount: number };

/**
 * Reads every sheet of the workbook in one batch (`listSheets`, then `readSheets` and `dateSystem`).
 *
 * @example (await readWorkbook(host)).names //=> ["Invoices", "Payments", "Customers"]
 */
export async function readWorkbook(host: WorkbookHost, onProgress?: (progress: ReadProgress) => void): Promise<WorkbookSnapshot> {
  onProgress?.({ step: "listing" });
  const names = await host.listSheets();
  onProgress?.({ step: "reading", sheetCount: names.length });
  const [grids, dateSystem] = await Promise.all([host.readSheets(names), host.dateSystem()]);
  const rowCount = grids.reduce((sum, grid) => sum + grid.values.length, 0);
  onProgress?.({ step: "read", sheetCount: names.length, rowCount });
  return { names, grids, dateSystem, rowCount };
}
