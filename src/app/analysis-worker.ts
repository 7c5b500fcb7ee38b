/*
 * Web worker (webpack chunk) that analyses a workbook snapshot off the pane's thread: the same `analyseSnapshot` as
 * everywhere else; the run goes back by structured clone. Errors go back as their message, never swallowed.
 */
import { analyseSnapshot } from "../service/analyse-snapshot";
import type { AnalysisReply, AnalysisRequest } from "./analysis-messages";

const scope = globalThis as unknown as {
  addEventListener(type: "message", listener: (event: MessageEvent<AnalysisRequest>) => void): void;
  postMessage(message: AnalysisReply): void;
};

scope.addEventListener("message", (event) => {
  const { id, snapshot, options } = event.data;
  analyseSnapshot(snapshot, options).then(
    (run) => scope.postMessage({ id, ok: true, run }),
    (error: unknown) => scope.postMessage({ id, ok: false, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }),
  );
});
