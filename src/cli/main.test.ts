import fs from "fs";
import os from "os";
import path from "path";
import { main, type Output } from "./main";

const SAMPLE = path.join(__dirname, "..", "..", "assets", "sample.xlsx");

async function collect(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Output = { out: (text) => out.push(text), err: (text) => err.push(text) };
  const code = await main(argv, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("collect inspect", () => {
  it("prints the contract's JSON: file, sheets, counts, open balance per currency to the cent, issues", async () => {
    const { code, out } = await collect("inspect", SAMPLE, "--json");
    expect(code).toBe(0);
    const json = JSON.parse(out) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(expect.arrayContaining(["file", "sheets", "invoices", "openInvoices", "customers", "openBalance", "issues"]));
    expect(json).toMatchObject({ invoices: 510, customers: 40, openBalance: { GBP: 111768.64, EUR: 352.48 } });
    expect(json.sheets).toEqual(expect.arrayContaining([expect.objectContaining({ name: "Invoices", role: "invoices", headerRow: 1 })]));
    expect(json.issues).toEqual([expect.objectContaining({ sheet: "Company", severity: "info" })]);
  });

  it("prints a readable summary", async () => {
    const { code, out } = await collect("inspect", SAMPLE);
    expect(code).toBe(0);
    expect(out).toContain('Sheet "Invoices": invoice register, header on row 1');
    expect(out).toContain("Open balance: EUR 352.48, GBP 111,768.64");
  });
});

describe("collect run", () => {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "collect-cli-"));
  afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

  it("prints asOf, worklist, metrics and outputs, and writes them", async () => {
    const { code, out } = await collect("run", SAMPLE, "--as-of", "2026-11-30", "--out", outDir, "--json");
    expect(code).toBe(0);
    const json = JSON.parse(out) as { asOf: string; worklist: Record<string, unknown>[]; metrics: unknown[]; outputs: Record<string, string | string[]> };
    expect(json.asOf).toBe("2026-11-30");
    expect(json.worklist[0]).toEqual(expect.objectContaining({ customer: "Quayside Kitchen & Bar Ltd", stage: "6 Final notice", channel: "letter" }));
    for (const row of json.worklist) expect(Object.keys(row)).toEqual(expect.arrayContaining(["customer", "stage", "priority", "action", "channel", "reason"]));
    expect(json.metrics).toEqual(expect.arrayContaining([expect.objectContaining({ currency: "GBP", openBalance: 111768.64 })]));
    // The 13-week cash forecast per currency, reconciled to the receivables, and each row's late-payment risk.
    const gbp = (json.metrics as { currency: string; receivables: number; cashForecast?: { basis: string; weeks: { weekStart: string; amount: number }[]; later: number; undated: number; total: number; difference: number } }[]).find((m) => m.currency === "GBP");
    expect(gbp?.cashForecast).toMatchObject({ basis: "model", difference: 0, total: gbp?.receivables });
    expect(gbp?.cashForecast?.weeks).toHaveLength(13);
    expect(gbp?.cashForecast?.weeks[0]?.weekStart).toBe("2026-11-30");
    expect(json.worklist[0]).toEqual(expect.objectContaining({ scenario: "Late-payer risk", riskBand: "high" }));
    expect(fs.existsSync(json.outputs.workbook as string)).toBe(true);
    expect(fs.existsSync(json.outputs.docx as string)).toBe(true);
    expect((json.outputs.eml as string[]).length).toBeGreaterThan(0);
    expect(fs.existsSync(json.outputs.mergeSource as string)).toBe(true);
  });

  it("never modifies the input file", async () => {
    const before = fs.readFileSync(SAMPLE);
    await collect("run", SAMPLE, "--as-of", "2026-11-30", "--out", outDir);
    expect(fs.readFileSync(SAMPLE).equals(before)).toBe(true);
  });
});

describe("unusable input exits 2 with a message", () => {
  const xls = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "collect-xls-")), "book.xls");
  fs.writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  it.each([
    { name: "a missing file", argv: ["inspect", "no-such-book.xlsx"], message: "no-such-book.xlsx: there is no such file" },
    { name: "an old .xls", argv: ["inspect", xls], message: "Save the workbook as .xlsx" },
    { name: "a bad --as-of", argv: ["run", SAMPLE, "--as-of", "30/11/2026"], message: "--as-of needs a date written YYYY-MM-DD" },
    { name: "no file named", argv: ["run"], message: "name a workbook file" },
    { name: "an unknown command", argv: ["frobnicate", SAMPLE], message: 'unknown command "frobnicate"' },
  ])("$name", async ({ argv, message }) => {
    const { code, err } = await collect(...argv);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });
});
