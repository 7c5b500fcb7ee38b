import fc from "fast-check";
import { simpleParser, type AddressObject, type ParsedMail } from "mailparser";
import { cell, makeGermanJob, makeLetterJob, makeLine, type LetterJobOverrides } from "../core/letters/_lib/letter-job-factory";
import { defaultLetterTemplates } from "../core/letters/default-templates";
import type { LetterTemplate } from "../core/letters/letter-template";
import { renderLetter, renderLetters } from "../core/letters/render-letter";
import type { RenderedLetter } from "../core/letters/rendered-letter";
import { NoRecipientError, emlFileName, writeEml, writeEmlDrafts } from "./write-eml";

const TEMPLATES = defaultLetterTemplates();
/** A template that puts cell text into the subject too, so hostile names reach every header. */
const NAME_IN_SUBJECT: LetterTemplate = {
  id: "final-notice", language: "en", tone: "firm", subject: "{{customer_name}}: {{contact_person}} owes {{total_due}}",
  body: "{{salutation}}\n\n{{invoice_table}}\n\n{{payment_instructions}}", subjectCell: cell("'Collect Letters'!D30"), bodyCell: cell("'Collect Letters'!E30"),
};

function letterOf(overrides: LetterJobOverrides = {}, templates: readonly LetterTemplate[] = TEMPLATES): RenderedLetter {
  const result = renderLetter(makeLetterJob(overrides), templates);
  if (result.value === null) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

function addresses(object: AddressObject | AddressObject[] | undefined): string[] {
  const list = object === undefined ? [] : Array.isArray(object) ? object : [object];
  return list.flatMap((entry) => entry.value.map((box) => box.address ?? ""));
}

const ALLOWED_HEADERS = new Set(["x-unsent", "from", "to", "cc", "bcc", "subject", "date", "message-id", "content-language", "mime-version", "content-type"]);

function expectWellFormed(eml: string): void {
  expect(eml).toMatch(/^[\x20-\x7E\r\n]*$/);
  expect(eml.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  const [head = "", ...rest] = eml.split("\r\n\r\n");
  for (const line of head.split("\r\n")) expect(line.length).toBeLessThanOrEqual(78);
  for (const line of rest.join("\r\n\r\n").split("\r\n")) expect(line.length).toBeLessThanOrEqual(76);
}

async function parse(letter: RenderedLetter): Promise<{ eml: string; mail: ParsedMail }> {
  const eml = writeEml(letter);
  expectWellFormed(eml);
  return { eml, mail: await simpleParser(eml) };
}

describe("writeEml", () => {
  it("writes an Outlook draft mailparser reads with the right headers and both parts", async () => {
    const letter = letterOf({ customer: { cc: ["gm@quaysidekitchen.example"] } });
    const { mail } = await parse(letter);
    expect(mail.headers.get("x-unsent")).toBe("1");
    expect(mail.from?.value).toEqual([{ address: "accounts@harbourlanesupplies.example", name: "Harbour Lane Supplies Ltd" }]);
    expect((mail.to as AddressObject).value).toEqual([{ address: "dean@quaysidekitchen.example", name: "Dean Whitlock" }]);
    expect(addresses(mail.cc)).toEqual(["gm@quaysidekitchen.example"]);
    expect(addresses(mail.bcc)).toEqual(["accounts@harbourlanesupplies.example"]);
    expect(mail.subject).toBe("Final notice: payment of £1,610.50 due by 14 December 2026");
    expect(mail.date?.toISOString()).toBe("2026-11-30T09:00:00.000Z");
    expect(mail.messageId).toMatch(/^<20261130\.[0-9a-f]{16}\.collect@harbourlanesupplies\.example>$/);
    expect(mail.text).toContain("Dear Dean Whitlock,");
    expect(mail.text).toContain("INV-10231");
    expect(mail.text).toContain("£1,284.50");
    expect(mail.html).toContain("<table");
    expect(mail.html).toContain("<td style=\"padding:4px 8px;border-bottom:1px solid #BFBFBF;text-align:right;\">£1,284.50</td>");
    expect(mail.html).toContain("<a href=\"https://pay.example.com/harbour-lane\"");
    expect([...mail.headers.keys()].every((key) => ALLOWED_HEADERS.has(key))).toBe(true);
  });

  it("encodes a German draft in UTF-8 that decodes back exactly", async () => {
    const letter = renderLetter(makeGermanJob({ customer: { contactPerson: "Jörg Müller-Lüdenscheidt" } }), TEMPLATES).value;
    if (letter === null) throw new Error("withheld");
    const { eml, mail } = await parse(letter);
    expect(eml).toContain("Subject: =?UTF-8?B?");
    expect(mail.subject).toBe("2. Mahnung: 3.470,40 € überfällig");
    expect((mail.to as AddressObject).value[0]?.name).toBe("Jörg Müller-Lüdenscheidt");
    expect(mail.text).toContain("Mit freundlichen Grüßen");
    expect(mail.html).toContain("<html lang=\"de\">");
  });

  it("writes the same bytes twice (Date, Message-ID and boundary come from the data)", () => {
    expect(writeEml(letterOf())).toBe(writeEml(letterOf()));
  });

  it("throws NoRecipientError for a letter without recipients", () => {
    expect(() => writeEml(letterOf({ customer: { email: null } }))).toThrow(NoRecipientError);
  });
});

describe("writeEml with hostile cell text", () => {
  it.each([
    { name: "a customer name with CRLF and a Bcc header", overrides: { customer: { name: "Evil Corp\r\nBcc: evil@attacker.example" } } },
    { name: "a contact with CRLF and a Bcc header", overrides: { customer: { contactPerson: "Dean\r\nBcc: evil@attacker.example\r\n\r\n<script>alert(1)</script>" } } },
    { name: "a contact with a bare LF and a To header", overrides: { customer: { contactPerson: "Dean\nTo: evil@attacker.example" } } },
    { name: "a company name with CR and a header", overrides: { company: { name: "Harbour\rX-Injected: evil@attacker.example" } } },
    { name: "a CC entry smuggling a Bcc line", overrides: { customer: { cc: ["gm@x.example\r\nBcc: evil@attacker.example"] } } },
    { name: "Unicode line separators", overrides: { customer: { contactPerson: "Dean\u2028Bcc: evil@attacker.example\u0085Cc: evil@attacker.example" } } },
  ])("cannot add headers or recipients through $name", async ({ overrides }) => {
    const { mail } = await parse(letterOf(overrides, [NAME_IN_SUBJECT]));
    expect([...mail.headers.keys()].every((key) => ALLOWED_HEADERS.has(key))).toBe(true);
    const everyone = [...addresses(mail.to), ...addresses(mail.cc), ...addresses(mail.bcc)];
    expect(everyone).not.toContain("evil@attacker.example");
    expect(addresses(mail.bcc)).toEqual(["accounts@harbourlanesupplies.example"]);
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });

  it("escapes markup from cells in the HTML part", async () => {
    const { mail } = await parse(letterOf({
      customer: { contactPerson: "<script>alert(\"x\")</script>" },
      lines: [makeLine("<img src=x onerror=alert(1)>", 100_00, 20)],
    }, [NAME_IN_SUBJECT]));
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).not.toContain("<img");
    expect(mail.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(mail.html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(mail.subject).toContain("<script>alert(\"x\")</script>");
  });

  it("never writes a javascript: payment link", async () => {
    const { eml, mail } = await parse(letterOf({ company: { paymentLink: "javascript:alert(document.cookie)" } }));
    expect(mail.html).not.toContain("javascript:");
    expect(eml).not.toContain("javascript");
  });

  it.each([
    { name: "emoji", contact: "Zoë 🍰 Baker" },
    { name: "Arabic", contact: "شركة الأمل" },
    { name: "Hebrew", contact: "חברת אור" },
    { name: "a right-to-left override", contact: "Dean \u202Egnp.exe" },
  ])("keeps $name intact in To, Subject and both parts", async ({ contact }) => {
    const { mail } = await parse(letterOf({ customer: { contactPerson: contact } }, [NAME_IN_SUBJECT]));
    expect((mail.to as AddressObject).value[0]?.name).toBe(contact);
    expect(mail.subject).toContain(contact);
    expect(mail.text).toContain(`Dear ${contact},`);
    expect(mail.html).toContain(contact);
  });
});

describe("writeEmlDrafts", () => {
  it("writes one draft per customer with an address and skips the others", () => {
    const letters = renderLetters([
      makeLetterJob(),
      makeLetterJob({ customer: { key: "C017", name: "Bramley & Daughters Hardware", email: null } }),
      makeLetterJob({ customer: { key: "C/18", name: "Slash Ltd" } }),
    ], TEMPLATES).value;
    const files = writeEmlDrafts(letters);
    expect(files.map((file) => file.fileName)).toEqual([emlFileName(letters[0] as RenderedLetter), emlFileName(letters[2] as RenderedLetter)]);
    expect(files[1]?.fileName).toMatch(/^C-18-final-notice-[0-9a-f]{8}\.eml$/);
  });
});

describe("writeEml on any cell text (property)", () => {
  const cellText = fc.oneof(
    fc.string({ unit: "binary", maxLength: 80 }),
    fc.string({ unit: "binary-ascii", maxLength: 80 }),
    fc.constantFrom("Evil\r\nBcc: evil@attacker.example", "=?UTF-8?B?QmNjOiBldmls?=", "\"quoted\" <evil@attacker.example>", "a\u2028b\u0085c"),
  );

  it("always writes a well-formed draft that adds no header and no recipient", async () => {
    await fc.assert(fc.asyncProperty(cellText, cellText, cellText, async (name, contact, company) => {
      const result = renderLetter(makeLetterJob({ customer: { name: `${name}x`, contactPerson: contact }, company: { name: `${company}y` } }), [NAME_IN_SUBJECT]);
      if (result.value === null || result.value.email === null) return;
      const { mail } = await parse(result.value);
      expect([...mail.headers.keys()].every((key) => ALLOWED_HEADERS.has(key))).toBe(true);
      expect([...addresses(mail.to), ...addresses(mail.cc), ...addresses(mail.bcc)]).toEqual(["dean@quaysidekitchen.example", "accounts@harbourlanesupplies.example"]);
      expect(mail.headers.get("x-unsent")).toBe("1");
    }), { numRuns: 60 });
  });
});
