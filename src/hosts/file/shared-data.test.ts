import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { SHARED_DATA_NOTE, describeWithSharedData, sharedDataPath } from "../../../test/helpers/shared-data";
import { rawCells, readXlsxParts, sheetPartPaths, type RawCell } from "../../../test/helpers/xlsx-parts";
import { openWorkbookFile, type FileHost } from "./index";

const ILS = "ar_aging_report_formulas_ils.xlsx";
const IBM = "WA_Fn-UseC_-Accounts-Receivable.csv";
const HIGHRADIUS = "highradius_open_invoices_with_predictions.csv";

async function open(fileName: string): Promise<FileHost> {
  const opened = await openWorkbookFile(sharedDataPath(fileName));
  if (!opened.ok) throw new Error(`${opened.error.code}: ${opened.error.detail}`);
  return opened.value;
}

const collectSheets = [
  {
    name: "Collect Worklist",
    columns: [{ header: "Customer" }, { header: "Open", numberFormat: "#,##0.00" }],
    rows: [
      ["=HYPERLINK(\"x\")", 1],
      ["Arava Motors Ltd", 2],
    ],
  },
  { name: "Collect Log", columns: [{ header: "Date", numberFormat: "yyyy-mm-dd" }], rows: [[46219]] },
];

interface CellFacts {
  readonly type: ExcelJS.ValueType;
  readonly text: string;
  readonly numFmt: string;
  readonly style: string;
}

/** JSON with object keys sorted, so two equal styles compare equal whatever order ExcelJS built them in. */
function sortedJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

/** What a bookkeeper would call a cell: its value (or formula and cached result) and its number format, per address. */
function cellFacts(worksheet: ExcelJS.Worksheet): Map<string, CellFacts> {
  const facts = new Map<string, CellFacts>();
  worksheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      facts.set(cell.address, { type: cell.type, text: JSON.stringify(cell.model, ["formula", "sharedFormula", "result", "value", "text", "richText", "error"]), numFmt: cell.numFmt ?? "", style: sortedJson(cell.style) });
    });
  });
  return facts;
}

/** Formula text and cached value (non-string cells) as written in the XML, per address. */
function rawFacts(cells: readonly RawCell[]): Map<string, string> {
  const facts = new Map<string, string>();
  for (const cell of cells) {
    const isStringCell = cell.type === "s" || cell.type === "inlineStr";
    facts.set(cell.address, JSON.stringify({ formula: cell.formula, value: isStringCell ? "(text)" : cell.value }));
  }
  return facts;
}

describeWithSharedData(`FileHost on the files in ../shared/data${SHARED_DATA_NOTE}`, () => {
  it("keeps every cell of the ILS workbook's own sheets identical after writing Collect sheets and saving", async () => {
    const inputBytes = await readFile(sharedDataPath(ILS));
    const host = await open(ILS);
    await host.writeOwnedSheets(collectSheets);
    const outputBytes = await host.toBuffer();

    const before = new ExcelJS.Workbook();
    await before.xlsx.load(inputBytes as unknown as ExcelJS.Buffer);
    const after = new ExcelJS.Workbook();
    await after.xlsx.load(outputBytes as unknown as ExcelJS.Buffer);
    expect(after.worksheets.map((sheet) => sheet.name)).toEqual(["Aging Report", "Open Invoices", "Collect Worklist", "Collect Log"]);
    for (const sheet of before.worksheets) {
      const output = after.getWorksheet(sheet.name);
      expect(output).toBeDefined();
      if (output === undefined) continue;
      const expected = cellFacts(sheet);
      expect(expected.size).toBeGreaterThan(50);
      expect(cellFacts(output)).toEqual(expected);
      expect(output.views).toEqual(sheet.views);
      expect(output.columns.map((column) => column.width)).toEqual(sheet.columns.map((column) => column.width));
    }
    expect(after.definedNames.model).toEqual([{ name: "AsOfDate", ranges: ["'Aging Report'!$B$2"] }]);
    expect(after.properties.date1904).toBe(before.properties.date1904);

    // Below ExcelJS: the formula text and cached values written in the XML are the input's, cell by cell.
    const inputParts = await readXlsxParts(inputBytes);
    const outputParts = await readXlsxParts(outputBytes);
    const inputPaths = sheetPartPaths(inputParts);
    const outputPaths = sheetPartPaths(outputParts);
    for (const name of ["Aging Report", "Open Invoices"]) {
      const inputCells = rawCells(inputParts.get(inputPaths.get(name) ?? "") ?? "");
      const outputCells = rawCells(outputParts.get(outputPaths.get(name) ?? "") ?? "");
      expect(inputCells.length).toBeGreaterThan(50);
      expect(rawFacts(outputCells)).toEqual(rawFacts(inputCells));
      const conditionalFormats = (xml: string): string[] =>
        [...xml.matchAll(/<conditionalFormatting[\s\S]*?<\/conditionalFormatting>/g)].map((m) => m[0].replace(/\s+\/>/g, "/>"));
      expect(conditionalFormats(outputParts.get(outputPaths.get(name) ?? "") ?? "")).toEqual(
        conditionalFormats(inputParts.get(inputPaths.get(name) ?? "") ?? ""),
      );
    }
  });

  it("reads the ILS summary sheet with formula results (cached zeros included), dates as serials and formats", async () => {
    const host = await open(ILS);
    expect(await host.listSheets()).toEqual(["Aging Report", "Open Invoices"]);
    expect(await host.dateSystem()).toBe("1900");
    const [summary, invoices] = await host.readSheets(["Aging Report", "Open Invoices"]);
    expect(summary?.values[1]?.slice(0, 2)).toEqual(["As of:", 46219]);
    expect(summary?.numberFormats[1]?.[1]).toBe("yyyy-mm-dd");
    expect(summary?.values[5]).toEqual(["Yizrael Import Ltd", 88200, 0, 0, 0, 1411020, 1499220]);
    expect(summary?.numberFormats[5]?.[1]).toBe('#,##0;(#,##0);"-"');
    expect(invoices?.values[1]).toEqual(["INV-2025-0010", "Arava Motors Ltd", "Overdue", 45881, 45911, 308, "90+", 15725]);
  });

  it("reads the IBM CSV as text with leading zeros kept, one row per record", async () => {
    const host = await open(IBM);
    expect(host.csvReadInfo).toMatchObject({ sheetName: "WA_Fn-UseC_-Accounts-Receivable", encoding: "utf-8", delimiter: ",", problems: [] });
    const [grid] = await host.readSheets(["WA_Fn-UseC_-Accounts-Receivable"]);
    expect(grid?.values).toHaveLength(2467);
    expect(grid?.values[0]).toHaveLength(12);
    expect(grid?.values[1]?.slice(0, 6)).toEqual(["391", "0379-NEVHP", "4/6/2013", "0000611365", "1/2/2013", "2/1/2013"]);
  });

  it("reads the HighRadius CSV under Excel's 31-character sheet name and saves it as a text sheet before the Collect sheets", async () => {
    const host = await open(HIGHRADIUS);
    const [name] = await host.listSheets();
    expect(name).toBe("highradius_open_invoices_with_p");
    const [grid] = await host.readSheets([name ?? ""]);
    expect(grid?.values).toHaveLength(9701);
    expect(grid?.values[1]?.slice(2, 4)).toEqual(["0200706844", "WINC co"]);
    await host.writeOwnedSheets(collectSheets);
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load((await host.toBuffer()) as unknown as ExcelJS.Buffer);
    expect(saved.worksheets.map((sheet) => sheet.name)).toEqual([name, "Collect Worklist", "Collect Log"]);
    const cell = saved.getWorksheet(name ?? "")?.getCell("C2");
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    expect(cell?.value).toBe("0200706844");
  });
});
