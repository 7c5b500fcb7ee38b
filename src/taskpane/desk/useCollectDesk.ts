import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { IsoDate } from "../../core/dates/iso-date";
import type { PriorityWeights } from "../../core/desk/priority-weights";
import type { WorklistRow } from "../../core/desk/worklist";
import type { ContactLogEntry } from "../../core/ledger/ledger";
import type { CollectPolicy } from "../../core/policy/collect-policy";
import type { Issue } from "../../core/types/issue";
import { customerRowAddresses } from "../../service/customer-rows";
import type { DownloadFile } from "../../service/letter-files";
import { logContact, markDoneEntry } from "../../service/log-contact";
import type { SnapshotAnalyser } from "../../service/analyse-snapshot";
import type { CollectRun } from "../../service/run-collect";
import { saveMappingChange, type MappingChange } from "../../service/save-mapping";
import { savePolicy } from "../../service/save-policy";
import { readWorkbook, type WorkbookSnapshot } from "../../service/workbook-snapshot";
import { count } from "../format/format";
import type { PaneEnvironment } from "./pane-environment";
import { useDeskTask, yieldToUi, type DeskTask, type ReportProgress } from "./useDeskTask";

/** The pane's views, in tab order. */
export const PANE_TABS = ["setup", "worklist", "customer", "letters", "policy", "metrics"] as const;
export type PaneTab = (typeof PANE_TABS)[number];

/** The desk as the views see it: the latest analysis, what is going on, and what can be done. */
export interface CollectDesk extends Omit<DeskTask, "run" | "showProblem"> {
  readonly env: PaneEnvironment;
  readonly asOf: IsoDate;
  readonly run: CollectRun | null;
  readonly snapshot: WorkbookSnapshot | null;
  readonly tab: PaneTab;
  readonly selectedCustomer: string | null;
  readonly setTab: (tab: PaneTab) => void;
  readonly setAsOf: (asOf: IsoDate) => void;
  readonly refresh: () => void;
  /** Selects a customer, shows it in `tab`, and selects its rows in Excel where the host can. */
  readonly openCustomer: (customerKey: string, tab?: PaneTab) => void;
  readonly logContact: (entry: ContactLogEntry) => Promise<boolean>;
  readonly markDone: (row: WorklistRow) => Promise<boolean>;
  readonly saveMapping: (change: MappingChange) => Promise<boolean>;
  /** Saves the policy; resolves to the issues that stopped it ([] when saved). */
  readonly savePolicy: (policy: CollectPolicy, weights: PriorityWeights) => Promise<readonly Issue[]>;
  readonly writeSheets: () => Promise<boolean>;
  readonly saveFiles: (doing: string, files: () => Promise<readonly DownloadFile[]>) => Promise<boolean>;
  readonly dismissProblem: () => void;
}

/**
 * The analysis in the pane's own thread, for hosts without a worker (tests). Loaded on first use: in Excel the
 * engine runs in the worker's chunk and stays out of the pane's bundle.
 */
const analyseInThread: SnapshotAnalyser = async (snapshot, options) => (await import("../../service/analyse-snapshot")).analyseSnapshot(snapshot, options);

/** Steps of an analysis: list sheets, read them, analyse. */
const ANALYSE_STEPS = 3;

/**
 * The collections desk behind the pane: reads and analyses the workbook through the host (the same
 * `analyseWorkbook` as the CLI), re-analyses after every change it writes, and keeps the view state.
 */
export function useCollectDesk(env: PaneEnvironment): CollectDesk {
  const { host } = env;
  const analyser = env.analyse ?? analyseInThread;
  const task = useDeskTask({ label: "Reading the workbook…", step: 0, steps: ANALYSE_STEPS });
  const [asOf, setAsOfState] = useState<IsoDate>(env.initialAsOf ?? env.today());
  const [run, setRun] = useState<CollectRun | null>(null);
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | null>(null);
  const [tab, setTabState] = useState<PaneTab>("worklist");
  const [selectedCustomer, setSelectedCustomer] = useState<string | null>(null);
  const asOfRef = useRef(asOf);
  const { dismissNotice, showProblem } = task;
  // A success message belongs to the view it was shown in: moving on clears it.
  const setTab = useCallback(
    (next: PaneTab) => {
      dismissNotice();
      setTabState(next);
    },
    [dismissNotice],
  );
  const runRef = useRef<CollectRun | null>(null);

  const analyse = useCallback(
    async (date: IsoDate, report: ReportProgress, offset: number): Promise<CollectRun> => {
      const read = await readWorkbook(host, (progress) => {
        if (progress.step === "reading") report(`Reading ${count(progress.sheetCount, "sheet")}…`, offset + 1);
      });
      report(`Analysing ${count(read.rowCount, "row")} from ${count(read.names.length, "sheet")}…`, offset + 2);
      await yieldToUi();
      const result = await analyser(read, { asOf: date });
      runRef.current = result;
      setSnapshot(read);
      setRun(result);
      return result;
    },
    [host, analyser],
  );

  const reanalyse = useCallback(
    (doing: string, write: (report: ReportProgress) => Promise<string>, writeSteps = 1) =>
      task.run(doing, writeSteps + ANALYSE_STEPS, async (report) => {
        const done = await write(report);
        await analyse(asOfRef.current, report, writeSteps);
        return done;
      }),
    [analyse, task.run],
  );

  // A plain (re)read needs no success message: the worklist itself is the result.
  const refresh = useCallback(() => {
    void task.run("Reading the workbook", ANALYSE_STEPS, async (report) => {
      await analyse(asOfRef.current, report, 0);
      return null;
    });
  }, [analyse, task.run]);

  useEffect(() => {
    refresh();
  }, [refresh]);

  const setAsOf = useCallback(
    (date: IsoDate) => {
      asOfRef.current = date;
      setAsOfState(date);
      refresh();
    },
    [refresh],
  );

  const openCustomer = useCallback(
    (customerKey: string, target: PaneTab = "customer") => {
      setSelectedCustomer(customerKey);
      setTab(target);
      const current = runRef.current;
      if (host.selectCells === undefined || current === null) return;
      const addresses = customerRowAddresses(current.ledger, customerKey);
      if (addresses.length > 0) host.selectCells(addresses).catch((error: unknown) => showProblem({ title: "Selecting the customer's rows in Excel failed", message: `${error instanceof Error ? error.message : String(error)}. The pane still shows the customer.` }));
    },
    [host, setTab, showProblem],
  );

  const actions = useMemo(
    () => ({
      logContact: (entry: ContactLogEntry) =>
        reanalyse("Saving the contact", async () => {
          const current = runRef.current;
          if (current === null) throw new Error("The workbook has not been read yet");
          await logContact(host, current.ledger, entry);
          return "Contact saved in Collect Log; the worklist is up to date.";
        }),
      markDone: (row: WorklistRow) =>
        reanalyse("Marking done", async () => {
          const current = runRef.current;
          if (current === null) throw new Error("The workbook has not been read yet");
          await logContact(host, current.ledger, markDoneEntry(row, asOfRef.current, env.timeOfDay()));
          return `${row.customerName}: done, logged in Collect Log.`;
        }),
      saveMapping: (change: MappingChange) =>
        reanalyse("Saving the column choice", async () => {
          await saveMappingChange(host, change);
          return `Saved in the "Collect Settings" sheet; ${change.sheet} was read again.`;
        }),
      savePolicy: async (policy: CollectPolicy, weights: PriorityWeights): Promise<readonly Issue[]> => {
        let refused: readonly Issue[] = [];
        await reanalyse("Saving the policy", async () => {
          const saved = await savePolicy(host, policy, weights);
          if (!saved.ok) refused = saved.error;
          return saved.ok ? "Policy saved in the \"Collect Policy\" sheet; the worklist is up to date." : "The policy was not saved.";
        });
        return refused;
      },
      writeSheets: () =>
        reanalyse("Writing the Collect sheets", async () => {
          const current = runRef.current;
          if (current === null) throw new Error("The workbook has not been read yet");
          const { writeCollectSheets } = await import("../../service/run-collect");
          const names = await writeCollectSheets(host, current);
          return `Wrote ${count(names.length, "sheet")}: ${names.join(", ")}.`;
        }),
      saveFiles: (doing: string, files: () => Promise<readonly DownloadFile[]>) =>
        task.run(doing, 1, async () => {
          const made = await files();
          for (const file of made) env.saveFile(file);
          return made.length === 1 ? `Downloaded ${made[0]?.fileName ?? "the file"}.` : `Downloaded ${count(made.length, "file")}.`;
        }),
    }),
    [env, host, reanalyse, task],
  );

  const dismissProblem = useCallback(() => showProblem(null), [showProblem]);
  return { ...task, dismissProblem, env, asOf, run, snapshot, tab, selectedCustomer, setTab, setAsOf, refresh, openCustomer, ...actions };
}
