import type { LetterSender } from "../core/letters/letter-job";
import type { Issue } from "../core/types/issue";
import type { Grid } from "../workbook/grid";
import { readCompanyDetails } from "../workbook/letters/read-company-details";

/**
 * The user's company details for letterheads: from the `Collect Letters` sheet when it has them,
 * otherwise from a sheet of the user's own that lists them (label | value rows such as "Company name").
 */
export function findCompanyDetails(lettersGrid: Grid | undefined, userGrids: readonly Grid[]): { readonly company: LetterSender | null; readonly issues: readonly Issue[] } {
  if (lettersGrid !== undefined) {
    const read = readCompanyDetails(lettersGrid);
    if (read.value !== null) return { company: read.value, issues: read.issues };
  }
  for (const grid of userGrids) {
    const read = readCompanyDetails(grid);
    if (read.value !== null) return { company: read.value, issues: [] };
  }
  return { company: null, issues: [] };
}
