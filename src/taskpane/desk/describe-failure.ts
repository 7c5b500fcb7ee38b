import { NotOwnedSheetError, SheetNotFoundError } from "../../hosts/host";

/** A problem the pane shows in a message bar: what happened, and what to do about it. */
export interface PaneProblem {
  readonly title: string;
  readonly message: string;
}

/** Excel refuses API calls while the user is typing in a cell (RichApi error "InvalidOperationInCellEditMode"). */
const CELL_EDIT_MODE = /CellEditMode|cell edit mode/i;

/**
 * Words for a failed operation, for a bookkeeper: which sheet, and what to do next. `doing` names the
 * operation ("Reading the workbook", "Saving the contact").
 *
 * @example describeFailure(new SheetNotFoundError("Invoices", []), "Reading the workbook").title //=> "Reading the workbook failed"
 */
export function describeFailure(error: unknown, doing: string): PaneProblem {
  const title = `${doing} failed`;
  if (error instanceof NotOwnedSheetError) {
    return { title, message: `Collect only writes sheets whose names start with "Collect ", and "${error.sheetName}" is one of yours. Rename your sheet, then try again.` };
  }
  if (error instanceof SheetNotFoundError) {
    return { title, message: `The sheet "${error.sheetName}" is no longer in the workbook. Press Refresh to read the workbook again.` };
  }
  const text = error instanceof Error ? error.message : String(error);
  if (CELL_EDIT_MODE.test(text)) {
    return { title, message: "Excel is still editing a cell. Press Enter or Esc in the sheet, then try again." };
  }
  return { title, message: `${text.replace(/\.$/, "")}. Press Refresh to read the workbook again; if this keeps happening, close the pane and open it again from Home, Collect.` };
}
