import fc from "fast-check";
import Papa from "papaparse";
import { demoLetterJobs, makeLetterJob } from "../core/letters/_lib/letter-job-factory";
import { defaultLetterTemplates } from "../core/letters/default-templates";
import { renderLetters } from "../core/letters/render-letter";
import { mergeSourceRows, type MergeSource } from "./merge-source";
import { csvField, mergeCsvText, neutralizeFormula, writeMergeCsv } from "./write-merge-csv";

function parseCsv(buffer: Buffer): string[][] {
  const text = buffer.toString("utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<string[]>(text.slice(1), { newline: "\r\n" });
  expect(parsed.errors).toEqual([]);
  return parsed.data.filter((row) => !(row.length === 1 && row[0] === ""));
}

describe("neutralizeFormula", () => {
  it.each([
    { name: "an equals formula", text: "=HYPERLINK(\"http://evil.example\",\"Click\")", safe: "'=HYPERLINK(\"http://evil.example\",\"Click\")" },
    { name: "a DDE payload", text: "=cmd|' /C calc'!A0", safe: "'=cmd|' /C calc'!A0" },
    { name: "a plus", text: "+1+1", safe: "'+1+1" },
    { name: "a minus (a credit amount too)", text: "-£120.00", safe: "'-£120.00" },
    { name: "an at sign", text: "@SUM(A1)", safe: "'@SUM(A1)" },
    { name: "a leading tab", text: "\t=1", safe: "'\t=1" },
    { name: "a leading CR", text: "\r=1", safe: "'\r=1" },
  ])("neutralises $name", ({ text, safe }) => {
    expect(neutralizeFormula(text)).toBe(safe);
  });

  it.each([
    { name: "a name", text: "Quayside Kitchen & Bar Ltd" },
    { name: "an amount", text: "£1,284.50" },
    { name: "an equals sign later on", text: "a=b" },
    { name: "an empty cell", text: "" },
    { name: "emoji and Arabic", text: "🍰 شركة الأمل" },
  ])("leaves $name alone", ({ text }) => {
    expect(neutralizeFormula(text)).toBe(text);
  });
});

describe("csvField", () => {
  it.each([
    { name: "plain text", text: "abc", field: "abc" },
    { name: "a comma", text: "a,b", field: "\"a,b\"" },
    { name: "a quote", text: "say \"hi\"", field: "\"say \"\"hi\"\"\"" },
    { name: "a line break", text: "a\nb", field: "\"a\nb\"" },
    { name: "a leading space", text: " a", field: "\" a\"" },
  ])("writes $name", ({ text, field }) => {
    expect(csvField(text)).toBe(field);
  });
});

describe("writeMergeCsv", () => {
  it("writes UTF-8 with a BOM and CRLF records", () => {
    const csv = writeMergeCsv({ columns: ["a", "b"], rows: [["1", "x\ny"]] }).toString("utf8");
    expect(csv).toBe("\uFEFFa,b\r\n1,\"x\ny\"\r\n");
  });

  it("round-trips the mail-merge source of the demo letters through an RFC 4180 parser", () => {
    const source = mergeSourceRows(renderLetters(demoLetterJobs(), defaultLetterTemplates()).value);
    const rows = parseCsv(writeMergeCsv(source));
    expect(rows[0]).toEqual([...source.columns]);
    expect(rows.slice(1)).toEqual(source.rows.map((row) => row.map(neutralizeFormula)));
    expect(rows).toHaveLength(1 + 4);
  });

  it("cannot be made to run formulas, break records or lose text by hostile cells", () => {
    const hostile: MergeSource = {
      columns: ["customer_name", "contact_person", "note"],
      rows: [
        ["=cmd|' /C calc'!A0", "+SUM(1)", "-2+3"],
        ["@SUM(A1)", "\"quoted\", with comma", "line 1\r\nline 2\nline 3"],
        ["<script>alert(1)</script>", "🍰 شركة الأمل חברת אור", "\t=1"],
      ],
    };
    const rows = parseCsv(writeMergeCsv(hostile));
    expect(rows).toHaveLength(4);
    for (const row of rows.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows[2]?.[1]).toBe("\"quoted\", with comma");
    expect(rows[2]?.[2]).toBe("line 1\r\nline 2\nline 3");
    expect(rows[3]?.[1]).toBe("🍰 شركة الأمل חברת אור");
  });
});

describe("mergeSourceRows", () => {
  const letters = renderLetters([makeLetterJob({ customer: { cc: ["gm@x.example"] } }), makeLetterJob({ customer: { key: "C017", name: "Bramley", email: null } })], defaultLetterTemplates()).value;
  const source = mergeSourceRows(letters);
  const column = (name: string, row = 0): string | undefined => source.rows[row]?.[source.columns.indexOf(name)];

  it("has one row per letter and one column per merge field, named as Word merge fields", () => {
    expect(source.rows).toHaveLength(2);
    expect(source.columns).toContain("customer_name");
    expect(source.columns).toContain("invoice_table");
    expect(source.columns).toContain("invoice_list");
    for (const name of source.columns) expect(name).toMatch(/^[a-z][a-z0-9_]*$/);
    for (const row of source.rows) expect(row).toHaveLength(source.columns.length);
  });

  it("fills the columns from the letter", () => {
    expect(column("customer_name")).toBe("Quayside Kitchen & Bar Ltd");
    expect(column("email_to")).toBe("dean@quaysidekitchen.example");
    expect(column("email_cc")).toBe("gm@x.example");
    expect(column("email_to", 1)).toBe("");
    expect(column("address_block")).toBe("Dean Whitlock\nQuayside Kitchen & Bar Ltd\n14 Town Quay\nSouthampton\nSO14 2AQ");
    expect(column("invoice_list")?.split("\n")).toEqual([
      "INV-10231 · Due 29 Sep 2026 · Balance £1,284.50 · Days overdue 62",
      "INV-10307 · Due 13 Oct 2026 · Balance £446.00 · Days overdue 48",
      "CN-00412 (credit) · Balance -£120.00",
    ]);
    expect(column("letter_text")?.startsWith("Dear Dean Whitlock,")).toBe(true);
  });
});

describe("writeMergeCsv on any cell text (property)", () => {
  it("round-trips every row through an RFC 4180 parser, neutralised, with no cell starting a formula", () => {
    const text = fc.oneof(fc.string({ unit: "binary", maxLength: 40 }), fc.string({ unit: "binary-ascii", maxLength: 40 }));
    fc.assert(fc.property(fc.array(fc.tuple(text, text, text), { minLength: 1, maxLength: 8 }), (rows) => {
      const source: MergeSource = { columns: ["a", "b", "c"], rows };
      const parsed = parseCsv(writeMergeCsv(source));
      expect(parsed.slice(1)).toEqual(rows.map((row) => row.map(neutralizeFormula)));
      for (const row of parsed.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r\n]/);
    }), { numRuns: 200 });
  });
});

describe("mergeCsvText (the task pane's browser-safe variant)", () => {
  it("is the text of exactly the bytes writeMergeCsv writes", () => {
    const source = mergeSourceRows(renderLetters(demoLetterJobs(), defaultLetterTemplates()).value);
    const text = mergeCsvText(source);
    expect(Buffer.from(text, "utf8").equals(writeMergeCsv(source))).toBe(true);
    expect(text.startsWith("\uFEFFcustomer_key,")).toBe(true);
  });
});
