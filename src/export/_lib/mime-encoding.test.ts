import { encodeQuotedPrintable, encodeWords, foldHeader, mailboxTokens, sanitizeHeaderText, unstructuredHeader } from "./mime-encoding";

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const joined = text.replace(/=\r\n/g, "");
  for (let index = 0; index < joined.length; index += 1) {
    if (joined[index] === "=") {
      bytes.push(parseInt(joined.slice(index + 1, index + 3), 16));
      index += 2;
    } else {
      bytes.push(...Buffer.from(joined[index] ?? "", "latin1"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

function decodeWords(words: readonly string[]): string {
  return Buffer.concat(words.map((word) => Buffer.from(/^=\?UTF-8\?B\?(.*)\?=$/.exec(word)?.[1] ?? "!", "base64"))).toString("utf8");
}

describe("encodeQuotedPrintable", () => {
  it.each([
    { name: "plain ASCII", text: "Dear Dean,", encoded: "Dear Dean," },
    { name: "German letters", text: "Grüße", encoded: "Gr=C3=BC=C3=9Fe" },
    { name: "an equals sign", text: "a=b", encoded: "a=3Db" },
    { name: "a trailing space", text: "end ", encoded: "end=20" },
    { name: "a trailing tab", text: "end\t", encoded: "end=09" },
    { name: "line feeds as CRLF", text: "a\nb", encoded: "a\r\nb" },
    { name: "a no-break space and the euro sign", text: "1,00\u00A0€", encoded: "1,00=C2=A0=E2=82=AC" },
  ])("encodes $name", ({ text, encoded }) => {
    expect(encodeQuotedPrintable(text)).toBe(encoded);
  });

  it.each([
    { name: "a long English line", text: "word ".repeat(60) },
    { name: "a long German line", text: "Überfällig ".repeat(40) },
    { name: "emoji and right-to-left text", text: "🍰 شركة الأمل חברת אור ".repeat(10) },
    { name: "a line of equals signs", text: "=".repeat(200) },
  ])("keeps every line of $name within 76 characters and round-trips", ({ text }) => {
    const encoded = encodeQuotedPrintable(text);
    for (const line of encoded.split("\r\n")) expect(line.length).toBeLessThanOrEqual(76);
    expect(encoded).toMatch(/^[\x20-\x7E\r\n]*$/);
    expect(decodeQuotedPrintable(encoded)).toBe(text);
  });
});

describe("encodeWords", () => {
  it.each([
    { name: "a German name", text: "Klaus Müller" },
    { name: "a long subject with emoji", text: "Zahlungserinnerung 🔔 für Rechnung 12345 über 3.470,40 € – bitte überweisen" },
    { name: "Arabic", text: "شركة الأمل للتجارة العامة المحدودة" },
  ])("splits $name into words of at most 75 characters without cutting a character", ({ text }) => {
    const words = encodeWords(text);
    for (const word of words) expect(word.length).toBeLessThanOrEqual(75);
    expect(decodeWords(words)).toBe(text);
  });
});

describe("sanitizeHeaderText", () => {
  it.each([
    { name: "CRLF and a header", text: "Acme\r\nBcc: evil@x.example", clean: "Acme Bcc: evil@x.example" },
    { name: "a bare LF", text: "A\nB", clean: "A B" },
    { name: "NUL and DEL", text: "A\u0000B\u007F", clean: "A B" },
    { name: "NEL and line separators", text: "A\u0085B\u2028C\u2029D", clean: "A B C D" },
  ])("flattens $name", ({ text, clean }) => {
    expect(sanitizeHeaderText(text)).toBe(clean);
  });
});

describe("headers", () => {
  it("folds long ASCII subjects at spaces within 78 characters", () => {
    const header = unstructuredHeader("Subject", "Final notice: payment of £1.00".replace("£", "GBP ") + " word".repeat(30));
    for (const line of header.split("\r\n")) expect(line.length).toBeLessThanOrEqual(78);
    expect(header.split("\r\n").slice(1).every((line) => line.startsWith(" "))).toBe(true);
  });

  it.each([
    { name: "non-ASCII text", text: "2. Mahnung: 3.470,40 € überfällig" },
    { name: "text that looks like an encoded-word", text: "=?UTF-8?B?SGk=?=" },
    { name: "an unbreakable long word", text: "x".repeat(100) },
  ])("encodes $name", ({ text }) => {
    const header = unstructuredHeader("Subject", text);
    expect(header.startsWith("Subject: =?UTF-8?B?")).toBe(true);
    for (const line of header.split("\r\n")) expect(line.length).toBeLessThanOrEqual(78);
  });

  it.each([
    { name: "a plain name", display: "Dean Whitlock", tokens: ["Dean", "Whitlock", "<dean@x.example>"] },
    { name: "a name with a comma", display: "Ellis, Margaret", tokens: ["\"Ellis, Margaret\"", "<dean@x.example>"] },
    { name: "a name with quotes and a backslash", display: "The \"Best\" \\ Co", tokens: ["\"The \\\"Best\\\" \\\\ Co\"", "<dean@x.example>"] },
    { name: "no name", display: null, tokens: ["dean@x.example"] },
    { name: "an injection attempt", display: "Evil\r\nBcc: evil@attacker.example", tokens: ["\"Evil Bcc: evil@attacker.example\"", "<dean@x.example>"] },
  ])("writes a mailbox with $name", ({ display, tokens }) => {
    expect(mailboxTokens(display, "dean@x.example")).toEqual(tokens);
  });

  it("encodes a non-ASCII display name", () => {
    const [word, address] = mailboxTokens("Jörg Brandt", "j@x.example");
    expect(word).toBe("=?UTF-8?B?SsO2cmcgQnJhbmR0?=");
    expect(address).toBe("<j@x.example>");
  });

  it("folds before a token that would overflow", () => {
    expect(foldHeader("To", ["a".repeat(40), "b".repeat(40)])).toBe(`To: ${"a".repeat(40)}\r\n ${"b".repeat(40)}`);
  });
});
