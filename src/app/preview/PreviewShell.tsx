import { useCallback, useMemo, useState } from "react";
import type { IsoDate } from "../../core/dates/iso-date";
import type { SnapshotAnalyser } from "../../service/analyse-snapshot";
import { openWorkbookBuffer, type FileHost, type OpenWorkbookError } from "../../hosts/file";
import { App } from "../../taskpane/components/App";
import { downloadFile, localTimeOfDay, localToday } from "../../taskpane/desk/browser-environment";
import type { PaneEnvironment } from "../../taskpane/desk/pane-environment";
import type { ThemeMode } from "../../taskpane/theme/pick-theme-mode";
import { PreviewBar } from "./PreviewBar";

/** A workbook open in the preview. */
export interface PreviewWorkbook {
  readonly host: FileHost;
  readonly fileName: string;
  /** The as-of date to start with (the sample's own day), else today. */
  readonly asOf?: IsoDate;
}

export interface PreviewShellProps {
  /** The workbook to start with (the sample), or null when it could not be loaded. */
  readonly initial: PreviewWorkbook | null;
  /** Why the first workbook could not be loaded. */
  readonly initialProblem?: string;
  /** Theme of the pane. */
  readonly themeMode: ThemeMode;
  /** Pretend downloads are blocked, to preview Excel on Mac's fallback. @defaultvalue false */
  readonly downloadsBlocked?: boolean;
  /** Runs the analysis (a web worker). @defaultvalue the pane's own thread */
  readonly analyse?: SnapshotAnalyser;
}

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A bookkeeper's words for a file the preview could not open. */
export function describeOpenError(error: OpenWorkbookError): string {
  const what =
    error.code === "unsupported-file-type"
      ? "Collect reads .xlsx, .xlsm and .csv files. Save the workbook as .xlsx in Excel and open it again."
      : "The file could not be read as a workbook (it may be damaged or password-protected). Open it in Excel, save it as .xlsx and try again.";
  return `${error.fileName}: ${what} (${error.detail})`;
}

/**
 * The browser preview's composition: the task pane over a file host, with a bar to open another workbook and
 * to download the workbook with the Collect sheets written so far. Opening a file starts a fresh pane.
 */
export function PreviewShell({ initial, initialProblem, themeMode, downloadsBlocked = false, analyse }: PreviewShellProps) {
  const [book, setBook] = useState<{ readonly workbook: PreviewWorkbook | null; readonly generation: number }>({ workbook: initial, generation: 0 });
  const [problem, setProblem] = useState<string | undefined>(initialProblem);
  const workbook = book.workbook;

  const open = useCallback(async (file: File) => {
    const opened = await openWorkbookBuffer(new Uint8Array(await file.arrayBuffer()), file.name);
    if (!opened.ok) {
      setProblem(describeOpenError(opened.error));
      return;
    }
    setProblem(undefined);
    setBook((current) => ({ workbook: { host: opened.value, fileName: file.name }, generation: current.generation + 1 }));
  }, []);

  const download = useCallback(async () => {
    if (workbook === null) return;
    const bytes = await workbook.host.toBuffer();
    downloadFile({ fileName: workbook.fileName.replace(/\.(xlsx|xlsm|csv|tsv|txt)$/i, "") + ".collect.xlsx", mimeType: XLSX_MIME, content: bytes });
  }, [workbook]);

  const environment = useMemo<PaneEnvironment | undefined>(
    () =>
      workbook === null
        ? undefined
        : {
            host: workbook.host,
            workbookName: workbook.fileName,
            downloadsBlocked,
            today: () => localToday(),
            timeOfDay: () => localTimeOfDay(),
            saveFile: downloadFile,
            locale: "en-GB",
            ...(workbook.asOf === undefined ? {} : { initialAsOf: workbook.asOf }),
            ...(analyse === undefined ? {} : { analyse }),
          },
    [workbook, downloadsBlocked, analyse],
  );

  const banner = <PreviewBar fileName={workbook?.fileName ?? "no workbook"} onOpen={(file) => void open(file)} onDownload={() => void download()} />;
  return <App key={book.generation} themeMode={themeMode} banner={banner} {...(environment === undefined ? {} : { environment })} {...(problem === undefined ? {} : { startupProblem: problem })} />;
}
