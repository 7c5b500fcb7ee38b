import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { EXCEL_1904_OFFSET_DAYS } from "../../core/excel/constants";
import type { OwnedSheet } from "../host";
import { HAVE_SHARED_DATA, SHARED_DATA_DIR, SHARED_DATA_NOTE, sharedDataPath } from "../../../test/helpers/shared-data";
import { readXlsxParts, rawCells, sheetPartPaths } from "../../../test/helpers/xlsx-parts";
import { fileHostFromWorkbook, openWorkbookBuffer, type FileHost } from "./index";

/*
 * The copy of an .xlsx is its own package with Collect's sheets put in: the user's parts byte for byte (charts and
 * all), Collect's sheets reading back as the ExcelJS save writes them, and a package Excel, ExcelJS and LibreOffice
 * open.
 */

const tmp = mkdtempSync(join(tmpdir(), "collect-package-copy-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** LibreOffice with Calc (soffice alone may be the Writer-only package, which cannot load a spreadsheet). */
const SOFFICE = ((): string | null => {
  const which = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" });
  const path = which.status === 0 ? which.stdout.trim() : "";
  if (path === "") return null;
  return existsSync(join(dirname(realpathSync(path)), "libsclo.so")) ? path : null;
})();
const LIBREOFFICE_NOTE = SOFFICE === null ? " (skipped: LibreOffice Calc is not installed; apt-get install libreoffice-calc-nogui)" : "";
const itWithLibreOffice = SOFFICE === null ? it.skip : it;
const HAVE_XMLLINT = spawnSync("sh", ["-c", "command -v xmllint"]).status === 0;
const itWithXmllint = HAVE_XMLLINT ? it : it.skip;

const WORKLIST: OwnedSheet = {
  name: "Collect Worklist",
  preamble: [["Collect worklist as of", 46356, 0.25], ["Note", "text stays text", null]],
  preambleFormats: [[null, "yyyy-mm-dd", "0.0%"], []],
  columns: [
    { header: "Customer", width: 30 },
    { header: "Due", numberFormat: "yyyy-mm-dd", width: 12 },
    { header: "Open", numberFormat: "#,##0.00" },
    { header: "Note", numberFormat: "@", width: 20 },
    { header: "Days past due", numberFormat: "0" },
    { header: "Flag" },
  ],
  rows: [
    ["=SUM(A1)", 46000, 1234.5, "+1 call back", 12, true],
    ["  spaced  ", 46001, -20, "00123", 75, false],
    ["A & B <c> \"q\" 'a'", null, 0, "bell\u0007dropped", 40, { error: "#N/A" }],
    ["line\nbreak", 1e-7, 123456789012, "x", -3, null],
  ],
  ageColumns: ["Days past due"],
};
const NOTES: OwnedSheet = { name: "Collect O'Neil & Sons", asTable: false, freezeHeader: false, columns: [{ header: "Topic" }, { header: "Rate", numberFormat: "0.0%" }], rows: [["rate", 0.25]] };
const EMPTY: OwnedSheet = { name: "Collect Empty", columns: [{ header: "Nothing" }], rows: [] };
const LOG: OwnedSheet = { name: "Collect Log", columns: [{ header: "Date", numberFormat: "yyyy-mm-dd", width: 12 }, { header: "Note" }], rows: [[46199, "first"]] };

/** A user's workbook: a ledger with a date, a formula, a defined name and a sheet whose name needs quotes. */
async function userWorkbookBytes(options: { date1904?: boolean } = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = options.date1904 ?? false;
  const ledger = workbook.addWorksheet("Aging");
  ledger.getCell("A1").value = "Bucket";
  ledger.getCell("B1").value = "Amount";
  [["0-30", 100], ["31-60", 50], ["61+", 25]].forEach(([bucket, amount], i) => {
    ledger.getCell(`A${i + 2}`).value = bucket ?? null;
    ledger.getCell(`B${i + 2}`).value = amount ?? null;
  });
  ledger.getCell("C1").value = new Date(Date.UTC(2026, 10, 30));
  ledger.getCell("C1").numFmt = "yyyy-mm-dd";
  ledger.getCell("C2").value = { formula: "SUM(B2:B4)", result: 175 };
  const quoted = workbook.addWorksheet("O'Brien & Co <AR>");
  quoted.getCell("A1").value = "owed";
  quoted.getCell("B1").value = 12.5;
  workbook.definedNames.add("'O''Brien & Co <AR>'!$B$1", "Owed");
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const CHART_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>Aging!$A$2:$A$4</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>Aging!$B$2:$B$4</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;
const DRAWING_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;
const RELS_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`;

/** The user's workbook with a column chart of the aging buckets drawn on its first sheet, added by hand as Excel would. */
async function withChart(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const sheet = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
  zip.file("xl/worksheets/sheet1.xml", sheet.replace("</worksheet>", `<drawing r:id="rIdChart1"/></worksheet>`));
  zip.file("xl/worksheets/_rels/sheet1.xml.rels", `${RELS_HEAD}<Relationship Id="rIdChart1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>`);
  zip.file("xl/drawings/drawing1.xml", DRAWING_XML);
  zip.file("xl/drawings/_rels/drawing1.xml.rels", `${RELS_HEAD}<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>`);
  zip.file("xl/charts/chart1.xml", CHART_XML);
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      `<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/><Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`,
    ),
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The same package declared as a macro-enabled workbook (the content type of an .xlsm's workbook part). */
/** The same workbook with xmlns:r declared on each <sheet> instead of <workbook>, as openpyxl (pandas' engine) writes it. */
async function asOpenpyxlStyle(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("xl/workbook.xml")?.async("string");
  if (xml === undefined) throw new Error("no workbook part");
  const declaration = / xmlns:r="([^"]*)"/.exec(xml);
  if (declaration === null) throw new Error("the workbook part declares no r: prefix");
  const moved = xml.replace(declaration[0], "").replace(/<sheet /g, `<sheet xmlns:r="${declaration[1] ?? ""}" `);
  zip.file("xl/workbook.xml", moved);
  return zip.generateAsync({ type: "uint8array" });
}

async function asMacroEnabled(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  zip.file("[Content_Types].xml", types.replace("spreadsheetml.sheet.main+xml", "ms-excel.sheet.macroEnabled.main+xml"));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function open(bytes: Uint8Array, fileName = "in.xlsx"): Promise<FileHost> {
  const opened = await openWorkbookBuffer(bytes, fileName);
  if (!opened.ok) throw new Error(opened.error.detail);
  return opened.value;
}

/** The copy written by editing the package (and a check that it was). */
async function packageCopy(input: Uint8Array, sheets: readonly OwnedSheet[]): Promise<Uint8Array> {
  const host = await open(input);
  await host.writeOwnedSheets(sheets);
  const bytes = await host.toBuffer();
  expect(host.lastSaveRoute).toEqual({ route: "package-copy" });
  return bytes;
}

/** The copy ExcelJS writes of the same input. */
async function excelJsCopy(input: Uint8Array, sheets: readonly OwnedSheet[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(input as unknown as ExcelJS.Buffer);
  const host = fileHostFromWorkbook(workbook);
  await host.writeOwnedSheets(sheets);
  return host.toBuffer();
}

async function partBytes(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Uint8Array>();
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) parts.set(name, await entry.async("uint8array"));
  return parts;
}

async function excelJsRead(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

/** What a reader sees of a sheet: cells (type, value, format, bold), tables, widths, views and conditional formats. */
function sheetFacts(worksheet: ExcelJS.Worksheet | undefined): unknown {
  if (worksheet === undefined) return "missing";
  const cells: string[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const value = cell.value instanceof Date ? cell.value.toISOString() : JSON.stringify(cell.value);
      cells.push(`${cell.address}|${cell.type}|${value}|${cell.numFmt ?? ""}|${cell.font?.bold === true ? "bold" : ""}`);
    });
  });
  const tables = Object.values((worksheet as unknown as { tables: Record<string, { model: { name: string; tableRef: string; columns: { name: string }[]; style?: { theme?: string } } }> }).tables).map(
    ({ model }) => [model.name, model.tableRef, model.columns.map((column) => column.name), model.style?.theme],
  );
  const formats = (worksheet as unknown as { conditionalFormattings: { ref: string; rules: { operator?: string; formulae?: unknown[] }[] }[] }).conditionalFormattings.map(
    (format) => [format.ref, format.rules.map((rule) => [rule.operator, rule.formulae])],
  );
  return { cells, tables, widths: (worksheet.columns ?? []).map((column) => column.width), views: worksheet.views, formats };
}

describe("FileHost's copy of an .xlsx: the input package with Collect's sheets put in", () => {
  it("writes Collect's sheets so they read back as the ExcelJS save writes them", async () => {
    const input = await userWorkbookBytes();
    const sheets = [WORKLIST, NOTES, EMPTY, LOG];
    const [ours, theirs] = await Promise.all([packageCopy(input, sheets), excelJsCopy(input, sheets)]);
    const [a, b] = await Promise.all([excelJsRead(ours), excelJsRead(theirs)]);
    expect(a.worksheets.map((sheet) => sheet.name)).toEqual(b.worksheets.map((sheet) => sheet.name));
    for (const { name } of sheets) expect(sheetFacts(a.getWorksheet(name))).toEqual(sheetFacts(b.getWorksheet(name)));
    const [grid] = await (await open(ours)).readSheets(["Collect Worklist"]);
    expect(grid?.values[0]).toEqual(["Collect worklist as of", 46356, 0.25, null, null, null]);
    expect(grid?.values[4]).toEqual(["  spaced  ", 46001, -20, "00123", 75, false]);
    expect(grid?.numberFormats[3]?.slice(0, 4)).toEqual(["General", "yyyy-mm-dd", "#,##0.00", "@"]);
  });

  it("copies every part of the user's byte for byte and only adds to workbook.xml, its relationships, styles and app.xml's sheet list", async () => {
    const input = await withChart(await userWorkbookBytes());
    const output = await packageCopy(input, [WORKLIST, NOTES]);
    const [before, after] = await Promise.all([partBytes(input), partBytes(output)]);
    const edited = new Set(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "docProps/app.xml"]);
    for (const [name, bytes] of before) {
      if (edited.has(name)) continue;
      expect([name, Buffer.from(after.get(name) ?? []).equals(Buffer.from(bytes))]).toEqual([name, true]);
    }
    const text = (parts: Map<string, Uint8Array>, name: string): string => Buffer.from(parts.get(name) ?? []).toString("utf8");
    for (const element of text(before, "xl/workbook.xml").match(/<sheet\b[^>]*>|<definedName\b[^<]*<\/definedName>|<workbookPr\b[^>]*>/g) ?? []) {
      expect(text(after, "xl/workbook.xml")).toContain(element);
    }
    const xfs = (xml: string): string => /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "missing";
    expect(xfs(text(after, "xl/styles.xml")).startsWith(xfs(text(before, "xl/styles.xml")))).toBe(true);
    expect(text(after, "docProps/app.xml")).toContain("<vt:lpstr>Aging</vt:lpstr><vt:lpstr>O'Brien &amp; Co &lt;AR&gt;</vt:lpstr><vt:lpstr>Collect Worklist</vt:lpstr><vt:lpstr>Collect O'Neil &amp; Sons</vt:lpstr>");
  });

  it("keeps a chart drawn on a user's sheet (the ExcelJS save drops it)", async () => {
    const input = await withChart(await userWorkbookBytes());
    const ours = await readXlsxParts(await packageCopy(input, [WORKLIST]));
    expect(ours.get("xl/charts/chart1.xml")).toBe(CHART_XML);
    expect(ours.get("xl/drawings/drawing1.xml")).toBe(DRAWING_XML);
    expect(ours.get("xl/worksheets/_rels/sheet1.xml.rels")).toContain("../drawings/drawing1.xml");
    expect(ours.get("[Content_Types].xml")).toContain('PartName="/xl/charts/chart1.xml"');
    const theirs = await readXlsxParts(await excelJsCopy(input, [WORKLIST]));
    expect([...theirs.keys()].filter((path) => path.includes("chart"))).toEqual([]);
  });

  it("replaces the owned sheets of an earlier copy in place, leaving no part behind and adding no style twice", async () => {
    const input = await withChart(await userWorkbookBytes());
    const first = await packageCopy(input, [WORKLIST, LOG, EMPTY]);
    const second = await packageCopy(first, [{ ...WORKLIST, rows: [["Only", 1, 2, "x", 3, true]] }, EMPTY]);
    const third = await packageCopy(second, [{ ...WORKLIST, rows: [["Again", 1, 2, "y", 3, false]] }, EMPTY]);
    const [firstParts, thirdParts] = await Promise.all([readXlsxParts(first), readXlsxParts(third)]);
    expect([...thirdParts.keys()].sort()).toEqual([...firstParts.keys()].filter((path) => !path.startsWith("xl/tables/")).concat([...thirdParts.keys()].filter((path) => path.startsWith("xl/tables/"))).sort());
    expect(thirdParts.get("xl/styles.xml")).toBe((await readXlsxParts(second)).get("xl/styles.xml"));
    const workbookXml = thirdParts.get("xl/workbook.xml") ?? "";
    const sheetIds = [...workbookXml.matchAll(/<sheet\b[^>]*\ssheetId="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(sheetIds).size).toBe(sheetIds.length);
    expect([...sheetPartPaths(thirdParts).keys()]).toEqual(["Aging", "O'Brien & Co <AR>", "Collect Worklist", "Collect Log", "Collect Empty"]);
    const tables = [...thirdParts.entries()].filter(([path]) => path.startsWith("xl/tables/")).map(([, xml]) => xml);
    expect(tables.map((xml) => /\sname="([^"]+)"/.exec(xml)?.[1]).sort()).toEqual(["CollectEmpty", "CollectLog", "CollectWorklist"]);
    const tableIds = tables.map((xml) => /\sid="(\d+)"/.exec(xml)?.[1]);
    expect(new Set(tableIds).size).toBe(3);
    // Every part is listed in [Content_Types].xml or covered by a default, and every override names a part.
    const types = thirdParts.get("[Content_Types].xml") ?? "";
    const overrides = [...types.matchAll(/PartName="\/([^"]+)"/g)].map((m) => m[1] ?? "");
    expect(overrides.filter((part) => !thirdParts.has(part))).toEqual([]);
    expect([...thirdParts.keys()].filter((part) => !part.endsWith(".rels") && part !== "[Content_Types].xml" && !overrides.includes(part))).toEqual([]);
    const back = await open(third);
    expect(await back.listSheets()).toEqual(["Aging", "O'Brien & Co <AR>", "Collect Worklist", "Collect Log", "Collect Empty"]);
    const [worklist] = await back.readSheets(["Collect Worklist"]);
    expect(worklist?.values.slice(3)).toEqual([["Again", 1, 2, "y", 3, false]]);
  });

  it("drops the calculation chain when a sheet is replaced (Excel rebuilds it) but keeps it otherwise", async () => {
    const zip = await JSZip.loadAsync(await packageCopy(await userWorkbookBytes(), [LOG]));
    zip.file("xl/calcChain.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="C2" i="1"/></calcChain>`);
    const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
    zip.file("xl/_rels/workbook.xml.rels", rels.replace("</Relationships>", `<Relationship Id="rIdCalc" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>`));
    const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
    zip.file("[Content_Types].xml", types.replace("</Types>", `<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>`));
    const input = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const added = await readXlsxParts(await packageCopy(input, [NOTES]));
    expect(added.has("xl/calcChain.xml")).toBe(true);
    const replaced = await readXlsxParts(await packageCopy(input, [LOG]));
    expect(replaced.has("xl/calcChain.xml")).toBe(false);
    expect(replaced.get("xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
    expect(replaced.get("[Content_Types].xml")).not.toContain("calcChain");
  });

  it("appends to a log that was in the input: old rows and new ones, dates as dates, the table grown", async () => {
    const input = await packageCopy(await userWorkbookBytes(), [LOG]);
    const host = await open(input);
    await host.appendRows("Collect Log", [[46200, "=not a formula"], [46201, "third"]], ["yyyy-mm-dd", undefined]);
    const ours = await host.toBuffer();
    expect(host.lastSaveRoute).toEqual({ route: "package-copy" });
    const [grid] = await (await open(ours)).readSheets(["Collect Log"]);
    expect(grid?.values).toEqual([["Date", "Note"], [46199, "first"], [46200, "=not a formula"], [46201, "third"]]);
    expect(grid?.numberFormats.map((row) => row[0])).toEqual(["General", "yyyy-mm-dd", "yyyy-mm-dd", "yyyy-mm-dd"]);
    const workbook = await excelJsRead(input);
    const theirs = fileHostFromWorkbook(workbook);
    await theirs.appendRows("Collect Log", [[46200, "=not a formula"], [46201, "third"]], ["yyyy-mm-dd", undefined]);
    const [a, b] = await Promise.all([excelJsRead(ours), excelJsRead(await theirs.toBuffer())]);
    expect(sheetFacts(a.getWorksheet("Collect Log"))).toEqual(sheetFacts(b.getWorksheet("Collect Log")));
  });

  it("keeps the 1904 date system: a date serial reads back as the same day", async () => {
    const output = await packageCopy(await userWorkbookBytes({ date1904: true }), [LOG]);
    expect((await readXlsxParts(output)).get("xl/workbook.xml")).toMatch(/<workbookPr\b[^>]*date1904="1"/);
    const back = await open(output);
    expect(await back.dateSystem()).toBe("1904");
    const [log, aging] = await back.readSheets(["Collect Log", "Aging"]);
    expect(log?.values[1]).toEqual([46199, "first"]);
    // The user's 2026-11-30 (serial 46356 in the 1900 system) is still that day.
    expect(aging?.values[0]?.[2]).toBe(46356 - EXCEL_1904_OFFSET_DAYS);
    // Serial 46199 counts days from 1904-01-01 in this workbook: the log's date reads as that day (2030-06-27).
    const cell = (await excelJsRead(output)).getWorksheet("Collect Log")?.getCell("A2");
    expect(cell?.value).toEqual(new Date(Date.UTC(2030, 5, 27)));
  });

  it("writes empty text as an empty cell that keeps its format, and protects text that looks like an XML escape", async () => {
    const output = await packageCopy(await userWorkbookBytes(), [{ name: "Collect Notes", columns: [{ header: "Note", numberFormat: "@" }], rows: [[""], ["_x0041_"]] }]);
    const parts = await readXlsxParts(output);
    const cells = rawCells(parts.get(sheetPartPaths(parts).get("Collect Notes") ?? "") ?? "");
    expect(cells.find((cell) => cell.address === "A2")).toMatchObject({ type: null, value: null });
    expect(cells.find((cell) => cell.address === "A3")).toMatchObject({ type: "inlineStr", value: "_x005F_x0041_" });
  });

  it("reads back a sheet it has just written, before saving, and refuses a number Excel cannot store before changing anything", async () => {
    const host = await open(await packageCopy(await userWorkbookBytes(), [LOG]));
    await host.writeOwnedSheets([{ ...NOTES, rows: [["rate", 0.5]] }]);
    const [notes] = await host.readSheets(["Collect O'Neil & Sons"]);
    expect(notes?.values).toEqual([["Topic", "Rate"], ["rate", 0.5]]);
    await expect(host.writeOwnedSheets([{ ...LOG, rows: [[Number.NaN, "bad"]] }])).rejects.toThrow(/NaN/);
    const [log] = await host.readSheets(["Collect Log"]);
    expect(log?.values).toEqual([["Date", "Note"], [46199, "first"]]);
  });

  it.each([
    { name: "a CSV", make: async () => (await openWorkbookBuffer(new TextEncoder().encode("a,b\n1,2\n"), "ar.csv")), reason: "no-input-package" },
    { name: "a workbook built in memory", make: async () => ({ ok: true as const, value: fileHostFromWorkbook(new ExcelJS.Workbook()) }), reason: "no-input-package" },
    { name: "an .xlsm (its copy is written without macros)", make: async () => openWorkbookBuffer(await userWorkbookBytes(), "ar.xlsm"), reason: "no-input-package" },
    { name: "an .xlsx whose package says it holds macros", make: async () => openWorkbookBuffer(await asMacroEnabled(await userWorkbookBytes()), "ar.xlsx"), reason: "not-a-plain-workbook" },
  ])("saves $name through ExcelJS", async ({ make, reason }) => {
    const opened = await make();
    if (!opened.ok) throw new Error(opened.error.detail);
    await opened.value.writeOwnedSheets([LOG]);
    await opened.value.toBuffer();
    expect(opened.value.lastSaveRoute).toEqual({ route: "exceljs", reason });
  });

  /** xmllint --noout over every XML part: well-formed, every namespace prefix declared. */
  async function expectWellFormedParts(output: Uint8Array): Promise<void> {
    const folder = mkdtempSync(join(tmp, "parts-"));
    const files: string[] = [];
    for (const [name, bytes] of await partBytes(output)) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      const file = join(folder, name.replace(/[^\w.]/g, "_"));
      writeFileSync(file, bytes);
      files.push(file);
    }
    const lint = spawnSync("xmllint", ["--noout", ...files], { encoding: "utf8" });
    expect(lint.stderr).toBe("");
    expect(lint.status).toBe(0);
  }

  itWithXmllint("writes well-formed XML in every part (xmllint --noout)", async () => {
    await expectWellFormedParts(await packageCopy(await withChart(await userWorkbookBytes()), [WORKLIST, NOTES, EMPTY, LOG]));
  });

  itWithXmllint("declares the r: prefix of the sheets it adds when the workbook part declares it per sheet (openpyxl, pandas)", async () => {
    const input = await asOpenpyxlStyle(await userWorkbookBytes());
    const workbookXml = (await partBytes(input)).get("xl/workbook.xml");
    expect(Buffer.from(workbookXml ?? []).toString("utf8")).not.toMatch(/<workbook[^>]*xmlns:r=/);
    await expectWellFormedParts(await packageCopy(input, [WORKLIST, LOG]));
  });

  const sharedWorkbooks = HAVE_SHARED_DATA ? readdirSync(SHARED_DATA_DIR).filter((name) => name.endsWith(".xlsx")) : [];
  (HAVE_XMLLINT && sharedWorkbooks.length > 0 ? it.each(sharedWorkbooks) : it.skip.each(["(none)"]))(
    `writes well-formed XML in every part of the copy of the real workbook %s${SHARED_DATA_NOTE}`,
    async (name) => {
      await expectWellFormedParts(await packageCopy(readFileSync(sharedDataPath(name)), [WORKLIST, NOTES, EMPTY, LOG]));
    },
  );

  itWithLibreOffice(`opens in LibreOffice with the chart and Collect's cells${LIBREOFFICE_NOTE}`, async () => {
    const output = await packageCopy(await withChart(await userWorkbookBytes()), [WORKLIST, NOTES, EMPTY, LOG]);
    const folder = mkdtempSync(join(tmp, "soffice-"));
    writeFileSync(join(folder, "copy.xlsx"), output);
    const converted = spawnSync(
      SOFFICE ?? "soffice",
      [`-env:UserInstallation=file://${join(folder, "profile")}`, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", join(folder, "out"), join(folder, "copy.xlsx")],
      { encoding: "utf8", timeout: 120_000 },
    );
    expect(converted.stderr.split("\n").filter((line) => /error/i.test(line))).toEqual([]);
    expect(readdirSync(join(folder, "out"))).toEqual(["copy.xlsx"]);
    const resaved = readFileSync(join(folder, "out", "copy.xlsx"));
    const parts = await readXlsxParts(resaved);
    expect([...parts.keys()].some((path) => /^xl\/charts\/chart\d+\.xml$/.test(path))).toBe(true);
    const [worklist, notes] = await (await open(resaved)).readSheets(["Collect Worklist", "Collect O'Neil & Sons"]);
    expect(worklist?.values[3]).toEqual(["=SUM(A1)", 46000, 1234.5, "+1 call back", 12, true]);
    expect(worklist?.values[4]?.[0]).toBe("  spaced  ");
    expect(worklist?.numberFormats[3]?.[1]).toMatch(/yyyy-mm-dd/i);
    expect(notes?.values).toEqual([["Topic", "Rate"], ["rate", 0.25]]);
  }, 180_000);
});
