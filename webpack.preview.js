/**
 * Webpack for the browser preview: the task pane outside Office, on the file host (ExcelJS) with the sample
 * workbook, for people without Excel and for the end-to-end tests (test/e2e).
 *
 *   npm run preview          dev server on http://localhost:3001 (rebuilds on change)
 *   npm run build:preview    dist-preview/ for the e2e tests (test/e2e serves it on 127.0.0.1 itself)
 *
 * office.js is served from node_modules/@microsoft/office-js/dist at /office-js/, never from the Office CDN;
 * the sample is copied from assets/ and fetched from the same server. Development mode on purpose: React's
 * warnings reach the console, and the e2e suite fails on any console error.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const webpack = require("webpack");

const PORT = 3001;
const OUT = path.resolve(__dirname, "dist-preview");
const OFFICE_JS = path.resolve(__dirname, "node_modules/@microsoft/office-js/dist");

module.exports = (env, argv) => {
  const mode = argv.mode === "production" ? "production" : "development";
  const isServe = Boolean(env && env.WEBPACK_SERVE);
  return {
    mode,
    // Source maps only while serving; the e2e build stays small and quick.
    devtool: isServe ? "eval-cheap-module-source-map" : false,
    entry: { preview: "./src/app/preview-entry.tsx" },
    output: { path: OUT, filename: "[name].js", clean: true },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // The file host reads and writes files on disk with Node's fs/path only in openWorkbookFile/saveAs, which the
      // preview never calls (it opens bytes with openWorkbookBuffer); the browser gets empty modules for them.
      fallback: { "fs/promises": false, path: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: path.resolve(__dirname, "tsconfig.json"), transpileOnly: true } },
        },
      ],
      // ExcelJS's browser build is one pre-bundled file: nothing in it for webpack to resolve.
      noParse: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
    },
    plugins: [
      // "node:fs/promises" → "fs/promises", so resolve.fallback applies (webpack does not resolve the node: scheme for the web).
      new webpack.NormalModuleReplacementPlugin(/^node:/, (resource) => {
        resource.request = resource.request.replace(/^node:/, "");
      }),
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/app/preview/preview.html", chunks: ["preview"] }),
      new CopyWebpackPlugin({ patterns: [{ from: "assets", to: "assets", globOptions: { ignore: ["**/help.html"] } }] }),
    ],
    // Skip the modules of side-effect-free packages that nothing uses (most of @fluentui/react-icons) even in
    // development, so the e2e bundle stays a few MiB.
    optimization: { sideEffects: true },
    performance: { hints: false },
    devServer: isServe
      ? {
          host: "localhost",
          port: PORT,
          server: { type: "http" },
          static: [{ directory: OFFICE_JS, publicPath: "/office-js", watch: false }],
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};
