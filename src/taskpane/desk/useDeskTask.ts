import { useCallback, useRef, useState } from "react";
import { describeFailure, type PaneProblem } from "./describe-failure";

/** What the pane is doing now, for the progress bar: a label with counts, and how far along (step of steps). */
export interface BusyState {
  readonly label: string;
  readonly step: number;
  readonly steps: number;
}

/** Reports progress from inside a task. */
export type ReportProgress = (label: string, step: number) => void;

/** Runs one piece of work at a time, with progress, a message bar for failures and a notice for success. */
export interface DeskTask {
  readonly busy: BusyState | null;
  readonly problem: PaneProblem | null;
  readonly notice: string | null;
  /**
   * Runs `work` unless another task is running (then resolves to false at once). `work` resolves to the notice to
   * show, or null. Failures become a message bar titled "<doing> failed".
   */
  readonly run: (doing: string, steps: number, work: (report: ReportProgress) => Promise<string | null>) => Promise<boolean>;
  readonly showProblem: (problem: PaneProblem | null) => void;
  readonly dismissNotice: () => void;
}

/**
 * Lets the browser paint (the progress bar) before heavy work continues: after the next frame where there is
 * one, and after 50 ms at most (a hidden pane gets no frames).
 */
export function yieldToUi(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      resolve();
    };
    if (typeof requestAnimationFrame === "function") requestAnimationFrame(() => setTimeout(finish, 0));
    setTimeout(finish, 50);
  });
}

/**
 * The pane's task runner: one operation at a time, never swallowing a failure. `initial` is the progress shown
 * before the first task starts (the pane reads the workbook as soon as it opens).
 */
export function useDeskTask(initial: BusyState | null = null): DeskTask {
  const [busy, setBusy] = useState<BusyState | null>(initial);
  const [problem, setProblem] = useState<PaneProblem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const running = useRef(false);

  const run = useCallback<DeskTask["run"]>(async (doing, steps, work) => {
    if (running.current) return false;
    running.current = true;
    setProblem(null);
    setNotice(null);
    setBusy({ label: `${doing}…`, step: 0, steps });
    try {
      await yieldToUi();
      const done = await work((label, step) => setBusy({ label, step, steps }));
      setNotice(done);
      return true;
    } catch (error) {
      setProblem(describeFailure(error, doing));
      return false;
    } finally {
      running.current = false;
      setBusy(null);
    }
  }, []);

  return { busy, problem, notice, run, showProblem: setProblem, dismissNotice: useCallback(() => setNotice(null), []) };
}
