import type { IsoDate } from "../dates/iso-date";
import type { Cents } from "../money/cents";
import { cell, makeGermanJob, makeLetterJob, makeLine } from "./_lib/letter-job-factory";
import { defaultLetterTemplates } from "./default-templates";
import type { LetterTemplate } from "./letter-template";
import { letterBodyText } from "./letter-plain-text";
import { renderLetter, renderLetters } from "./render-letter";
import type { RenderedLetter } from "./rendered-letter";

const TEMPLATES = defaultLetterTemplates();

function rendered(job = makeLetterJob()): RenderedLetter {
  const result = renderLetter(job, TEMPLATES);
  if (result.value === null) throw new Error(`withheld: ${JSON.stringify(result.issues)}`);
  return result.value;
}

function templateWith(body: string, subject = "Reminder"): LetterTemplate {
  return { id: "final-notice", language: "en", tone: "firm", subject, body, subjectCell: cell("'Collect Letters'!D30"), bodyCell: cell("'Collect Letters'!E30") };
}

describe("renderLetter: one consolidated letter per customer", () => {
  it("writes the English final notice with the deadline, the invoices and the payment details", () => {
    const letter = rendered();
    expect(letter.subject).toBe("Final notice: payment of £1,610.50 due by 14 December 2026");
    expect(letter.date).toBe("30 November 2026");
    expect(letter.recipientLines).toEqual(["Dean Whitlock", "Quayside Kitchen & Bar Ltd", "14 Town Quay", "Southampton", "SO14 2AQ"]);
    expect(letter.reference).toBe("Account: C001");
    expect(letter.table.rows.map((row) => row.invoiceNo)).toEqual(["INV-10231", "INV-10307", "CN-00412 (credit)"]);
    const text = letterBodyText(letter);
    expect(text).toContain("Dear Dean Whitlock,");
    expect(text).toContain("The oldest is now 62 days overdue.");
    expect(text).toContain("Unless we receive payment of £1,610.50 in full by 14 December 2026");
    expect(text).toContain("Sort code: 60-16-13");
    expect(letter.signOff).toEqual({ closing: "Yours sincerely,", name: "Priya Shah", title: "Credit Control", company: "Harbour Lane Supplies Ltd" });
    expect(letter.email?.to).toEqual([{ name: "Dean Whitlock", address: "dean@quaysidekitchen.example" }]);
    expect(letter.email?.bcc).toEqual([{ name: null, address: "accounts@harbourlanesupplies.example" }]);
  });

  it("writes German letters in German with German amounts and dates", () => {
    const letter = rendered(makeGermanJob());
    expect(letter.language).toBe("de");
    expect(letter.locale).toBe("de-DE");
    expect(letter.subject).toBe("2. Mahnung: 3.470,40 € überfällig");
    expect(letter.date).toBe("30. November 2026");
    expect(letter.signOff.closing).toBe("Mit freundlichen Grüßen");
    expect(letterBodyText(letter)).toContain("Guten Tag Klaus Brandt,\n\ntrotz unserer Zahlungserinnerung");
  });

  it("greets an unnamed reader as Sir or Madam and closes 'Yours faithfully'", () => {
    const letter = rendered(makeLetterJob({ customer: { contactPerson: null } }));
    expect(letterBodyText(letter).startsWith("Dear Sir or Madam,")).toBe(true);
    expect(letter.signOff.closing).toBe("Yours faithfully,");
    expect(letter.recipientLines[0]).toBe("Quayside Kitchen & Bar Ltd");
  });

  it("adds fees and interest when the policy charges them", () => {
    const letter = rendered(makeLetterJob({ fees: { feeCents: 140_00 as Cents, interestCents: 38_62 as Cents, basis: "8% above base rate" } }));
    expect(letter.subject).toBe("Final notice: payment of £1,789.12 due by 14 December 2026");
    expect(letterBodyText(letter)).toContain("late payment compensation of £140.00 and interest of £38.62 (8% above base rate)");
    expect(letter.mergeValues.total_payable).toBe("£1,789.12");
  });

  it("fills every merge field for the mail-merge source", () => {
    const letter = rendered(makeLetterJob({ promise: { date: "2026-12-10" as IsoDate, amountCents: 500_00 as Cents } }));
    expect(letter.mergeValues.customer_name).toBe("Quayside Kitchen & Bar Ltd");
    expect(letter.mergeValues.deadline).toBe("14 December 2026");
    expect(letter.mergeValues.promise_amount).toBe("£500.00");
    expect(letter.mergeValues.invoice_numbers).toBe("INV-10231, INV-10307");
    expect(letter.mergeValues.fees).toBe("");
    expect(letter.mergeValues.invoice_table).toContain("INV-10307");
  });
});

describe("renderLetter: templates and languages", () => {
  it("falls back to English for a French customer and says so at the language cell", () => {
    const job = makeLetterJob({ customer: { language: "fr" }, fieldSources: { language: cell("Customers!L2") } });
    const result = renderLetter(job, TEMPLATES);
    expect(result.value?.language).toBe("en");
    expect(result.value?.locale).toBe("en-GB");
    expect(result.issues).toEqual([expect.objectContaining({
      code: "letter-language-fallback", severity: "info", address: "Customers!L2",
      message: expect.stringContaining("no French (fr) \"final-notice\" template, so the letter to Quayside Kitchen & Bar Ltd is in English (en)"),
    })]);
  });

  it("uses the firm template when there is no soft one, and says so", () => {
    const result = renderLetter(makeLetterJob({ tone: "soft" }), TEMPLATES);
    expect(result.value?.subject).toContain("Final notice");
    expect(result.issues.map((issue) => issue.code)).toEqual(["letter-tone-fallback"]);
  });

  it("warns when the language cell is not a language code", () => {
    const result = renderLetter(makeLetterJob({ customer: { language: "Deutsch" } }), TEMPLATES);
    expect(result.value?.language).toBe("en");
    expect(result.issues[0]?.message).toContain("\"Deutsch\" is not a language code");
  });
});

describe("renderLetter: never a silently broken letter", () => {
  it.each([
    { name: "an unknown merge field in the body", template: templateWith("Dear {{cusomer_name}},\n\n{{invoice_table}}"), code: "letter-template-field", address: "'Collect Letters'!E30", says: "uses the merge field {{cusomer_name}}, which Collect does not know" },
    { name: "an unknown merge field in the subject", template: templateWith("{{invoice_table}}", "Re: {{account}}"), code: "letter-template-field", address: "'Collect Letters'!D30", says: "{{account}}" },
    { name: "an unclosed field", template: templateWith("Pay by {{deadline\n\n{{invoice_table}}"), code: "letter-template-field", address: "'Collect Letters'!E30", says: "never closes it" },
  ])("withholds the letter for $name, naming the template cell", ({ template, code, address, says }) => {
    const result = renderLetter(makeLetterJob(), [template]);
    expect(result.value).toBeNull();
    expect(result.issues).toEqual([expect.objectContaining({ code, severity: "error", address, message: expect.stringContaining(says) })]);
    expect(result.issues[0]?.message).toContain("so the letter to Quayside Kitchen & Bar Ltd was not made");
  });

  it.each([
    { name: "a final notice without a deadline", job: makeLetterJob({ deadline: null }), field: "deadline" },
    { name: "a promise confirmation without a promise", job: makeLetterJob({ templateId: "promise-confirmation" }), field: "promise_amount" },
    { name: "a plan confirmation without instalments", job: makeLetterJob({ templateId: "plan-confirmation", plan: [] }), field: "plan_schedule" },
  ])("withholds $name, naming the customer's row", ({ job, field }) => {
    const result = renderLetter(job, TEMPLATES);
    expect(result.value).toBeNull();
    expect(result.issues).toContainEqual(expect.objectContaining({ code: "letter-empty-field", severity: "error", address: "Customers!A2", message: expect.stringContaining(`{{${field}}}`) }));
  });

  it.each([
    { name: "no customer name", job: makeLetterJob({ customer: { name: " \u0007 " } }), code: "letter-no-name" },
    { name: "no company name", job: makeLetterJob({ company: { name: "" } }), code: "letter-empty-field" },
    { name: "a currency that is no code", job: makeLetterJob({ currency: "£" }), code: "letter-bad-currency" },
    { name: "no invoices", job: makeLetterJob({ lines: [] }), code: "letter-no-lines" },
    { name: "a template id nobody wrote", job: makeLetterJob({ templateId: "thank-you" }), code: "letter-no-template" },
  ])("withholds a letter with $name", ({ job, code }) => {
    const result = renderLetter(job, TEMPLATES);
    expect(result.value).toBeNull();
    expect(result.issues.map((issue) => [issue.code, issue.severity])).toContainEqual([code, "error"]);
  });

  it("keeps the Word letter but makes no e-mail when the customer has no address, and says so", () => {
    const result = renderLetter(makeLetterJob({ customer: { email: null }, fieldSources: { email: cell("Customers!D2") } }), TEMPLATES);
    expect(result.value?.email).toBeNull();
    expect(result.issues).toEqual([expect.objectContaining({
      code: "letter-no-email", severity: "warning", address: "Customers!D2",
      message: "Customers!D2: Quayside Kitchen & Bar Ltd has no e-mail address, so no Outlook draft (.eml) was made; the letter is in the Word file. Add the billing e-mail to get a draft.",
    })]);
  });

  it.each([
    { name: "a header injection", email: "dean@x.example\r\nBcc: evil@attacker.example" },
    { name: "a name instead of an address", email: "Dean Whitlock" },
    { name: "a half-typed address", email: "dean@" },
  ])("makes no e-mail for $name in the e-mail cell", ({ email }) => {
    const result = renderLetter(makeLetterJob({ customer: { email } }), TEMPLATES);
    expect(result.value).not.toBeNull();
    expect(result.value?.email).toBeNull();
    expect(result.issues.map((issue) => issue.code)).toEqual(["letter-bad-email"]);
  });

  it("sends to every address of the cell, copies the CC list and drops a bad CC with a warning", () => {
    const result = renderLetter(makeLetterJob({ customer: { email: "ap@x.example; dean@x.example", cc: ["gm@x.example", "ap@x.example", "boss@x.example\nBcc: evil@attacker.example"] } }), TEMPLATES);
    expect(result.value?.email?.to.map((box) => box.address)).toEqual(["ap@x.example", "dean@x.example"]);
    expect(result.value?.email?.cc.map((box) => box.address)).toEqual(["gm@x.example"]);
    expect(result.issues.map((issue) => issue.code)).toEqual(["letter-bad-cc"]);
  });

  it("writes a letter without an address block when there is no postal address, and says so", () => {
    const result = renderLetter(makeLetterJob({ customer: { address: null } }), TEMPLATES);
    expect(result.value?.recipientLines).toEqual(["Dean Whitlock", "Quayside Kitchen & Bar Ltd"]);
    expect(result.issues).toEqual([expect.objectContaining({ code: "letter-no-address", severity: "warning", message: expect.stringContaining("Add the address before posting it") })]);
  });

  it("leaves out a paragraph whose optional field is empty and says which", () => {
    const result = renderLetter(makeLetterJob({ company: { phone: null } }), TEMPLATES);
    const text = result.value === null ? "" : letterBodyText(result.value);
    expect(text).not.toContain("please contact me before");
    expect(result.issues).toEqual([expect.objectContaining({ code: "letter-paragraph-omitted", severity: "warning", message: expect.stringContaining("{{company_phone}} has no value in your company block") })]);
  });

  it("leaves out the fees paragraph quietly when there are no fees", () => {
    const result = renderLetter(makeLetterJob(), TEMPLATES);
    expect(result.issues).toEqual([]);
    expect(result.value?.blocks.filter((block) => block.kind === "paragraph")).toHaveLength(5);
  });

  it("lists the invoices at the end when a template forgets the table, and says so", () => {
    const result = renderLetter(makeLetterJob(), [templateWith("{{salutation}}\n\nPlease pay {{total_due}}.")]);
    expect(result.value?.blocks.at(-1)).toEqual({ kind: "invoice-table" });
    expect(result.issues.map((issue) => issue.code)).toEqual(["letter-table-appended"]);
  });

  it("places an inline table after its paragraph, and says so", () => {
    const result = renderLetter(makeLetterJob(), [templateWith("Here: {{invoice_table}} thanks")]);
    expect(result.value?.blocks.map((block) => block.kind)).toEqual(["paragraph", "invoice-table"]);
    expect(result.issues.map((issue) => issue.code)).toEqual(["letter-table-inline"]);
  });
});

describe("renderLetter: hostile cell text stays text", () => {
  it("cleans control characters and line breaks out of names but keeps markup-looking text as text", () => {
    const letter = rendered(makeLetterJob({
      customer: { name: "Evil Corp\r\nBcc: evil@attacker.example", contactPerson: "<script>alert(1)</script>", address: "=cmd|' /C calc'!A0, London" },
    }));
    expect(letter.customerName).toBe("Evil Corp Bcc: evil@attacker.example");
    expect(letter.recipientLines).toEqual(["<script>alert(1)</script>", "Evil Corp Bcc: evil@attacker.example", "=cmd|' /C calc'!A0", "London"]);
    expect(letter.subject).not.toMatch(/[\r\n]/);
  });

  it("keeps emoji and right-to-left names intact", () => {
    const letter = rendered(makeLetterJob({ customer: { name: "شركة الأمل 🌙", contactPerson: "דנה כהן" } }));
    expect(letter.customerName).toBe("شركة الأمل 🌙");
    expect(letterBodyText(letter).startsWith("Dear דנה כהן,")).toBe(true);
  });
});

describe("renderLetters", () => {
  it("renders every job, leaves out withheld ones with their issue, and reports a company problem once", () => {
    const jobs = [
      makeLetterJob({ company: { phone: null } }),
      makeLetterJob({ customer: { key: "C002", name: "Beacon Hill Hotel Ltd" }, company: { phone: null } }),
      makeLetterJob({ customer: { key: "C003", name: "No Deadline Ltd" }, deadline: null, company: { phone: null } }),
    ];
    const result = renderLetters(jobs, TEMPLATES);
    expect(result.value.map((letter) => letter.customerKey)).toEqual(["C001", "C002"]);
    expect(result.issues.map((issue) => issue.code)).toEqual(["letter-paragraph-omitted", "letter-empty-field"]);
  });

  it("renders every shipped template in English and German for both tones", () => {
    const ids = ["delivery-check", "pre-due", "past-due", "firm-reminder", "final-notice", "handover", "promise-confirmation", "plan-confirmation", "statement"];
    const jobs = ids.flatMap((templateId) => (["en", "de"] as const).flatMap((language) => (["soft", "firm"] as const).map((tone) => makeLetterJob({
      templateId, tone, customer: { language },
      promise: { date: "2026-12-10" as IsoDate, amountCents: 500_00 as Cents },
      plan: [{ date: "2026-12-15" as IsoDate, amountCents: 805_25 as Cents }, { date: "2027-01-15" as IsoDate, amountCents: 805_25 as Cents }],
      lines: [makeLine("INV-1", 1_000_00, 20), makeLine("INV-2", 610_50, -5)],
    }))));
    const result = renderLetters(jobs, TEMPLATES);
    expect(result.value).toHaveLength(ids.length * 4);
    expect(result.issues.every((issue) => issue.code === "letter-tone-fallback")).toBe(true);
    for (const letter of result.value) expect(letterBodyText(letter)).not.toMatch(/\{\{|\}\}/);
  });
});
