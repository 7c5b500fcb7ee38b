import { useCallback, useEffect, useRef, useState } from "react";
import type { IsoDate } from "../../../core/dates/iso-date";
import type { PriorityWeights } from "../../../core/desk/priority-weights";
import type { CollectPolicy } from "../../../core/policy/collect-policy";
import type { ReplayProgress } from "../../../core/replay/replay-in-steps";
import type { PolicyReplayComparison } from "../../../core/replay/replay-policy";
import type { Issue } from "../../../core/types/issue";
import type { WorkbookHost } from "../../../hosts/host";
import type { CollectRun } from "../../../service/run-collect";
import { describeFailure, type PaneProblem } from "../../desk/describe-failure";
import { yieldToUi } from "../../desk/useDeskTask";

/**
 * Time the replay runs before it lets the pane paint and take clicks: short enough that typing and scrolling stay
 * smooth (a frame is 16 ms; a few dropped frames are not noticed), long enough that yielding costs little.
 */
const SLICE_MS = 40;

/**
 * What a year's replay of one customer through both policies takes, measured with the default policy (its scenarios
 * and risk-band rule) on the sample (40 customers, 510 invoices: about 1.0 s) and on a 400-customer copy of it
 * (5,100 invoices: 11–13 s), Node 20 on a laptop; Chromium took 2.3 s for the sample in the preview. For the estimate
 * shown before a large replay starts.
 */
export const MS_PER_CUSTOMER = 30;

/** From this many customers the pane says up front how long the replay may take. */
export const LARGE_BOOK_CUSTOMERS = 250;

/** A finished what-if: the comparison and the policy it was made for. */
export interface WhatIfResult {
  readonly comparison: PolicyReplayComparison;
  readonly draft: CollectPolicy;
  readonly draftWeights: PriorityWeights;
}

/** The Policy view's what-if: replaying the form's policy beside the saved one, and writing it to the workbook. */
export interface WhatIf {
  readonly progress: ReplayProgress | null;
  /** Seconds left, from the pace so far (null until there is a pace). */
  readonly secondsLeft: number | null;
  readonly result: WhatIfResult | null;
  readonly writing: boolean;
  /** The sheets written, after a write. */
  readonly written: readonly string[] | null;
  /** Issues that stopped the write (the draft would not read back as given). */
  readonly refused: readonly Issue[];
  readonly problem: PaneProblem | null;
  readonly start: (draft: CollectPolicy, weights: PriorityWeights) => void;
  readonly stop: () => void;
  /** Forgets the result (the form changed since). */
  readonly clear: () => void;
  readonly write: () => Promise<void>;
}

/**
 * The replay's code, loaded on the first click: the desk engine it runs stays out of the Policy view's chunk, as the
 * analysis stays out of the pane's bundle.
 */
async function loadReplay() {
  const [steps, policy, save] = await Promise.all([
    import("../../../core/replay/replay-in-steps"),
    import("../../../core/replay/replay-policy"),
    import("../../../service/save-draft-policy"),
  ]);
  return { replayPolicyInSteps: steps.replayPolicyInSteps, replayWindowEndingAt: policy.replayWindowEndingAt, saveDraftPolicy: save.saveDraftPolicy };
}

function now(): number {
  return typeof performance === "undefined" ? Date.now() : performance.now();
}

/**
 * Replays the policy in the form beside the saved one (`run.policy`) over the 12 months to the as-of date, one
 * customer at a time in slices of ~40 ms between paints, so the pane stays responsive and shows how far it is; `stop`
 * abandons it. `write` puts the draft in `Collect Policy Draft` and the comparison in `Collect What-if`.
 */
export function useWhatIf(run: CollectRun, asOf: IsoDate, host: WorkbookHost): WhatIf {
  const [progress, setProgress] = useState<ReplayProgress | null>(null);
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const [result, setResult] = useState<WhatIfResult | null>(null);
  const [writing, setWriting] = useState(false);
  const [written, setWritten] = useState<readonly string[] | null>(null);
  const [refused, setRefused] = useState<readonly Issue[]>([]);
  const [problem, setProblem] = useState<PaneProblem | null>(null);
  // Each replay has its own generation; a newer start, stop or unmount leaves the older one to end unseen.
  const generation = useRef(0);
  useEffect(() => () => {
    generation.current += 1;
  }, []);

  const clear = useCallback(() => {
    generation.current += 1;
    setProgress(null);
    setSecondsLeft(null);
    setResult(null);
    setWritten(null);
    setRefused([]);
    setProblem(null);
  }, []);

  const start = useCallback(
    (draft: CollectPolicy, draftWeights: PriorityWeights) => {
      clear();
      const mine = generation.current;
      setProgress({ customersDone: 0, customers: 0, measuring: false });
      const slice = async (): Promise<void> => {
        const { replayPolicyInSteps, replayWindowEndingAt } = await loadReplay();
        await yieldToUi();
        if (generation.current !== mine) return;
        // The scenario rules on the risk band see the ratings the run's desk used (rated once, by the run).
        const steps = replayPolicyInSteps(run.ledger, draft, run.policy, replayWindowEndingAt(asOf), { plans: run.plans, risks: run.risks });
        const began = now();
        await yieldToUi();
        for (;;) {
          if (generation.current !== mine) return;
          const until = now() + SLICE_MS;
          let step = steps.next();
          while (step.done !== true && now() < until) step = steps.next();
          if (step.done === true) {
            setProgress(null);
            setSecondsLeft(null);
            setResult({ comparison: step.value, draft, draftWeights });
            return;
          }
          const { customersDone, customers } = step.value;
          setProgress(step.value);
          setSecondsLeft(customersDone === 0 || step.value.measuring ? null : Math.ceil(((now() - began) / customersDone) * (customers - customersDone) / 1000));
          await yieldToUi();
        }
      };
      slice().catch((error: unknown) => {
        setProgress(null);
        setProblem(describeFailure(error, "The what-if"));
      });
    },
    [run, asOf, clear],
  );

  const write = useCallback(async () => {
    if (result === null) return;
    setWriting(true);
    setProblem(null);
    try {
      const { saveDraftPolicy } = await loadReplay();
      const saved = await saveDraftPolicy(host, { draft: result.draft, draftWeights: result.draftWeights, current: run.policy, currentWeights: run.weights, comparison: result.comparison, asOf, ledger: run.ledger });
      setRefused(saved.ok ? [] : saved.error);
      setWritten(saved.ok ? saved.value : null);
    } catch (error) {
      setProblem(describeFailure(error, "Writing the what-if"));
    } finally {
      setWriting(false);
    }
  }, [result, host, run, asOf]);

  return { progress, secondsLeft, result, writing, written, refused, problem, start, stop: clear, clear, write };
}
