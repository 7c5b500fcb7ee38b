// ESLint flat config. The import direction of STYLE.md is enforced with no-restricted-imports:
// core imports nothing else in src/; workbook imports core; hosts import workbook and core;
// functions, export and cli never import hosts/excel; the task pane never touches hosts/excel.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const layer = (files, forbidden, why) => ({
  files,
  rules: {
    "no-restricted-imports": [
      "error",
      { patterns: forbidden.map((group) => ({ group: [group], message: why })) },
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
    ["**/workbook/**", "**/hosts/**", "**/functions/**", "**/taskpane/**", "**/export/**", "**/cli/**", "**/commands/**", "exceljs", "react", "react-dom", "@fluentui/*", "docx", "fs", "node:*", "path"],
    "src/core is pure: it may import nothing else in src/ and no I/O, DOM or Office library (STYLE.md).",
  ),
  layer(
    ["src/workbook/**/*.{ts,tsx}"],
    ["**/hosts/**", "**/functions/**", "**/taskpane/**", "**/export/**", "**/cli/**", "**/commands/**", "exceljs", "react", "fs", "node:*"],
    "src/workbook may import src/core only (STYLE.md).",
  ),
  layer(
    ["src/hosts/**/*.{ts,tsx}"],
    ["**/functions/**", "**/taskpane/**", "**/export/**", "**/cli/**", "**/commands/**"],
    "src/hosts may import src/workbook and src/core only (STYLE.md).",
  ),
  layer(
    ["src/functions/**/*.{ts,tsx}", "src/export/**/*.{ts,tsx}", "src/cli/**/*.{ts,tsx}"],
    ["**/hosts/excel/**", "**/hosts/excel", "**/taskpane/**"],
    "functions, export and cli may import core and workbook, never hosts/excel (STYLE.md).",
  ),
  layer(
    ["src/taskpane/**/*.{ts,tsx}"],
    ["**/hosts/excel/**", "**/hosts/excel", "**/hosts/file/**", "**/functions/**", "**/cli/**", "exceljs"],
    "the task pane may import core and the Host interface only; it gets a host through React context (STYLE.md).",
  ),
  {
    files: ["scripts/**/*.js"],
    languageOptions: { sourceType: "commonjs" },
  },
);
