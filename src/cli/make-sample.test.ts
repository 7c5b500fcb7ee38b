import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { main, parseMakeSampleArgs } from "./make-sample";

describe("make-sample", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "collect-make-sample-"));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    { name: "just the file", argv: ["out.xlsx"], expected: { out: "out.xlsx", seed: 20261130, asOf: "2026-11-30", dateFormat: "dd/mm/yyyy" } },
    { name: "seed, as-of date and ISO dates", argv: ["--seed", "7", "b.xlsx", "--as-of", "2027-01-15", "--iso-dates"], expected: { out: "b.xlsx", seed: 7, asOf: "2027-01-15", dateFormat: "yyyy-mm-dd" } },
  ])("reads $name", ({ argv, expected }) => {
    expect(parseMakeSampleArgs(argv)).toEqual({ ok: true, value: expected });
  });

  it.each([
    { name: "no file", argv: [], message: /name the .xlsx file/ },
    { name: "a .csv file", argv: ["out.csv"], message: /must be an .xlsx/ },
    { name: "two files", argv: ["a.xlsx", "b.xlsx"], message: /only one output file/ },
    { name: "a seed that is not a number", argv: ["a.xlsx", "--seed", "abc"], message: /whole number/ },
    { name: "a missing value", argv: ["a.xlsx", "--as-of"], message: /needs a value/ },
    { name: "an unknown option", argv: ["a.xlsx", "--colour"], message: /unknown option --colour/ },
  ])("refuses $name", ({ argv, message }) => {
    const parsed = parseMakeSampleArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it("writes a workbook ExcelJS can open and exits 0", async () => {
    const out = join(dir, "sample.xlsx");
    const stdout = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
    try {
      expect(await main([out])).toBe(0);
    } finally {
      stdout.mockRestore();
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(out) as unknown as ExcelJS.Buffer);
    expect(workbook.getWorksheet("Invoices")?.rowCount).toBeGreaterThan(400);
  });

  it("exits 2 with a message for an as-of date that is not a date", async () => {
    const stderr = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      expect(await main([join(dir, "x.xlsx"), "--as-of", "2026-13-01"])).toBe(2);
      expect(String(stderr.mock.calls[0]?.[0])).toMatch(/asOf must be a real date/);
    } finally {
      stderr.mockRestore();
    }
  });
});
