import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { generateSampleBook } from "./generate-sample";
import { AMOUNT_FORMAT, SAMPLE_SHEETS, sampleBookToBuffer, writeSampleBook } from "./write-sample";
import { toDosTimestamp } from "./_lib/zip-timestamps";

const BOOK = generateSampleBook();
const EXPECTED_HEADERS: Readonly<Record<string, readonly string[]>> = {
  [SAMPLE_SHEETS.invoices]: ["Invoice No", "Customer ID", "Customer Name", "Invoice Date", "Terms", "Due Date", "Amount", "Currency", "Paid", "Balance", "Status", "Disputed", "Notes"],
  [SAMPLE_SHEETS.payments]: ["Payment Date", "Customer ID", "Invoice No", "Amount", "Method", "Reference"],
  [SAMPLE_SHEETS.customers]: ["Customer ID", "Customer Name", "Contact Person", "Email", "Phone", "Billing Address", "Segment", "Credit Limit", "Currency", "Payment Terms", "Language", "Collector", "On Hold"],
  [SAMPLE_SHEETS.contactLog]: ["Date", "Customer ID", "Person", "Channel", "Notes", "Promise Amount", "Promise Date"],
};

let dir = "";
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "collect-sample-"));
  const path = join(dir, "sample.xlsx");
  await writeSampleBook(BOOK, path);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function sheet(name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (found === undefined) throw new Error(`sheet ${name} missing`);
  return found;
}

/** Rows 2…last of a sheet (below the header). */
function dataRows(name: string): ExcelJS.Row[] {
  const ws = sheet(name);
  return Array.from({ length: ws.rowCount - 1 }, (_, i) => ws.getRow(i + 2));
}

function headerOf(ws: ExcelJS.Worksheet): string[] {
  const values: string[] = [];
  ws.getRow(1).eachCell((cell) => values.push(String(cell.value)));
  return values;
}

const cents = (value: ExcelJS.CellValue): number => Math.round(Number(value ?? 0) * 100);
const isoOf = (value: ExcelJS.CellValue): string => (value instanceof Date ? value.toISOString().slice(0, 10) : `not a date: ${String(value)}`);

describe("writeSampleBook", () => {
  it("writes the five sheets in tab order", () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Invoices", "Payments", "Customers", "Contact Log", "Company"]);
  });

  it.each(Object.entries(EXPECTED_HEADERS).map(([name, headers]) => ({ name, headers })))(
    "gives $name a bold, frozen header row with an autofilter over every row",
    ({ name, headers }) => {
      const ws = sheet(name);
      expect(headerOf(ws)).toEqual(headers);
      expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(JSON.stringify(ws.autoFilter)).toContain(`${ws.rowCount}`);
      // ExcelJS drops a width of exactly 9 (its default) on write, so every column must have another width.
      for (const [index] of headers.entries()) expect(ws.getColumn(index + 1).width).toBeGreaterThanOrEqual(8);
    },
  );

  it("writes one row per item", () => {
    expect(sheet("Invoices").rowCount).toBe(BOOK.invoices.length + 1);
    expect(sheet("Payments").rowCount).toBe(BOOK.payments.length + 1);
    expect(sheet("Customers").rowCount).toBe(BOOK.customers.length + 1);
    expect(sheet("Contact Log").rowCount).toBe(BOOK.contactLog.length + 1);
  });

  it("writes dates as real date cells with a day/month/year format", () => {
    const first = BOOK.invoices[0];
    const row = sheet("Invoices").getRow(2);
    expect(row.getCell(1).value).toBe(first?.invoiceNo);
    for (const [column, expected] of [[4, first?.invoiceDate], [6, first?.dueDate]] as const) {
      const cell = row.getCell(column);
      expect(cell.value).toBeInstanceOf(Date);
      expect(isoOf(cell.value)).toBe(expected);
      expect(cell.numFmt).toMatch(/d/);
      expect(cell.numFmt).toMatch(/m/);
      expect(cell.numFmt).toMatch(/y/);
    }
    const payment = sheet("Payments").getRow(2).getCell(1);
    expect(isoOf(payment.value)).toBe(BOOK.payments[0]?.paymentDate);
  });

  it("formats amounts #,##0.00 and keeps Balance = Amount − Paid on every invoice row", () => {
    const ws = sheet("Invoices");
    for (let r = 2; r <= ws.rowCount; r += 1) {
      const row = ws.getRow(r);
      const expected = BOOK.invoices[r - 2];
      expect(cents(row.getCell(7).value)).toBe(expected?.amountCents);
      expect(cents(row.getCell(10).value)).toBe(cents(row.getCell(7).value) - cents(row.getCell(9).value));
      expect(row.getCell(7).numFmt).toBe(AMOUNT_FORMAT);
      expect(row.getCell(10).numFmt).toBe(AMOUNT_FORMAT);
    }
  });

  it("makes Paid on Invoices equal the sum of the Payments rows read back", () => {
    const paid = new Map<string, number>();
    for (const row of dataRows("Payments")) {
      const invoiceNo = String(row.getCell(3).value);
      paid.set(invoiceNo, (paid.get(invoiceNo) ?? 0) + cents(row.getCell(4).value));
    }
    for (const row of dataRows("Invoices")) expect(cents(row.getCell(9).value)).toBe(paid.get(String(row.getCell(1).value)) ?? 0);
  });

  it("writes flags as Yes or an empty cell, and credit memos as negative amounts", () => {
    const ws = sheet("Invoices");
    const flags = dataRows("Invoices").map((row) => row.getCell(12).value);
    expect(flags.every((flag) => flag === null || flag === "Yes")).toBe(true);
    const disputed = dataRows("Invoices").filter((row) => row.getCell(12).value === "Yes");
    expect(disputed).toHaveLength(2);
    const creditRow = BOOK.invoices.findIndex((invoice) => invoice.status === "Credit") + 2;
    expect(Number(ws.getRow(creditRow).getCell(7).value)).toBeLessThan(0);
    expect(ws.getRow(creditRow).getCell(5).value).toBeNull();
    const onHold = dataRows("Customers").filter((row) => row.getCell(13).value === "Yes").map((row) => row.getCell(1).value);
    expect(onHold).toEqual(["C031"]);
  });

  it("writes promises with an amount and a date cell, other notes with empty promise cells", () => {
    const rows = dataRows("Contact Log");
    for (const row of rows) expect(row.getCell(1).value).toBeInstanceOf(Date);
    const promises = rows.filter((row) => row.getCell(6).value !== null);
    const others = rows.filter((row) => row.getCell(6).value === null);
    expect(promises).toHaveLength(BOOK.contactLog.filter((entry) => entry.promiseCents !== null).length);
    for (const row of promises) {
      expect(row.getCell(7).value).toBeInstanceOf(Date);
      expect(row.getCell(6).numFmt).toBe(AMOUNT_FORMAT);
    }
    for (const row of others) expect(row.getCell(7).value).toBeNull();
  });

  it("writes the company's details as label/value rows, including the payment link", () => {
    const ws = sheet("Company");
    const rows: Record<string, string> = {};
    for (let r = 1; r <= ws.rowCount; r += 1) rows[String(ws.getRow(r).getCell(1).value)] = String(ws.getRow(r).getCell(2).value);
    expect(rows["Company name"]).toBe("Harbour Lane Supplies Ltd");
    expect(rows["Payment link"]).toBe("https://pay.example.com/harbour-lane");
  });

  it("sets fixed workbook properties from the as-of date", () => {
    expect(workbook.lastModifiedBy).toBe("Priya Shah");
    expect(workbook.modified?.toISOString()).toBe("2026-11-30T17:30:00.000Z");
    expect(workbook.created?.toISOString()).toBe("2026-11-30T17:30:00.000Z");
  });

  it("produces identical bytes for an identical book, on disk and in memory", async () => {
    const first = await sampleBookToBuffer(BOOK);
    const second = await sampleBookToBuffer(generateSampleBook());
    expect(first.equals(second)).toBe(true);
    expect(readFileSync(join(dir, "sample.xlsx")).equals(first)).toBe(true);
    // JSZip stamps entries with the clock; every local header must carry the as-of stamp instead.
    const stamp = toDosTimestamp(2026, 11, 30, 17, 30, 0);
    for (let offset = 0; offset + 14 <= first.length; offset += 1) {
      if (first.readUInt32LE(offset) !== 0x04034b50) continue;
      expect([first.readUInt16LE(offset + 10), first.readUInt16LE(offset + 12)]).toEqual([stamp.time, stamp.date]);
    }
  });

  it("writes ISO date formats on request, still as real dates", async () => {
    const iso = new ExcelJS.Workbook();
    await iso.xlsx.load((await sampleBookToBuffer(BOOK, { dateFormat: "yyyy-mm-dd" })) as unknown as ExcelJS.Buffer);
    const cell = iso.getWorksheet("Invoices")?.getRow(2).getCell(4);
    expect(cell?.numFmt).toBe("yyyy-mm-dd");
    expect(isoOf(cell?.value ?? null)).toBe(BOOK.invoices[0]?.invoiceDate);
  });
});
