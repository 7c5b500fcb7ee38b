import { makeLetterJob } from "../core/letters/_lib/letter-job-factory";
import { defaultLetterTemplates } from "../core/letters/default-templates";
import { renderLetters } from "../core/letters/render-letter";
import { MERGE_SHEET_NAME, mergeSheet, mergeSourceRows } from "./merge-source";

describe("mergeSheet", () => {
  const source = mergeSourceRows(renderLetters([makeLetterJob()], defaultLetterTemplates()).value);
  const sheet = mergeSheet(source);

  it("is the Collect Merge sheet with a text column per source column", () => {
    expect(sheet.name).toBe(MERGE_SHEET_NAME);
    expect(sheet.columns.map((column) => column.header)).toEqual(source.columns);
    expect(sheet.columns.every((column) => column.numberFormat === "@")).toBe(true);
    expect(sheet.rows).toEqual(source.rows);
  });

  it("tells the bookkeeper how to use it in Word", () => {
    expect(String(sheet.preamble?.[0]?.[0])).toContain("Mailings");
  });

  it.each([
    { name: "no letters", letters: 0 },
  ])("has only the header with $name", ({ letters }) => {
    expect(mergeSheet(mergeSourceRows([])).rows).toHaveLength(letters);
  });
});
