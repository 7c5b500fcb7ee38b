import { NotOwnedSheetError, SheetNotFoundError } from "../../hosts/host";
import { describeFailure } from "./describe-failure";

describe("describeFailure", () => {
  it.each([
    { name: "a write to the user's sheet", error: new NotOwnedSheetError("Collections"), says: 'Rename your sheet' },
    { name: "a sheet that went away", error: new SheetNotFoundError("Invoices", ["Payments"]), says: 'The sheet "Invoices" is no longer in the workbook' },
    { name: "Excel in cell-edit mode", error: new Error("RichApi.Error: InvalidOperationInCellEditMode"), says: "Press Enter or Esc" },
    { name: "anything else", error: new Error("The host is busy."), says: "The host is busy. Press Refresh" },
    { name: "a thrown string", error: "offline", says: "offline. Press Refresh" },
  ])("tells what to do after $name", ({ error, says }) => {
    const problem = describeFailure(error, "Saving the contact");
    expect(problem.title).toBe("Saving the contact failed");
    expect(problem.message).toContain(says);
  });
});
