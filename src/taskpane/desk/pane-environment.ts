import type { IsoDate } from "../../core/dates/iso-date";
import type { WorkbookHost } from "../../hosts/host";
import type { SnapshotAnalyser } from "../../service/analyse-snapshot";
import type { DownloadFile } from "../../service/letter-files";

/**
 * Everything the pane needs from where it runs, handed in by the composition root (src/app): Excel's host in
 * Excel, a file host in the browser preview, an in-memory host in tests. The pane never reaches for Office.js.
 */
export interface PaneEnvironment {
  /** The workbook. */
  readonly host: WorkbookHost;
  /** What the header calls the workbook ("sample.xlsx", "This workbook"). */
  readonly workbookName: string;
  /**
   * Whether the host blocks downloads (Excel on Mac): letters are then written to the `Collect Merge` sheet and
   * e-mail text is shown to copy.
   */
  readonly downloadsBlocked: boolean;
  /** The calendar day in the user's time zone (the default as-of date and contact date). */
  readonly today: () => IsoDate;
  /** The time of day "HH:MM" for a contact logged now. */
  readonly timeOfDay: () => string;
  /** Hands a file to the user (a browser download). */
  readonly saveFile: (file: DownloadFile) => void;
  /** Locale for dates and amounts in the pane (BCP 47). */
  readonly locale: string;
  /** The first as-of date, when it is not today (the sample workbook's own day). */
  readonly initialAsOf?: IsoDate;
  /**
   * Runs the analysis of a workbook read: in a web worker in Excel and the preview, so a large workbook never
   * freezes the pane. @defaultvalue `analyseSnapshot` in the pane's own thread
   */
  readonly analyse?: SnapshotAnalyser;
}
