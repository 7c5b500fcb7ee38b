/**
 * Webpack: builds the add-in into dist/ (see /work/shared/TOOLCHAIN.md, "Custom functions + webpack").
 *
 *   npm run build      production bundle
 *   npm start          webpack-dev-server on https://localhost:3000 (COLLECT_HTTP=1 for plain http)
 *
 * Shared runtime: taskpane.html loads the taskpane, functions and commands bundles into one page,
 * which the manifest names as the Runtime, the CustomFunctions Page and the FunctionFile.
 * custom-functions-metadata-plugin writes functions.json from the JSDoc in functions.ts and appends
 * the CustomFunctions.associate calls itself, so functions.ts must not write them.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const PORT = 3000;
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
const CERT_HELP =
  "Create them with:  npx office-addin-dev-certs install\n" +
  `(it writes ca.crt, localhost.crt and localhost.key to ${CERT_DIR}; where it cannot trust the CA, ` +
  "pass --cacert to curl or trust ca.crt yourself). Or serve plain http for headless tests: COLLECT_HTTP=1 npm start";

/**
 * Certificate options for https on localhost. office-addin-dev-certs' getHttpsServerOptions() also
 * installs its CA, which throws where there is no sudo (TOOLCHAIN.md); the generated files are still
 * usable, so fall back to reading them.
 */
async function httpsOptions() {
  let devCertsError;
  try {
    const devCerts = require("office-addin-dev-certs");
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    devCertsError = error;
  }
  const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
  const missing = Object.values(files).filter((name) => !fs.existsSync(path.join(CERT_DIR, name)));
  if (missing.length > 0) {
    throw new Error(
      `No https certificate for localhost: office-addin-dev-certs failed (${devCertsError.message.split("\n")[0]}) ` +
        `and ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} missing from ${CERT_DIR}.\n${CERT_HELP}`,
    );
  }
  console.warn(
    `office-addin-dev-certs could not confirm the certificates (${devCertsError.message.split("\n")[0]}); ` +
      `using the files in ${CERT_DIR}.`,
  );
  return Object.fromEntries(Object.entries(files).map(([option, name]) => [option, fs.readFileSync(path.join(CERT_DIR, name))]));
}

module.exports = async (env, argv) => {
  const mode = argv.mode === "production" ? "production" : "development";
  const isServe = Boolean(env && env.WEBPACK_SERVE);
  const plainHttp = process.env.COLLECT_HTTP === "1";

  return {
    mode,
    devtool: mode === "production" ? false : "source-map",
    entry: {
      taskpane: "./src/app/taskpane-entry.tsx",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is `npm run typecheck`; the bundle only needs transpiling.
            options: { configFile: path.resolve(__dirname, "tsconfig.json"), transpileOnly: true },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions", "commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "manifest*.xml", to: "[name][ext]" },
          { from: "assets/help.html", to: "help.html" },
          { from: "assets", to: "assets", noErrorOnMissing: true, globOptions: { ignore: ["**/help.html"] } },
        ],
      }),
    ],
    // Fluent UI makes the minified task pane a few hundred KiB; warn only past 1 MiB. Development
    // bundles are unminified with source maps, so size hints there would only be noise.
    performance: mode === "production" ? { maxAssetSize: 1024 * 1024, maxEntrypointSize: 1024 * 1024 } : { hints: false },
    devServer: isServe
      ? {
          host: "localhost",
          port: PORT,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: plainHttp ? { type: "http" } : { type: "https", options: await httpsOptions() },
          // Everything served is emitted by this build (bundles, manifest, assets, help.html).
          static: false,
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};
