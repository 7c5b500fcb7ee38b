/**
 * The bench counts the Office.js syncs of a full run with the Excel host and the recording fake. Both live in
 * src/hosts/excel, which the CLI build leaves out (no Office.js types there, and the CLI may not import it: STYLE.md).
 * So the bench transpiles those files into lib/ itself with TypeScript (a dev dependency) and loads them at run
 * time. Nothing here ships: it is the bench's own build step.
 */
import fs from "fs";
import path from "path";
import type { DateSystem } from "../../core/excel/serial";
import type { CellValue } from "../../workbook/grid";
import type { WorkbookHost } from "../../hosts/host";

/** The recording fake, as far as the bench uses it. */
export interface RecordingExcelLike {
  readonly syncCount: number;
  readonly run: unknown;
  addSheet(name: string, seed: { values?: readonly (readonly CellValue[])[]; numberFormats?: readonly (readonly string[])[]; top?: number; left?: number }): RecordingExcelLike;
  resetCounters(): void;
}

/** What the bench needs from src/hosts/excel. */
export interface ExcelModules {
  readonly createRecordingExcel: (options: { dateSystem?: DateSystem; payloadLimitBytes?: number | null }) => RecordingExcelLike;
  readonly createExcelHost: (run: unknown, payloadBudgetBytes: number | null | undefined) => WorkbookHost;
}

interface TypeScriptApi {
  transpileModule(input: string, options: { compilerOptions: Record<string, unknown>; fileName: string }): { outputText: string };
  ModuleKind: { CommonJS: unknown };
  ScriptTarget: { ES2020: unknown };
}

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

/**
 * Transpiles src/hosts/excel into lib/hosts/excel (types stripped, CommonJS) and loads the host and the fake.
 *
 * @param root - the repository root (the folder with src/ and lib/)
 */
export function loadExcelModules(root: string): ExcelModules {
  const ts = require("typescript") as TypeScriptApi;
  const sourceRoot = path.join(root, "src", "hosts", "excel");
  const outRoot = path.join(root, "lib", "hosts", "excel");
  for (const file of sourceFiles(sourceRoot)) {
    const output = ts.transpileModule(fs.readFileSync(file, "utf8"), {
      fileName: file,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
    }).outputText;
    const target = path.join(outRoot, path.relative(sourceRoot, file)).replace(/\.ts$/, ".js");
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, output);
  }
  const host = require(path.join(outRoot, "index.js")) as { ExcelHost: new (options: { run: unknown; payloadBudgetBytes?: number | null }) => WorkbookHost };
  const fake = require(path.join(outRoot, "_lib", "recording-context.js")) as { RecordingExcel: new (options: { dateSystem?: DateSystem; payloadLimitBytes?: number | null }) => RecordingExcelLike };
  return {
    createRecordingExcel: (options) => new fake.RecordingExcel(options),
    createExcelHost: (run, payloadBudgetBytes) => new host.ExcelHost(payloadBudgetBytes === undefined ? { run } : { run, payloadBudgetBytes }),
  };
}
