/** Task pane entry (webpack `taskpane` chunk): wires Excel into the runtime, then mounts the React app. */
import { startTaskpane } from "../taskpane/start-taskpane";
import type { PaneEnvironment } from "../taskpane/desk/pane-environment";
import { createExcelHost, excelPaneEnvironment, shareDateSystemWithFunctions } from "./excel-runtime";
import { workerAnalyser } from "./worker-analyser";

async function start(): Promise<void> {
  let runtimeProblem: string | null = null;
  let environment: PaneEnvironment | undefined;
  if (typeof Office !== "undefined") {
    const info = await Office.onReady();
    if (info.host === Office.HostType.Excel) {
      const host = createExcelHost();
      runtimeProblem = await shareDateSystemWithFunctions(host);
      environment = { ...excelPaneEnvironment(host, String(info.platform)), analyse: workerAnalyser() };
    }
  }
  await startTaskpane(document.getElementById("container"), { runtimeProblem, ...(environment === undefined ? {} : { environment }) });
}

void start();
