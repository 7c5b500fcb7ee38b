import { existsSync } from "node:fs";
import { resolve } from "node:path";

/** ../shared/data beside the repository: third-party files the tests read but never copy (shared/data/README.md). */
export const SHARED_DATA_DIR = resolve(__dirname, "..", "..", "..", "shared", "data");

/** True when ../shared/data is present (CI always has it; a bare clone may not). */
export const hasSharedData = existsSync(SHARED_DATA_DIR);

/** Path of a file in ../shared/data. */
export function sharedDataPath(fileName: string): string {
  return resolve(SHARED_DATA_DIR, fileName);
}

/** `describe`, or a skipped `describe` that says why, when ../shared/data is absent. */
export const describeWithSharedData: jest.Describe = hasSharedData
  ? describe
  : (describe.skip as jest.Describe);

/** Suffix for suite names that depend on ../shared/data, so a skip reads as its reason. */
export const SHARED_DATA_NOTE = hasSharedData ? "" : " (skipped: ../shared/data is not beside the repository)";
