import * as fs from "fs";
import * as path from "path";

// The tests of every layer find ../shared/data here: sharedDataPath, describeWithSharedData and SHARED_DATA_NOTE, with
// the aliases at the end that the workbook tests use.

/** Where the shared third-party AR files live: beside the repository, never inside it (shared/data/README.md). */
export const SHARED_DATA_DIR = path.resolve(__dirname, "../../../shared/data");

/** True when ../shared/data is present (CI always has it). */
export const HAVE_SHARED_DATA = fs.existsSync(SHARED_DATA_DIR);

/** Appended to a suite's title: empty when the data is present, else the reason the suite is skipped. */
export const SHARED_DATA_NOTE = HAVE_SHARED_DATA ? "" : ` (skipped: ${SHARED_DATA_DIR} is absent; the shared data lives beside the repository, never in it)`;

/** `describe` when ../shared/data is present, else `describe.skip` (and a console message saying why). */
export const describeWithSharedData: jest.Describe = HAVE_SHARED_DATA ? describe : describe.skip;
if (!HAVE_SHARED_DATA) console.warn(`Skipping the real-file tests${SHARED_DATA_NOTE}.`);

/** The path of one shared data file. */
export function sharedDataPath(name: string): string {
  return path.join(SHARED_DATA_DIR, name);
}

/** Alias of `describeWithSharedData`. */
export const describeIfShared: jest.Describe = describeWithSharedData;

/** Alias of `sharedDataPath`. */
export const sharedDataFile: (name: string) => string = sharedDataPath;
