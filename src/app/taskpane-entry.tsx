/** Task pane entry (webpack `taskpane` chunk): wires Excel into the runtime, then mounts the React app. */
import { startTaskpane } from "../taskpane/start-taskpane";
import { createExcelHost, shareDateSystemWithFunctions } from "./excel-runtime";

async function start(): Promise<void> {
  let runtimeProblem: string | null = null;
  if (typeof Office !== "undefined") {
    const info = await Office.onReady();
    if (info.host === Office.HostType.Excel) runtimeProblem = await shareDateSystemWithFunctions(createExcelHost());
  }
  await startTaskpane(document.getElementById("container"), { runtimeProblem });
}

void start();
