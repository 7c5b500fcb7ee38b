/*
 * The pane's analyser in Excel and the preview: a web worker runs `analyseSnapshot`, so reading a 100k-row workbook
 * (about 5 s of work) never freezes the pane. Where a worker cannot start, the analysis runs in the pane's thread.
 * Kept out of the files jest imports: `import.meta.url` is for webpack, which bundles the worker as its own chunk.
 */
import { analyseSnapshot, type SnapshotAnalyser } from "../service/analyse-snapshot";
import { createAnalyser, type WorkerLike } from "./worker-analyser-core";

function startWorker(): WorkerLike | null {
  if (typeof Worker === "undefined") return null;
  return new Worker(new URL("./analysis-worker.ts", import.meta.url), { name: "collect-analysis" });
}

/** A snapshot analyser backed by one web worker, started on first use. */
export function workerAnalyser(): SnapshotAnalyser {
  return createAnalyser(startWorker, analyseSnapshot);
}
