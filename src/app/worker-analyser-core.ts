import type { SnapshotAnalyser } from "../service/analyse-snapshot";
import type { CollectRun } from "../service/run-collect";
import type { AnalysisReply, AnalysisRequest } from "./analysis-messages";

/** The part of `Worker` the analyser uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: AnalysisRequest): void;
  addEventListener(type: "message", listener: (event: MessageEvent<AnalysisReply>) => void): void;
  addEventListener(type: "error", listener: (event: ErrorEvent) => void): void;
}

/** The worker reported a failure of the analysis; its message says what. */
export class AnalysisFailedError extends Error {
  override readonly name = "AnalysisFailedError";
}

/**
 * An analyser that sends each snapshot to the worker `start` makes (once, on first use) and resolves with its reply;
 * when `start` gives no worker, or the worker cannot load its script, it analyses with `fallback` instead.
 */
export function createAnalyser(start: () => WorkerLike | null, fallback: SnapshotAnalyser): SnapshotAnalyser {
  let worker: WorkerLike | null | undefined;
  let broken = false;
  let nextId = 1;
  const pending = new Map<number, { readonly resolve: (run: CollectRun) => void; readonly reject: (error: Error) => void; readonly retry: () => void }>();
  const connect = (): WorkerLike | null => {
    if (worker !== undefined) return worker;
    worker = start();
    worker?.addEventListener("message", (event: MessageEvent<AnalysisReply>) => {
      const reply = event.data;
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if (reply.ok) waiting?.resolve(reply.run);
      else waiting?.reject(new AnalysisFailedError(reply.message));
    });
    worker?.addEventListener("error", () => {
      // The worker script could not load or crashed: finish what was asked in this thread, and from now on too.
      broken = true;
      for (const waiting of pending.values()) waiting.retry();
      pending.clear();
    });
    return worker;
  };
  return (snapshot, options) => {
    const target = broken ? null : connect();
    if (target === null) return fallback(snapshot, options);
    return new Promise<CollectRun>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject, retry: () => fallback(snapshot, options).then(resolve, reject) });
      target.postMessage({ id, snapshot, options });
    });
  };
}
