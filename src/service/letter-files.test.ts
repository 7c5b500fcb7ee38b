import { simpleParser } from "mailparser";
import Papa from "papaparse";
import { docxText } from "../../test/golden/docx-text";
import { sampleHost, SAMPLE_AS_OF } from "../../test/helpers/sample-book";
import { DOCX_MIME, emlDraftFile, EML_MIME, lettersDocxFile, mergeCsvFile } from "./letter-files";
import { analyseWorkbook, type CollectRun } from "./run-collect";

let run: CollectRun;
beforeAll(async () => {
  run = await analyseWorkbook(await sampleHost(), { asOf: SAMPLE_AS_OF });
});

describe("letter files for the task pane", () => {
  it("puts every letter in one Word file (a zip whose document names each customer)", async () => {
    const file = await lettersDocxFile(run.letters, run.asOf);
    expect(file).toMatchObject({ fileName: "Collect letters 2026-11-30.docx", mimeType: DOCX_MIME });
    const text = await docxText(Buffer.from(file.content as Uint8Array));
    expect(run.letters.length).toBeGreaterThan(0);
    const missing = run.letters.filter((letter) => !text.includes(letter.customerName)).map((letter) => letter.customerName);
    expect(missing).toEqual([]);
  });

  it("makes an Outlook draft per letter with a recipient, which mailparser reads as an unsent message", async () => {
    const letter = run.letters.find((l) => l.email !== null);
    const file = letter === undefined ? null : emlDraftFile(letter);
    expect(file?.mimeType).toBe(EML_MIME);
    const parsed = await simpleParser(String(file?.content));
    expect(parsed.headers.get("x-unsent")).toBe("1");
    expect(parsed.subject).toBe(letter?.subject);
    expect(parsed.text).toContain(letter?.table.rows[0]?.invoiceNo);
  });

  it("gives no draft for a letter without an e-mail address", () => {
    const letter = run.letters[0];
    if (letter === undefined) throw new Error("no letters");
    expect(emlDraftFile({ ...letter, email: null })).toBeNull();
  });

  it("writes the mail-merge source as a CSV with one row per letter", () => {
    const file = mergeCsvFile(run.letters, run.asOf);
    const text = String(file.content);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(text.slice(1), { newline: "\r\n", skipEmptyLines: true }).data;
    expect(rows).toHaveLength(run.letters.length + 1);
    expect(rows[0]?.[0]).toBe("customer_key");
  });
});
