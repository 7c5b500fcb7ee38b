import type { CollectRun, CollectRunOptions } from "../service/run-collect";
import type { WorkbookSnapshot } from "../service/workbook-snapshot";

/** What the pane posts to the analysis worker. */
export interface AnalysisRequest {
  readonly id: number;
  readonly snapshot: WorkbookSnapshot;
  readonly options: CollectRunOptions;
}

/** What the worker posts back. */
export type AnalysisReply = { readonly id: number; readonly ok: true; readonly run: CollectRun } | { readonly id: number; readonly ok: false; readonly message: string };
