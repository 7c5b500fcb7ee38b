export { ExcelHost, type ExcelHostOptions, type ExcelRun } from "./excel-host";
export { DEFAULT_PAYLOAD_BUDGET_BYTES, EXCEL_WEB_PAYLOAD_LIMIT_BYTES } from "./_lib/payload";
export { NotOwnedSheetError, SheetNotFoundError } from "../host";
export { InvalidOwnedSheetError } from "../_lib/owned-layout";
