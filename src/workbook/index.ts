/** The public surface of src/workbook: Grid → Ledger, and the settings sheet that steers it. */
export type { CellError, CellValue, Grid, WorkbookGrids } from "./grid";
export { readLedger, type ReadLedgerOptions } from "./read-ledger";
export { readSettings, settingsToRows, SETTINGS_SHEET_NAME } from "./collect-settings";
export { EMPTY_SETTINGS, ANY_SHEET, SHEET_CHOICES, type CollectSettings, type MappingOverrides, type SheetChoice } from "./sheet-settings";
export type { ColumnOverrides } from "./map-columns";
export { FIELD_IDS, FIELD_LABELS, isFieldId, type FieldId } from "./fields";
export { summarizeLedger, type CurrencyBalance, type LedgerSummary } from "./summarize-ledger";
export { COLLECT_SHEET_PREFIX, COLLECT_LOG_SHEET_NAME } from "./classify-sheet-role";
export type { WorkbookIssueCode } from "./messages";
