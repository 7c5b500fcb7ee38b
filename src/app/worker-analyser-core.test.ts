import { sampleHost, SAMPLE_AS_OF } from "../../test/helpers/sample-book";
import { analyseSnapshot } from "../service/analyse-snapshot";
import { readWorkbook } from "../service/workbook-snapshot";
import type { AnalysisReply, AnalysisRequest } from "./analysis-messages";
import { AnalysisFailedError, createAnalyser, type WorkerLike } from "./worker-analyser-core";

/** A worker in the same thread: replies as analysis-worker.ts does, through structured clone, or fails to load. */
function fakeWorker(behaviour: "works" | "fails" | "cannot-load"): WorkerLike & { readonly posted: AnalysisRequest[] } {
  const listeners: { message: ((event: MessageEvent<AnalysisReply>) => void)[]; error: ((event: ErrorEvent) => void)[] } = { message: [], error: [] };
  const posted: AnalysisRequest[] = [];
  return {
    posted,
    addEventListener: (type: "message" | "error", listener: never) => listeners[type].push(listener),
    postMessage: (request: AnalysisRequest) => {
      posted.push(request);
      if (behaviour === "cannot-load") {
        setTimeout(() => listeners.error.forEach((l) => l({} as ErrorEvent)), 0);
        return;
      }
      const reply: Promise<AnalysisReply> =
        behaviour === "works"
          ? analyseSnapshot(structuredClone(request.snapshot), request.options).then((run) => ({ id: request.id, ok: true, run: structuredClone(run) }))
          : Promise.resolve({ id: request.id, ok: false, message: "RangeError: out of memory" });
      void reply.then((data) => listeners.message.forEach((l) => l({ data } as MessageEvent<AnalysisReply>)));
    },
  } as WorkerLike & { readonly posted: AnalysisRequest[] };
}

describe("createAnalyser", () => {
  it("runs the analysis in the worker and gives the same run as in the pane's thread", async () => {
    const snapshot = await readWorkbook(await sampleHost());
    const worker = fakeWorker("works");
    const run = await createAnalyser(() => worker, analyseSnapshot)(snapshot, { asOf: SAMPLE_AS_OF });
    expect(worker.posted).toHaveLength(1);
    expect(run).toEqual(await analyseSnapshot(snapshot, { asOf: SAMPLE_AS_OF }));
  });

  it("rejects with the worker's message when the analysis fails there", async () => {
    const snapshot = await readWorkbook(await sampleHost());
    await expect(createAnalyser(() => fakeWorker("fails"), analyseSnapshot)(snapshot, { asOf: SAMPLE_AS_OF })).rejects.toThrow(new AnalysisFailedError("RangeError: out of memory"));
  });

  it("analyses in the pane's thread when no worker can start, or its script cannot load", async () => {
    const snapshot = await readWorkbook(await sampleHost());
    const fallback = jest.fn(analyseSnapshot);
    await createAnalyser(() => null, fallback)(snapshot, { asOf: SAMPLE_AS_OF });
    const broken = createAnalyser(() => fakeWorker("cannot-load"), fallback);
    await broken(snapshot, { asOf: SAMPLE_AS_OF });
    await broken(snapshot, { asOf: SAMPLE_AS_OF });
    expect(fallback).toHaveBeenCalledTimes(3);
  });
});
