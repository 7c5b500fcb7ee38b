import JSZip from "jszip";
import { demoLetterJobs, makeLetterJob, makeLine } from "../core/letters/_lib/letter-job-factory";
import { defaultLetterTemplates } from "../core/letters/default-templates";
import { renderLetters } from "../core/letters/render-letter";
import { docxText, documentText, documentXml } from "../../test/golden/docx-text";
import { NoLettersError, writeLettersDocx, writeLettersDocxBytes } from "./write-letters-docx";

const TEMPLATES = defaultLetterTemplates();

describe("writeLettersDocx", () => {
  const letters = renderLetters(demoLetterJobs(), TEMPLATES).value;
  let xml = "";
  let docx: Buffer = Buffer.alloc(0);
  beforeAll(async () => {
    docx = await writeLettersDocx(letters);
    xml = await documentXml(docx);
  });

  it("puts every letter in one file, each after the first on a new page", () => {
    expect(letters).toHaveLength(4);
    expect(xml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(letters.length - 1);
  });

  it("contains each customer's name, amounts and invoice numbers as Word shows them", () => {
    const text = documentText(xml);
    for (const letter of letters) {
      expect(text).toContain(letter.customerName);
      expect(text).toContain(letter.subject);
      for (const row of letter.table.rows) {
        expect(text).toContain(row.invoiceNo);
        expect(text).toContain(row.balance);
      }
      for (const total of letter.table.totals) expect(text).toContain(total.amount);
    }
    expect(text).toContain("| INV-10231 | 30 Aug 2026 | 29 Sep 2026 | £1,284.50 | £1,284.50 | 62 |");
    expect(text).toContain("| INV-10188 | 28.09.2026 | 28.10.2026 | 2.350,00\u00A0€ | 2.350,00\u00A0€ | 33 |");
  });

  it("lays each letter out as a business letter: letterhead, address, date, subject, body, table, sign-off", () => {
    const first = documentText(xml).split("=== page break ===")[0] ?? "";
    const order = ["Harbour Lane Supplies Ltd", "Dean Whitlock\nQuayside Kitchen & Bar Ltd\n14 Town Quay", "30 November 2026", "Account: C001",
      "Final notice: payment of", "Dear Dean Whitlock,", "| Invoice | Date | Due | Amount | Balance | Days overdue |", "Yours sincerely,", "Priya Shah\nCredit Control\nHarbour Lane Supplies Ltd"];
    const positions = order.map((part) => first.indexOf(part));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("uses A4, 2.5 cm margins, Calibri and named styles, with the registration line in the footer", async () => {
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(xml).toMatch(/<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417"/);
    const zip = await JSZip.loadAsync(docx);
    const styles = await zip.file("word/styles.xml")?.async("string");
    expect(styles).toContain('w:ascii="Calibri"');
    expect(styles).toContain('w:styleId="CollectBody"');
    const footers = await Promise.all(Object.keys(zip.files).filter((name) => /^word\/footer\d*\.xml$/.test(name)).map((name) => zip.file(name)?.async("string")));
    expect(footers.join("")).toContain("Company no. 08123456 · VAT no. GB 123 4567 89");
  });

  it("makes the pay-now link a real hyperlink", async () => {
    const zip = await JSZip.loadAsync(docx);
    const rels = await zip.file("word/_rels/document.xml.rels")?.async("string");
    expect(rels).toContain('Target="https://pay.example.com/harbour-lane" TargetMode="External"');
    expect(xml).toContain("<w:hyperlink");
  });

  it("keeps hostile cell text as escaped text, never markup, and drops control characters", async () => {
    const [letter] = renderLetters([makeLetterJob({
      customer: { name: "<w:p>Evil</w:p> & Co\u0007", contactPerson: "<script>alert(1)</script>", address: "=cmd|' /C calc'!A0\nشركة الأمل 🌙" },
      lines: [makeLine("]]><x/>", 100_00, 20)],
    })], TEMPLATES).value;
    if (letter === undefined) throw new Error("withheld");
    const hostileXml = await documentXml(await writeLettersDocx([letter]));
    expect(hostileXml).not.toContain("<script>");
    expect(hostileXml).not.toContain("<w:p>Evil");
    expect(hostileXml).not.toContain("\u0007");
    expect(hostileXml).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    const text = documentText(hostileXml);
    expect(text).toContain("<w:p>Evil</w:p> & Co");
    expect(text).toContain("]]><x/>");
    expect(text).toContain("=cmd|' /C calc'!A0\nشركة الأمل 🌙");
  });

  it("throws NoLettersError when there is nothing to write", async () => {
    await expect(writeLettersDocx([])).rejects.toThrow(NoLettersError);
  });

  it("reads back through docxText", async () => {
    expect(await docxText(docx)).toBe(documentText(xml));
  });
});

describe("writeLettersDocxBytes (the task pane's browser-safe variant)", () => {
  const letters = renderLetters(demoLetterJobs(), TEMPLATES).value;

  it("gives plain bytes of the same Word document as writeLettersDocx", async () => {
    const bytes = await writeLettersDocxBytes(letters);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.isBuffer(bytes)).toBe(false);
    // The text, not the raw XML: hyperlink relationship ids are random on every pack.
    const fromBytes = await docxText(Buffer.from(bytes));
    const fromBuffer = await docxText(await writeLettersDocx(letters));
    expect(fromBytes).toBe(fromBuffer);
    expect(fromBytes).toContain(letters[0]?.customerName);
  });

  it("refuses an empty list with NoLettersError", async () => {
    await expect(writeLettersDocxBytes([])).rejects.toThrow(NoLettersError);
  });
});
