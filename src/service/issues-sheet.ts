import { splitCellAddress } from "../core/excel/address";
import type { Issue } from "../core/types/issue";
import type { OwnedSheet } from "../workbook/owned-sheet";

/** The sheet listing every issue of a run, most severe first, so the bookkeeper can fix the cells named. */
export const ISSUES_SHEET_NAME = "Collect Issues";

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * Issues as a table: severity, sheet, cell, what to do.
 *
 * @example issuesSheet([]).rows //=> []
 */
export function issuesSheet(issues: readonly Issue[]): OwnedSheet {
  const rows = [...issues]
    .sort((a, b) => ORDER[a.severity] - ORDER[b.severity])
    .map((issue) => {
      const where = issue.address === null ? { sheet: null, cell: null } : splitCellAddress(issue.address);
      return [issue.severity === "error" ? "Error" : issue.severity === "warning" ? "Warning" : "Note", where.sheet, where.cell, issue.message, issue.code];
    });
  return {
    name: ISSUES_SHEET_NAME,
    columns: [
      { header: "Severity", width: 10, numberFormat: "@" },
      { header: "Sheet", width: 22, numberFormat: "@" },
      { header: "Cell", width: 8, numberFormat: "@" },
      { header: "What to do", width: 110, numberFormat: "@" },
      { header: "Code", width: 22, numberFormat: "@" },
    ],
    rows,
  };
}
