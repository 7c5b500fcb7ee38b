import { demoLetterJobs } from "../core/letters/_lib/letter-job-factory";
import { defaultLetterTemplates } from "../core/letters/default-templates";
import { renderLetters } from "../core/letters/render-letter";
import { docxText } from "../../test/golden/docx-text";
import { expectGolden } from "../../test/golden/golden";
import { writeEml } from "./write-eml";
import { writeLettersDocx } from "./write-letters-docx";

/** MIME boundaries are derived from a hash; the golden files show a fixed name so a hash change reads as one line. */
function normalizeEml(eml: string): string {
  return eml.replace(/=_collect_[0-9a-f]{16}/g, "=_collect_BOUNDARY");
}

describe("golden letters (UPDATE_GOLDEN=1 rewrites them; review the diff)", () => {
  const letters = renderLetters(demoLetterJobs(), defaultLetterTemplates()).value;

  it.each([
    { name: "letter-final-notice-en.eml", index: 0 },
    { name: "letter-firm-reminder-de.eml", index: 1 },
  ])("writes $name", ({ name, index }) => {
    const letter = letters[index];
    if (letter === undefined) throw new Error(`no demo letter ${index}`);
    expectGolden(name, normalizeEml(writeEml(letter)));
  });

  it("writes letters-demo.docx.txt", async () => {
    expectGolden("letters-demo.docx.txt", await docxText(await writeLettersDocx(letters)));
  });
});
