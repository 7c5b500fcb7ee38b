import type { Ledger } from "../core/ledger/ledger";
import { openWorkbookFile, type FileHost } from "../hosts/file";
import { readLedger } from "../workbook";

/** A workbook file opened and understood. */
export interface LoadedWorkbook {
  readonly host: FileHost;
  readonly ledger: Ledger;
  readonly sheetNames: readonly string[];
}

/** Why the CLI could not use the file at all (exit code 2). */
export class UnusableInputError extends Error {
  override readonly name = "UnusableInputError";
}

const OPEN_MESSAGES = {
  "file-not-found": (file: string) => `${file}: there is no such file. Check the path.`,
  "unsupported-file-type": (file: string) => `${file}: Collect reads .xlsx, .xlsm and .csv files. Save the workbook as .xlsx in Excel and try again.`,
  "unreadable-file": (file: string) => `${file}: the file could not be read as a workbook (it may be damaged or password-protected). Open it in Excel, save it as .xlsx and try again.`,
} as const;

/** Opens an .xlsx/.csv file as a host, or says in a bookkeeper's words why it cannot. */
export async function openHost(path: string): Promise<FileHost> {
  const opened = await openWorkbookFile(path);
  if (!opened.ok) throw new UnusableInputError(`${OPEN_MESSAGES[opened.error.code](path)} (${opened.error.detail})`);
  return opened.value;
}

/** Opens an .xlsx/.csv file and reads every sheet into a Ledger, in one pass. */
export async function loadWorkbook(path: string): Promise<LoadedWorkbook> {
  const host = await openHost(path);
  const sheetNames = await host.listSheets();
  const [sheets, dateSystem] = await Promise.all([host.readSheets(sheetNames), host.dateSystem()]);
  return { host, ledger: readLedger({ dateSystem, sheets }), sheetNames };
}
