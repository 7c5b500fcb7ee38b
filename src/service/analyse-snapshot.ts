/*
 * `analyseWorkbook` over a workbook already read: the task pane reads through the host on the main thread, then
 * runs this (in a web worker where it can, so a 100k-row workbook never freezes the pane) on the snapshot alone.
 */
import { SheetNotFoundError, OWNED_SHEET_PREFIX, type WorkbookHost } from "../hosts/host";
import { analyseWorkbook, type CollectRun, type CollectRunOptions } from "./run-collect";
import type { WorkbookSnapshot } from "./workbook-snapshot";

/** A snapshot host was asked to write: analysing never writes, so this is a programmer error. */
export class SnapshotIsReadOnlyError extends Error {
  override readonly name = "SnapshotIsReadOnlyError";
  constructor(what: string) {
    super(`A workbook snapshot cannot be written to (${what}); write through the workbook's own host.`);
  }
}

/** A host that answers reads from the snapshot and refuses every write. */
export function readOnlySnapshotHost(snapshot: WorkbookSnapshot): WorkbookHost {
  const byName = new Map(snapshot.grids.map((grid) => [grid.sheetName.toLowerCase(), grid]));
  return {
    ownedSheetPrefix: OWNED_SHEET_PREFIX,
    listSheets: async () => snapshot.names,
    readSheets: async (names) =>
      names.map((name) => {
        const grid = byName.get(name.toLowerCase());
        if (grid === undefined) throw new SheetNotFoundError(name, snapshot.names);
        return grid;
      }),
    dateSystem: async () => snapshot.dateSystem,
    writeOwnedSheets: async () => {
      throw new SnapshotIsReadOnlyError("writeOwnedSheets");
    },
    ensureOwnedSheet: async () => {
      throw new SnapshotIsReadOnlyError("ensureOwnedSheet");
    },
    appendRows: async () => {
      throw new SnapshotIsReadOnlyError("appendRows");
    },
  };
}

/** Analyses a workbook snapshot: the same run as `analyseWorkbook` on the workbook it was read from. */
export function analyseSnapshot(snapshot: WorkbookSnapshot, options: CollectRunOptions): Promise<CollectRun> {
  return analyseWorkbook(readOnlySnapshotHost(snapshot), options);
}

/** How the pane has a snapshot analysed: in the same thread, or in a web worker (src/app). */
export type SnapshotAnalyser = (snapshot: WorkbookSnapshot, options: CollectRunOptions) => Promise<CollectRun>;
