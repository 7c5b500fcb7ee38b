// ESLint flat config. The import direction of STYLE.md is enforced with no-restricted-imports:
// core imports nothing else in src/; workbook imports core; hosts import workbook and core;
// functions, export and cli never import hosts/excel; the task pane never touches hosts/excel.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

// Each forbidden entry is a folder of src/ ("hosts/excel") or a package name ("exceljs", "node:*").
// Folders match any relative path that passes through them ("../workbook", "../../hosts/excel/x").
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const toRegex = (entry) => {
  if (entry.endsWith(":*")) return `^${escape(entry.slice(0, -1))}`;
  if (entry.includes("/") && !entry.startsWith("@")) return `(^|/)${escape(entry)}(/|$)`;
  if (entry.endsWith("/*")) return `^${escape(entry.slice(0, -2))}/`;
  return `^${escape(entry)}$`;
};
const SRC_FOLDERS = new Set(["workbook", "hosts", "functions", "taskpane", "export", "cli", "commands", "app", "service"]);
const layer = (files, forbidden, why) => ({
  files,
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: forbidden.map((entry) => ({
          regex: SRC_FOLDERS.has(entry) || SRC_FOLDERS.has(entry.split("/")[0]) ? `(^|/)${escape(entry)}(/|$)` : toRegex(entry),
          caseSensitive: true,
          message: why,
        })),
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "lib/", "out/", "coverage/", "docs/", "**/*.js", "!scripts/**/*.js"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: "readonly", process: "readonly", require: "readonly", module: "writable", __dirname: "readonly", Buffer: "readonly" } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-empty": ["error", { allowEmptyCatch: false }],
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  layer(
    ["src/core/**/*.{ts,tsx}"],
    ["workbook", "hosts", "functions", "taskpane", "export", "cli", "commands", "app", "service", "exceljs", "react", "react-dom", "@fluentui/*", "docx", "fs", "node:*", "path"],
    "src/core is pure: it may import nothing else in src/ and no I/O, DOM or Office library (STYLE.md).",
  ),
  layer(
    ["src/workbook/**/*.{ts,tsx}"],
    ["hosts", "functions", "taskpane", "export", "cli", "commands", "app", "service", "exceljs", "react", "fs", "node:*"],
    "src/workbook may import src/core only (STYLE.md).",
  ),
  layer(
    ["src/hosts/**/*.{ts,tsx}"],
    ["functions", "taskpane", "export", "cli", "commands", "app", "service"],
    "src/hosts may import src/workbook and src/core only (STYLE.md).",
  ),
  layer(
    ["src/functions/**/*.{ts,tsx}", "src/export/**/*.{ts,tsx}", "src/cli/**/*.{ts,tsx}"],
    ["hosts/excel", "taskpane", "app"],
    "functions, export and cli may import core and workbook, never hosts/excel (STYLE.md).",
  ),
  layer(
    ["src/service/**/*.{ts,tsx}"],
    ["hosts/excel", "hosts/file", "taskpane", "cli", "app", "functions", "exceljs", "react"],
    "src/service runs Collect on any host: it may import core, workbook, export and the Host interface (STYLE.md).",
  ),
  layer(
    ["src/taskpane/**/*.{ts,tsx}"],
    ["hosts/excel", "hosts/file", "functions", "cli", "app", "exceljs"],
    "the task pane may import core and the Host interface only; it gets a host through React context (STYLE.md).",
  ),
  {
    files: ["scripts/**/*.js"],
    languageOptions: { sourceType: "commonjs" },
  },
);
