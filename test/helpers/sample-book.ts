import path from "path";
import type { IsoDate } from "../../src/core/dates/iso-date";
import type { WorkbookGrids } from "../../src/workbook/grid";
import { MemoryHost, type MemoryHostOptions } from "./memory-host";
import { xlsxToGrids } from "./xlsx-to-grids";

/** The sample workbook in assets/ (see `npm run sample`). */
export const SAMPLE_PATH = path.join(__dirname, "..", "..", "assets", "sample.xlsx");

/** The day the sample is "today" for (DEFAULT_SAMPLE_AS_OF of the generator). */
export const SAMPLE_AS_OF = "2026-11-30" as IsoDate;

let cached: Promise<WorkbookGrids> | undefined;

/** The sample's grids, read once per test file. */
export function sampleGrids(): Promise<WorkbookGrids> {
  cached ??= xlsxToGrids(SAMPLE_PATH);
  return cached;
}

/** A fresh in-memory host over the sample workbook (writes do not leak between tests). */
export async function sampleHost(options?: MemoryHostOptions): Promise<MemoryHost> {
  return new MemoryHost(await sampleGrids(), options);
}
