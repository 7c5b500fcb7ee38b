import * as fs from "fs";
import Papa from "papaparse";
import type { Grid } from "../../src/workbook/grid";

/**
 * A CSV file as a Grid, the way a CSV host hands it over: every cell is text exactly as written (so
 * "0000611365" keeps its zeros and "1/2/2013" stays text), formats are "General". Test-only: the real CSV
 * host lives in src/hosts/file.
 */
export function csvToGrid(path: string, sheetName: string): Grid {
  const text = fs.readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const rows = parsed.data.filter((row, index) => !(index === parsed.data.length - 1 && row.length === 1 && row[0] === ""));
  return {
    sheetName,
    top: 1,
    left: 1,
    values: rows,
    numberFormats: rows.map((row) => row.map(() => "General")),
  };
}
