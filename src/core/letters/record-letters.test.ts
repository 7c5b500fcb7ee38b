import type { IsoDate } from "../dates/iso-date";
import { makeLetterJob } from "./_lib/letter-job-factory";
import { defaultLetterTemplates } from "./default-templates";
import { recordLetters } from "./record-letters";
import { renderLetters } from "./render-letter";

describe("recordLetters", () => {
  const letters = renderLetters([makeLetterJob(), makeLetterJob({ customer: { key: "C017", name: "Bramley & Daughters Hardware", email: null } })], defaultLetterTemplates()).value;

  it("logs one contact per letter, as an e-mail when a draft was made and as a letter otherwise", () => {
    expect(recordLetters(letters, "2026-11-30" as IsoDate)).toEqual([
      expect.objectContaining({ date: "2026-11-30", customerKey: "C001", channel: "e-mail", stage: "Final notice", template: "final-notice", person: "Dean Whitlock", source: "Customers!A2" }),
      expect.objectContaining({ date: "2026-11-30", customerKey: "C017", channel: "letter", stage: "Final notice", template: "final-notice", person: null }),
    ]);
  });

  it("records the subject as what was discussed and nothing the letter did not do", () => {
    const [entry] = recordLetters(letters, "2026-11-30" as IsoDate);
    expect(entry?.discussed).toBe("Final notice: payment of £1,610.50 due by 14 December 2026");
    expect(entry).toMatchObject({ promiseCents: null, promiseDate: null, disputeOpened: false, invoiceNo: null });
  });

  it("logs nothing for no letters", () => {
    expect(recordLetters([], "2026-11-30" as IsoDate)).toEqual([]);
  });
});
