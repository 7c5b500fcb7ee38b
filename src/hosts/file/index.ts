export { FileHost, WouldOverwriteSourceError, type CsvReadInfo, type FileHostSource, type SaveRoute } from "./file-host";
export {
  fileHostFromWorkbook,
  openWorkbookBuffer,
  openWorkbookFile,
  type OpenWorkbookError,
  type OpenWorkbookErrorCode,
} from "./open-workbook";
export type { CsvDelimiter, CsvEncoding, CsvProblem } from "./_lib/csv";
export { NotOwnedSheetError, SheetNotFoundError } from "../host";
export { InvalidOwnedSheetError } from "../_lib/owned-layout";
