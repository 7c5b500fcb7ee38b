/*
 * Composition root of the browser preview (`npm run preview`, webpack.preview.js): the task pane outside Office,
 * over the file host, with the sample workbook fetched from the preview server itself (never from the network).
 *
 * URL parameters: ?asOf=YYYY-MM-DD (as-of date), ?theme=dark|light, ?mac=1 (preview Excel on Mac's no-download
 * fallback), ?officejs=1 (load office.js from the preview server first; see preview.html for why it is not loaded by
 * default).
 */
import { createRoot } from "react-dom/client";
import { toIsoDate, type IsoDate } from "../core/dates/iso-date";
import { DEFAULT_SAMPLE_AS_OF } from "../cli/sample/sample-book";
import { openWorkbookBuffer } from "../hosts/file";
import { pickThemeMode } from "../taskpane/theme/pick-theme-mode";
import { describeOpenError, PreviewShell, type PreviewWorkbook } from "./preview/PreviewShell";
import { workerAnalyser } from "./worker-analyser";

const SAMPLE_URL = "assets/sample.xlsx";
/** The local copy of office.js the preview server and the e2e server mount from node_modules. */
const LOCAL_OFFICE_JS = "office-js/office.js";

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} could not be loaded`));
    document.head.appendChild(script);
  });
}

async function loadSample(asOf: IsoDate): Promise<{ readonly workbook: PreviewWorkbook | null; readonly problem?: string }> {
  const response = await fetch(SAMPLE_URL);
  if (!response.ok) return { workbook: null, problem: `The sample workbook could not be loaded from ${SAMPLE_URL} (HTTP ${response.status}). Open a workbook with the folder button.` };
  const opened = await openWorkbookBuffer(new Uint8Array(await response.arrayBuffer()), "sample.xlsx");
  if (!opened.ok) return { workbook: null, problem: describeOpenError(opened.error) };
  return { workbook: { host: opened.value, fileName: "sample.xlsx", asOf } };
}

async function start(): Promise<void> {
  const container = document.getElementById("container");
  if (container === null) throw new Error("preview.html has no #container to render into");
  const params = new URLSearchParams(window.location.search);
  if (params.get("officejs") === "1") await loadScript(LOCAL_OFFICE_JS);
  // Outside Office, Office.onReady() resolves with host null; the pane then runs on the file host all the same.
  if (typeof Office !== "undefined") await Office.onReady();
  const asOfParam = toIsoDate(params.get("asOf") ?? "");
  // The sample is generated as of its own "today"; the preview opens it on that day so its worklist makes sense.
  const asOf = asOfParam.ok ? asOfParam.value : (DEFAULT_SAMPLE_AS_OF as IsoDate);
  const theme = params.get("theme");
  const prefersDark = theme === null ? window.matchMedia?.("(prefers-color-scheme: dark)").matches === true : theme === "dark";
  const sample = await loadSample(asOf).catch((error: unknown) => ({ workbook: null, problem: `The sample workbook could not be loaded (${error instanceof Error ? error.message : String(error)}).` }));
  createRoot(container).render(
    <PreviewShell analyse={workerAnalyser()} initial={sample.workbook} themeMode={pickThemeMode(undefined, { prefersDark })} downloadsBlocked={params.get("mac") === "1"} {...(sample.problem === undefined ? {} : { initialProblem: sample.problem })} />,
  );
}

void start();
