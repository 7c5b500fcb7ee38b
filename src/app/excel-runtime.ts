/*
 * Composition root for Excel's shared runtime: the one place that wires the Office.js host into the
 * functions and the task pane (they never import hosts/excel themselves; STYLE.md).
 */
import { DEFAULT_PAYLOAD_BUDGET_BYTES, ExcelHost } from "../hosts/excel";
import { setDateSystem } from "../functions/settings";
import { downloadFile, localTimeOfDay, localToday } from "../taskpane/desk/browser-environment";
import type { PaneEnvironment } from "../taskpane/desk/pane-environment";

/**
 * The Office.js host with a payload budget only where one is needed: Excel on the web limits each request and
 * response to 5 MB, so reads and writes are split there; Windows and Mac take one batch whatever the size.
 */
export function createExcelHost(): ExcelHost {
  const onTheWeb = typeof Office !== "undefined" && Office.context?.platform === Office.PlatformType.OfficeOnline;
  return new ExcelHost({ payloadBudgetBytes: onTheWeb ? DEFAULT_PAYLOAD_BUDGET_BYTES : null });
}

/**
 * Tells the COLLECT functions which date system the workbook uses, so a 1904 workbook's serials are read
 * as the dates they show. Resolves to the problem text when Excel could not say (the pane shows it).
 */
export async function shareDateSystemWithFunctions(host: ExcelHost): Promise<string | null> {
  try {
    setDateSystem(await host.dateSystem());
    return null;
  } catch (error) {
    return `Collect could not read the workbook's date system (${error instanceof Error ? error.message : String(error)}); dates in COLLECT functions are read in the 1900 system.`;
  }
}

/**
 * Whether the Office platform blocks downloads from the task pane: Excel on Mac runs add-ins in a WKWebView that
 * ignores download links, so the pane writes the `Collect Merge` sheet instead. `platform` is
 * `Office.context.platform` ("Mac", "PC", "OfficeOnline", …).
 *
 * @example blocksDownloads("Mac") //=> true
 */
export function blocksDownloads(platform: string | null | undefined): boolean {
  return platform === "Mac";
}

/** What the task pane gets in Excel: the workbook through Office.js, the browser's clock and downloads. */
export function excelPaneEnvironment(host: ExcelHost, platform: string | null | undefined): PaneEnvironment {
  return {
    host,
    workbookName: "This workbook",
    downloadsBlocked: blocksDownloads(platform),
    today: () => localToday(),
    timeOfDay: () => localTimeOfDay(),
    saveFile: downloadFile,
    locale: typeof navigator === "undefined" || navigator.language === "" ? "en-GB" : navigator.language,
  };
}
