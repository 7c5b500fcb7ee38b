/**
 * The real-consumer check for the Word file: LibreOffice opens the demo .docx and prints it to PDF, and the PDF has
 * one page per letter with each customer's name and amounts on it. Needs `soffice` (Debian:
 * libreoffice-writer-nogui) and poppler's `pdfinfo`/`pdftotext`; without them the suite skips and says so.
 * Set LETTER_PDF_OUT=<dir> to keep the .docx and .pdf (docs/letter-*.png are made from them with pdftoppm).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { demoLetterJobs } from "../core/letters/_lib/letter-job-factory";
import { defaultLetterTemplates } from "../core/letters/default-templates";
import { renderLetters } from "../core/letters/render-letter";
import { writeLettersDocx } from "./write-letters-docx";

const CONVERT_TIMEOUT_MS = 180_000;

function hasCommand(command: string, args: readonly string[]): boolean {
  const probe = spawnSync(command, args, { stdio: "ignore", timeout: 60_000 });
  return probe.error === undefined && probe.status === 0;
}

const toolsPresent = hasCommand("soffice", ["--version"]) && hasCommand("pdfinfo", ["-v"]) && hasCommand("pdftotext", ["-v"]);
const describeWithLibreOffice = toolsPresent ? describe : describe.skip;
const reason = toolsPresent ? "" : " (skipped: LibreOffice `soffice` or poppler `pdfinfo`/`pdftotext` is not installed; apt-get install libreoffice-writer-nogui poppler-utils)";
// Jest does not print the names of a wholly skipped file, so say why here, once.
if (!toolsPresent) console.warn(`render-letters-pdf.test.ts${reason}`);

describeWithLibreOffice(`the demo letters printed by LibreOffice${reason}`, () => {
  const letters = renderLetters(demoLetterJobs(), defaultLetterTemplates()).value;
  let pdf = "";
  let work = "";

  beforeAll(async () => {
    work = process.env.LETTER_PDF_OUT ?? fs.mkdtempSync(path.join(os.tmpdir(), "collect-letters-"));
    fs.mkdirSync(work, { recursive: true });
    const docx = path.join(work, "letters-demo.docx");
    fs.writeFileSync(docx, await writeLettersDocx(letters));
    // A private profile, so a LibreOffice the user has open (or a parallel test run) cannot block the conversion.
    const profile = `file://${path.join(work, "lo-profile")}`;
    const run = spawnSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", work, docx], { encoding: "utf8", timeout: CONVERT_TIMEOUT_MS });
    if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
    pdf = path.join(work, "letters-demo.pdf");
  }, CONVERT_TIMEOUT_MS);

  afterAll(() => {
    if (process.env.LETTER_PDF_OUT === undefined && work !== "") fs.rmSync(work, { recursive: true, force: true });
  });

  it("prints one A4 page per letter", () => {
    const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout;
    expect(info).toMatch(new RegExp(`Pages:\\s+${letters.length}\\n`));
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  });

  it.each([1, 2, 3, 4])("shows the customer, the subject and the amounts on page %i", (page) => {
    const letter = letters[page - 1];
    if (letter === undefined) throw new Error(`no letter for page ${page}`);
    const text = spawnSync("pdftotext", ["-f", String(page), "-l", String(page), "-layout", pdf, "-"], { encoding: "utf8" }).stdout.replace(/\u00A0/g, " ");
    expect(text).toContain(letter.customerName);
    expect(text).toContain(letter.subject.replace(/\u00A0/g, " "));
    for (const row of letter.table.rows) expect(text).toContain(row.invoiceNo);
    const last = letter.table.totals.at(-1);
    expect(text).toContain((last?.amount ?? "").replace(/\u00A0/g, " "));
    expect(text).toContain(letter.signOff.closing);
  });
});
