import ExcelJS from "exceljs";
import JSZip from "jszip";
import { err, ok, type Result } from "../../core/types/result";
import { readCsvSheet, sheetNameForCsv } from "./_lib/csv";
import { FileHost } from "./file-host";

/** Why a file could not be opened as a workbook. */
export type OpenWorkbookErrorCode = "unsupported-file-type" | "unreadable-file" | "file-not-found";

/** An expected failure to open a workbook, with the developer detail (the message for people lives in core/messages). */
export interface OpenWorkbookError {
  readonly code: OpenWorkbookErrorCode;
  readonly fileName: string;
  readonly detail: string;
}

/** File extensions read as Office Open XML workbooks (an .xlsm's macros are not kept in the copy Collect writes). */
const WORKBOOK_EXTENSIONS = new Set(["xlsx", "xlsm"]);
/** File extensions read as delimited text. */
const CSV_EXTENSIONS = new Set(["csv", "tsv", "txt"]);

function extensionOf(fileName: string): string {
  const match = /\.([^./\\]+)$/.exec(fileName);
  return (match?.[1] ?? "").toLowerCase();
}

async function open(bytes: Uint8Array, fileName: string, path?: string): Promise<Result<FileHost, OpenWorkbookError>> {
  const extension = extensionOf(fileName);
  const source = path === undefined ? { fileName } : { fileName, path };
  if (CSV_EXTENSIONS.has(extension)) {
    return ok(new FileHost(new ExcelJS.Workbook(), source, readCsvSheet(bytes, sheetNameForCsv(fileName))));
  }
  if (!WORKBOOK_EXTENSIONS.has(extension)) {
    return err({
      code: "unsupported-file-type",
      fileName,
      detail: `".${extension}" is not .xlsx, .xlsm or .csv (an old .xls must be saved as .xlsx in Excel first)`,
    });
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's declared Buffer type is an ArrayBuffer-like; it accepts any byte view at run time.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    return err({ code: "unreadable-file", fileName, detail: error instanceof Error ? error.message : String(error) });
  }
  // A workbook always has a sheet. None read means ExcelJS could not follow the package (an unusual namespace
  // prefix, say): refuse it rather than write a copy that would hold Collect's sheets and none of the user's.
  if (workbook.worksheets.length === 0 && (await listsSheets(bytes))) {
    return err({ code: "unreadable-file", fileName, detail: "no worksheet could be read from it (the file may have been written by a program Collect cannot read; open it in Excel and save it again as .xlsx)" });
  }
  // Only a plain .xlsx is copied by editing its package: an .xlsm's copy is written without its macros (see above).
  return ok(new FileHost(workbook, source, null, extension === "xlsx" ? bytes : null));
}

/** True when the package's workbook part lists at least one sheet (read straight from the zip, not through ExcelJS). */
async function listsSheets(bytes: Uint8Array): Promise<boolean> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file(/(^|\/)workbook\.xml$/)[0];
  const xml = part === undefined ? "" : await part.async("string");
  return /<(\w+:)?sheet\b/.test(xml);
}

/**
 * Opens workbook bytes by file name: .xlsx/.xlsm through ExcelJS, .csv/.tsv/.txt as a one-sheet workbook named
 * after the file. Expected failures (wrong type, corrupt file) come back as an error, never thrown.
 */
export function openWorkbookBuffer(bytes: Uint8Array, fileName: string): Promise<Result<FileHost, OpenWorkbookError>> {
  return open(bytes, fileName);
}

/** Opens a workbook file from disk (Node only). See `openWorkbookBuffer`. */
export async function openWorkbookFile(path: string): Promise<Result<FileHost, OpenWorkbookError>> {
  const { readFile } = await import("node:fs/promises");
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return err({ code: "file-not-found", fileName: path, detail: error instanceof Error ? error.message : String(error) });
  }
  return open(bytes, path, path);
}

/** A `FileHost` over an ExcelJS workbook already in memory (tests, generated samples). */
export function fileHostFromWorkbook(workbook: ExcelJS.Workbook, fileName = "workbook.xlsx"): FileHost {
  return new FileHost(workbook, { fileName });
}
