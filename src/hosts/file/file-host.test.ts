import ExcelJS from "exceljs";
import JSZip from "jszip";
import { NotOwnedSheetError, SheetNotFoundError } from "../host";
import { readXlsxParts, rawCells, sheetPartPaths } from "../../../test/helpers/xlsx-parts";
import { FileHost, WouldOverwriteSourceError, fileHostFromWorkbook, openWorkbookBuffer } from "./index";

async function reopen(host: FileHost, fileName = "out.xlsx"): Promise<FileHost> {
  const opened = await openWorkbookBuffer(await host.toBuffer(), fileName);
  if (!opened.ok) throw new Error(opened.error.detail);
  return opened.value;
}

async function bufferOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function hostOf(workbook: ExcelJS.Workbook): Promise<FileHost> {
  const opened = await openWorkbookBuffer(await bufferOf(workbook), "in.xlsx");
  if (!opened.ok) throw new Error(opened.error.detail);
  return opened.value;
}

describe("FileHost reading .xlsx", () => {
  it.each([
    { name: "1900 system", date1904: false, expected: 45658, system: "1900" },
    { name: "1904 system", date1904: true, expected: 44196, system: "1904" },
  ])("reads a date cell as its serial in the $name", async ({ date1904, expected, system }) => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = date1904;
    const sheet = workbook.addWorksheet("Ledger");
    sheet.getCell("A1").value = new Date(Date.UTC(2025, 0, 1));
    sheet.getCell("A1").numFmt = "yyyy-mm-dd";
    const host = await hostOf(workbook);
    expect(await host.dateSystem()).toBe(system);
    const [grid] = await host.readSheets(["Ledger"]);
    expect(grid?.values).toEqual([[expected]]);
    expect(grid?.numberFormats).toEqual([["yyyy-mm-dd"]]);
  });

  it("gives formula cells their cached result, including the 0 and false that ExcelJS's cell.value drops", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("F");
    sheet.getCell("A1").value = { formula: "1-1", result: 0 };
    sheet.getCell("B1").value = { formula: "1=2", result: false };
    sheet.getCell("C1").value = { formula: "\"\"&\"\"", result: "" };
    sheet.getCell("D1").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    sheet.getCell("E1").value = { formula: "TODAY()", result: new Date(Date.UTC(2026, 6, 16)) };
    sheet.getCell("E1").numFmt = "d-mmm-yy";
    sheet.getCell("F1").value = 7;
    const host = await hostOf(workbook);
    const [grid] = await host.readSheets(["F"]);
    // A cached empty text (<v></v>) is lost by ExcelJS's reader (it tests the text for truthiness): it reads as empty.
    expect(grid?.values).toEqual([[0, false, null, { error: "#DIV/0!" }, 46219, 7]]);
  });

  it("reads shared formulas' cached results on every cell of the block", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("S");
    [1, 2, 3].forEach((n, i) => {
      sheet.getCell(`A${i + 1}`).value = n;
    });
    sheet.fillFormula("B1:B3", "A1*2", [2, 4, 6]);
    const host = await hostOf(workbook);
    const [grid] = await host.readSheets(["S"]);
    expect(grid?.values).toEqual([
      [1, 2],
      [2, 4],
      [3, 6],
    ]);
  });

  it("reads rich text and hyperlinks as plain text, errors as {error}, and merged areas with empty non-master cells", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Report");
    sheet.getCell("B2").value = { richText: [{ text: "Open " }, { font: { bold: true }, text: "Invoices" }] };
    sheet.getCell("C2").value = { text: "mail us", hyperlink: "mailto:ar@example.com" };
    sheet.getCell("D2").value = { error: "#N/A" };
    sheet.getCell("B3").value = "Acme Ltd";
    sheet.mergeCells("B3:D3");
    const host = await hostOf(workbook);
    const [grid] = await host.readSheets(["report"]);
    expect(grid).toMatchObject({ sheetName: "Report", top: 2, left: 2, merges: ["B3:D3"] });
    expect(grid?.values).toEqual([
      ["Open Invoices", "mail us", { error: "#N/A" }],
      ["Acme Ltd", null, null],
    ]);
    expect(grid?.numberFormats[0]).toEqual(["General", "General", "General"]);
  });

  it("throws SheetNotFoundError naming the sheets it has", async () => {
    const host = fileHostFromWorkbook(new ExcelJS.Workbook());
    await expect(host.readSheets(["Nope"])).rejects.toBeInstanceOf(SheetNotFoundError);
  });
});

const worklist = {
  name: "Collect Worklist",
  columns: [
    { header: "Customer", width: 30 },
    { header: "Due", numberFormat: "yyyy-mm-dd", width: 12 },
    { header: "Open", numberFormat: "#,##0.00" },
    { header: "Note", numberFormat: "@" },
  ],
  rows: [
    ["=SUM(A1)", 46000, 1234.5, "+1 call back"],
    ["-", 46001, -20, "@home"],
    ["Acme", null, 0, "00123"],
  ],
  preamble: [["Collect worklist as of 2026-07-16"]],
} as const;

describe("FileHost writing owned sheets", () => {
  it("writes an Excel Table with a unique name, style, filters, formats, widths and a frozen header", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Invoices").getCell("A1").value = "Invoice";
    const host = fileHostFromWorkbook(workbook);
    await host.writeOwnedSheets([worklist]);
    const bytes = await host.toBuffer();
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const sheet = back.getWorksheet("Collect Worklist");
    expect(sheet).toBeDefined();
    const parts = await readXlsxParts(bytes);
    const tableXml = [...parts.entries()].find(([path]) => path.startsWith("xl/tables/"))?.[1] ?? "";
    expect(tableXml).toContain('name="CollectWorklist"');
    expect(tableXml).toContain('ref="A2:D5"');
    expect(tableXml).toContain('<autoFilter ref="A2:D5"');
    expect(tableXml).toContain('name="TableStyleMedium2"');
    expect(tableXml).not.toContain('hiddenButton="1"');
    expect(sheet?.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(sheet?.getColumn(1).width).toBe(30);
    expect(sheet?.getCell("B3").numFmt).toBe("yyyy-mm-dd");
    expect(sheet?.getCell("C3").numFmt).toBe("#,##0.00");
    const [grid] = await (await reopen(host)).readSheets(["Collect Worklist"]);
    expect(grid?.values.slice(1)).toEqual([
      ["Customer", "Due", "Open", "Note"],
      ["=SUM(A1)", 46000, 1234.5, "+1 call back"],
      ["-", 46001, -20, "@home"],
      ["Acme", null, 0, "00123"],
    ]);
  });

  it("writes text that begins with = + - @ as text: no formula element anywhere in the sheet", async () => {
    const host = fileHostFromWorkbook(new ExcelJS.Workbook());
    await host.writeOwnedSheets([worklist]);
    const parts = await readXlsxParts(await host.toBuffer());
    const path = sheetPartPaths(parts).get("Collect Worklist") ?? "";
    const cells = rawCells(parts.get(path) ?? "");
    expect(cells.length).toBeGreaterThan(10);
    expect(cells.filter((cell) => cell.formula !== null)).toEqual([]);
    const a3 = cells.find((cell) => cell.address === "A3");
    expect(a3?.type === "s" || a3?.type === "inlineStr" || a3?.type === "str").toBe(true);
  });

  it("shades the age columns with conditional formats Excel reads back", async () => {
    const host = fileHostFromWorkbook(new ExcelJS.Workbook());
    await host.writeOwnedSheets([{ name: "Collect Worklist", columns: [{ header: "Customer" }, { header: "Days past due" }], rows: [["Acme", 12], ["Bolt", 75]], ageColumns: ["Days past due"] }]);
    const parts = await readXlsxParts(await host.toBuffer());
    const xml = parts.get(sheetPartPaths(parts).get("Collect Worklist") ?? "") ?? "";
    expect(xml).toMatch(/<conditionalFormatting sqref="B2:B3">/);
    expect((xml.match(/<cfRule type="cellIs"/g) ?? []).length).toBe(3);
    expect(xml).toContain('operator="between"');
    expect(xml).toContain('operator="greaterThan"');
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(Buffer.from(await host.toBuffer()) as unknown as Parameters<typeof reread.xlsx.load>[0]);
    const shaded = reread.getWorksheet("Collect Worklist") as unknown as { conditionalFormattings: readonly { ref: string }[] };
    expect(shaded.conditionalFormattings.map((f) => f.ref)).toEqual(["B2:B3"]);
  });

  it.each([
    { name: "a name without the prefix", sheet: "Invoices" },
    { name: "the prefix in another case", sheet: "collect Worklist" },
    { name: "the bare prefix", sheet: "Collect " },
  ])("rejects $name with NotOwnedSheetError and leaves the workbook unchanged", async ({ sheet }) => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Invoices").getCell("A1").value = "mine";
    const host = fileHostFromWorkbook(workbook);
    await expect(host.writeOwnedSheets([{ ...worklist, name: sheet }])).rejects.toBeInstanceOf(NotOwnedSheetError);
    expect(await host.listSheets()).toEqual(["Invoices"]);
  });

  it("refuses to replace a user's sheet whose name matches an owned name only without regard to case", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("COLLECT WORKLIST");
    const host = fileHostFromWorkbook(workbook);
    await expect(host.writeOwnedSheets([worklist])).rejects.toBeInstanceOf(NotOwnedSheetError);
  });

  it("replaces an owned sheet in place: same tab position, same table name, on a second run", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Invoices");
    const host = fileHostFromWorkbook(workbook);
    await host.writeOwnedSheets([worklist, { name: "Collect Metrics", columns: [{ header: "Metric" }], rows: [["DSO"]] }]);
    const second = await reopen(host);
    await second.writeOwnedSheets([{ ...worklist, rows: [["Only", 1, 2, "x"]] }]);
    const third = await reopen(second);
    expect(await third.listSheets()).toEqual(["Invoices", "Collect Worklist", "Collect Metrics"]);
    const [grid] = await third.readSheets(["Collect Worklist"]);
    expect(grid?.values.slice(2)).toEqual([["Only", 1, 2, "x"]]);
    const parts = await readXlsxParts(await third.toBuffer());
    const tableNames = [...parts.entries()]
      .filter(([path]) => path.startsWith("xl/tables/"))
      .map(([, xml]) => /\bname="([^"]+)"/.exec(xml)?.[1]);
    expect(tableNames.sort()).toEqual(["CollectMetrics", "CollectWorklist"]);
  });

  it("ensureOwnedSheet creates once and leaves the first content on the second call", async () => {
    const host = fileHostFromWorkbook(new ExcelJS.Workbook());
    const log = { name: "Collect Log", columns: [{ header: "Date", numberFormat: "yyyy-mm-dd" }, { header: "Note" }], rows: [] };
    expect(await host.ensureOwnedSheet(log)).toBe(true);
    await host.appendRows("Collect Log", [[46200, "called"]]);
    expect(await host.ensureOwnedSheet({ ...log, rows: [[1, "other"]] })).toBe(false);
    const [grid] = await host.readSheets(["Collect Log"]);
    expect(grid?.values).toEqual([
      ["Date", "Note"],
      [46200, "called"],
    ]);
  });

  it("appendRows writes below the last row, extends the table and keeps the column's number format", async () => {
    const host = fileHostFromWorkbook(new ExcelJS.Workbook());
    const log = { name: "Collect Log", columns: [{ header: "Date", numberFormat: "yyyy-mm-dd" }, { header: "Note" }], rows: [[46199, "first"]] };
    await host.writeOwnedSheets([log]);
    await host.appendRows("Collect Log", [
      [46200, "=not a formula"],
      [46201, "third"],
    ]);
    const bytes = await host.toBuffer();
    const parts = await readXlsxParts(bytes);
    const tableXml = [...parts.entries()].find(([path]) => path.startsWith("xl/tables/"))?.[1] ?? "";
    expect(tableXml).toContain('ref="A1:B4"');
    const reopened = await reopen(host);
    const [grid] = await reopened.readSheets(["Collect Log"]);
    expect(grid?.values).toEqual([
      ["Date", "Note"],
      [46199, "first"],
      [46200, "=not a formula"],
      [46201, "third"],
    ]);
    expect(grid?.numberFormats[3]?.[0]).toBe("yyyy-mm-dd");
  });

  it("appendRows rejects a sheet Collect does not own and one that does not exist", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Invoices");
    const host = fileHostFromWorkbook(workbook);
    await expect(host.appendRows("Invoices", [["x"]])).rejects.toBeInstanceOf(NotOwnedSheetError);
    await expect(host.appendRows("Collect Log", [["x"]])).rejects.toBeInstanceOf(SheetNotFoundError);
  });

  it("saveAs refuses to write over the file it was read from", async () => {
    const host = new FileHost(new ExcelJS.Workbook(), { fileName: "ar.xlsx", path: "/tmp/collect-ar-input.xlsx" });
    await expect(host.saveAs("/tmp/../tmp/collect-ar-input.xlsx")).rejects.toBeInstanceOf(WouldOverwriteSourceError);
  });
});

describe("openWorkbookBuffer", () => {
  it.each([
    { name: "an old .xls", fileName: "ar.xls", bytes: new Uint8Array([0xd0, 0xcf]), code: "unsupported-file-type" },
    { name: "an .ods", fileName: "ar.ods", bytes: new Uint8Array([0x50, 0x4b]), code: "unsupported-file-type" },
    { name: "a corrupt .xlsx", fileName: "ar.xlsx", bytes: new Uint8Array([1, 2, 3, 4]), code: "unreadable-file" },
  ])("returns $code for $name instead of throwing", async ({ fileName, bytes, code }) => {
    const opened = await openWorkbookBuffer(bytes, fileName);
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.error.code).toBe(code);
  });
});

describe("openWorkbookBuffer on a package whose sheets ExcelJS cannot follow", () => {
  it("refuses it, rather than write a copy without the user's sheets", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Invoices").getCell("A1").value = "Invoice";
    const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
    // The same workbook part with the relationships namespace bound to another prefix: valid XML, unusual.
    const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    zip.file("xl/workbook.xml", xml.replace(/xmlns:r=/, "xmlns:rel=").replace(/ r:id=/g, " rel:id="));
    const opened = await openWorkbookBuffer(await zip.generateAsync({ type: "uint8array" }), "odd.xlsx");
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.error).toMatchObject({ code: "unreadable-file", detail: expect.stringContaining("no worksheet could be read") });
  });
});

describe("FileHost round trip of what ExcelJS is known to mangle", () => {
  it("keeps shared formulas, data validations and conditional formats of the user's sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Ledger");
    [10, 20, 30].forEach((n, i) => {
      sheet.getCell(`A${i + 1}`).value = n;
    });
    sheet.fillFormula("B1:B3", "A1*2", [20, 40, 60]);
    sheet.getCell("C1").dataValidation = { type: "list", allowBlank: true, formulae: ['"Open,Paid"'] };
    sheet.addConditionalFormatting({
      ref: "A1:A3",
      rules: [{ type: "cellIs", operator: "greaterThan", priority: 1, formulae: ["15"], style: { font: { bold: true } } }],
    });
    const inputBytes = await bufferOf(workbook);
    const opened = await openWorkbookBuffer(inputBytes, "ledger.xlsx");
    if (!opened.ok) throw new Error(opened.error.detail);
    await opened.value.writeOwnedSheets([worklist]);
    const outputParts = await readXlsxParts(await opened.value.toBuffer());
    const inputParts = await readXlsxParts(inputBytes);
    const xmlOf = (parts: Map<string, string>): string => parts.get(sheetPartPaths(parts).get("Ledger") ?? "") ?? "";
    const facts = (xml: string): string[] => rawCells(xml).map((cell) => `${cell.address}|${cell.formula ?? ""}|${cell.value ?? ""}`);
    expect(facts(xmlOf(outputParts))).toEqual(facts(xmlOf(inputParts)));
    expect(xmlOf(outputParts)).toMatch(/<f t="shared" ref="B1:B3" si="0">A1\*2<\/f>/);
    const section = (xml: string, tag: string): string => new RegExp(`<${tag}[\\s\\S]*?</${tag}>`).exec(xml)?.[0] ?? "missing";
    expect(section(xmlOf(outputParts), "dataValidations")).toBe(section(xmlOf(inputParts), "dataValidations"));
    expect(section(xmlOf(outputParts), "conditionalFormatting")).toBe(section(xmlOf(inputParts), "conditionalFormatting"));
  });
});
