/**
 * Golden files for exports (STYLE.md): `expectGolden(name, actual)` compares text with `test/golden/<name>`;
 * `UPDATE_GOLDEN=1 npx jest …` rewrites the files instead, and a reviewer reads the diff. Callers normalise volatile
 * parts (dates, MIME boundaries, zip timestamps) before comparing.
 */
import * as fs from "fs";
import * as path from "path";

const GOLDEN_DIR = __dirname;

/** True when the run should rewrite golden files rather than compare with them. */
export function isUpdatingGolden(): boolean {
  return process.env.UPDATE_GOLDEN === "1";
}

/** The path of a golden file. */
export function goldenPath(name: string): string {
  return path.join(GOLDEN_DIR, name);
}

/**
 * Compares `actual` with the golden file (byte for byte, line ends included), or writes it under UPDATE_GOLDEN=1.
 * A missing golden file fails with the command that creates it.
 */
export function expectGolden(name: string, actual: string): void {
  const file = goldenPath(name);
  if (isUpdatingGolden()) {
    fs.writeFileSync(file, actual, "utf8");
    return;
  }
  if (!fs.existsSync(file)) throw new Error(`Golden file ${file} is missing: run UPDATE_GOLDEN=1 npx jest to create it, then review it.`);
  expect(actual).toBe(fs.readFileSync(file, "utf8"));
}
