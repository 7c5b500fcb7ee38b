// The import direction of STYLE.md is enforced by ESLint (eslint.config.mjs). These tests lint small
// snippets as if they lived in each layer, so a loosened rule fails here and not only in review.
import { spawnSync } from "child_process";
import path from "path";

const root = path.join(__dirname, "..");

/**
 * Lints snippets with the project's ESLint config in a child Node process (ESLint loads its flat config
 * with a dynamic import, which jest's VM does not allow) and returns the import-rule messages per snippet.
 */
function lintImports(snippets: readonly { file: string; source: string }[]): string[][] {
  const script = `
    const { ESLint } = require("eslint");
    const path = require("path");
    const snippets = JSON.parse(process.argv[1]);
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const out = [];
      for (const s of snippets) {
        const [result] = await eslint.lintText(s.source, { filePath: path.join(process.cwd(), s.file) });
        out.push(result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message));
      }
      process.stdout.write(JSON.stringify(out));
    })().catch((error) => { process.stderr.write(String(error && error.stack)); process.exit(1); });`;
  const run = spawnSync(process.execPath, ["-e", script, JSON.stringify(snippets)], { cwd: root, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`eslint failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as string[][];
}

describe("import direction", () => {
  const refused = [
    { name: "core importing workbook", file: "src/core/x.ts", source: 'import { readLedger } from "../workbook";\nexport const x = readLedger;\n' },
    { name: "core importing a host", file: "src/core/aging/x.ts", source: 'import { FileHost } from "../../hosts/file";\nexport const x = FileHost;\n' },
    { name: "core importing ExcelJS", file: "src/core/x.ts", source: 'import ExcelJS from "exceljs";\nexport const x = ExcelJS;\n' },
    { name: "workbook importing a host", file: "src/workbook/x.ts", source: 'import { ExcelHost } from "../hosts/excel";\nexport const x = ExcelHost;\n' },
    { name: "functions importing the Excel host", file: "src/functions/x.ts", source: 'import { ExcelHost } from "../hosts/excel";\nexport const x = ExcelHost;\n' },
    { name: "cli importing the Excel host", file: "src/cli/x.ts", source: 'import { ExcelHost } from "../hosts/excel/excel-host";\nexport const x = ExcelHost;\n' },
    { name: "the task pane importing the Excel host", file: "src/taskpane/x.ts", source: 'import { ExcelHost } from "../hosts/excel";\nexport const x = ExcelHost;\n' },
  ];
  const allowed = [
    { name: "workbook importing core", file: "src/workbook/x.ts", source: 'import { toCents } from "../core/money/cents";\nexport const x = toCents;\n' },
    { name: "hosts importing workbook", file: "src/hosts/file/x.ts", source: 'import type { Grid } from "../../workbook/grid";\nexport type X = Grid;\n' },
    { name: "cli importing the file host", file: "src/cli/x.ts", source: 'import { FileHost } from "../hosts/file";\nexport const x = FileHost;\n' },
    { name: "the task pane importing the Host interface", file: "src/taskpane/x.ts", source: 'import type { WorkbookHost } from "../hosts/host";\nexport type X = WorkbookHost;\n' },
    { name: "the composition root importing the Excel host", file: "src/app/x.ts", source: 'import { ExcelHost } from "../hosts/excel";\nexport const x = ExcelHost;\n' },
  ];
  const results = lintImports([...refused, ...allowed]);

  it.each(refused.map((snippet, i) => ({ ...snippet, messages: results[i] })))("refuses $name", ({ messages }) => {
    expect(messages).toHaveLength(1);
    expect(messages?.[0]).toMatch(/STYLE\.md/);
  });

  it.each(allowed.map((snippet, i) => ({ ...snippet, messages: results[refused.length + i] })))("allows $name", ({ messages }) => {
    expect(messages).toEqual([]);
  });
});
