/**
 * Ribbon commands (webpack `commands` chunk, loaded into taskpane.html: the manifest's FunctionFile
 * is the shared-runtime page). The only button today is ShowTaskpane, which Office handles without
 * code, so nothing is registered yet; ExecuteFunction handlers would go here.
 */

/** Resolves once Office.js is ready, or at once when office.js is absent (plain browser, tests). */
export async function whenOfficeReady(): Promise<void> {
  if (typeof Office === "undefined") return;
  await Office.onReady();
}

void whenOfficeReady();
