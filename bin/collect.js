#!/usr/bin/env node
"use strict";
// The CLI is compiled to lib/ by `npm run build:cli` (also run by npm's prepare step after `npm ci`).
const path = require("path");
const fs = require("fs");
const entry = path.join(__dirname, "..", "lib", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("collect: the CLI is not built yet. Run `npm run build:cli` first.\n");
  process.exit(2);
}
require(entry).main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`collect: ${error && error.stack ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
