import { sampleHost, SAMPLE_AS_OF } from "../../test/helpers/sample-book";
import { defaultLogSheet } from "../workbook/owned";
import { analyseSnapshot, readOnlySnapshotHost, SnapshotIsReadOnlyError } from "./analyse-snapshot";
import { analyseWorkbook } from "./run-collect";
import { readWorkbook } from "./workbook-snapshot";

describe("analyseSnapshot", () => {
  it("gives the same run as analysing the workbook itself", async () => {
    const host = await sampleHost();
    const fromSnapshot = await analyseSnapshot(await readWorkbook(host), { asOf: SAMPLE_AS_OF });
    const direct = await analyseWorkbook(host, { asOf: SAMPLE_AS_OF });
    expect(fromSnapshot).toEqual(direct);
  });

  it("gives a run that survives structured cloning (what a web worker posts back)", async () => {
    const run = await analyseSnapshot(await readWorkbook(await sampleHost()), { asOf: SAMPLE_AS_OF });
    expect(structuredClone(run)).toEqual(run);
  });

  it("refuses writes to the snapshot", async () => {
    const host = readOnlySnapshotHost(await readWorkbook(await sampleHost()));
    await expect(host.ensureOwnedSheet(defaultLogSheet())).rejects.toThrow(SnapshotIsReadOnlyError);
    await expect(host.writeOwnedSheets([])).rejects.toThrow(SnapshotIsReadOnlyError);
    await expect(host.appendRows("Collect Log", [])).rejects.toThrow(SnapshotIsReadOnlyError);
  });
});
