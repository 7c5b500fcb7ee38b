import { emailDomain, parseEmailList, toEmailAddress } from "./email-address";

describe("toEmailAddress", () => {
  it.each([
    { name: "a plain address", text: "dean@quaysidekitchen.example", address: "dean@quaysidekitchen.example" },
    { name: "surrounding spaces", text: "  ap@x.example ", address: "ap@x.example" },
    { name: "a mailto: link", text: "mailto:ap@x.example", address: "ap@x.example" },
    { name: "plus and dots", text: "first.last+ar@sub.x-y.example", address: "first.last+ar@sub.x-y.example" },
  ])("accepts $name", ({ text, address }) => {
    expect(toEmailAddress(text)).toEqual({ ok: true, value: address });
  });

  it.each([
    { name: "an empty text", text: "" },
    { name: "no at sign", text: "accounts.example" },
    { name: "a host without a dot", text: "evil@x" },
    { name: "a CRLF header injection", text: "dean@x.example\r\nBcc: evil@attacker.example" },
    { name: "a display name", text: "Dean <dean@x.example>" },
    { name: "two at signs", text: "a@b@x.example" },
    { name: "a quoted local part", text: "\"a b\"@x.example" },
    { name: "non-ASCII", text: "jörg@x.example" },
    { name: "a leading dot", text: ".a@x.example" },
    { name: "a double dot", text: "a..b@x.example" },
    { name: "an overlong address", text: `${"a".repeat(250)}@x.example` },
  ])("refuses $name", ({ text }) => {
    expect(toEmailAddress(text)).toEqual({ ok: false, error: "not-an-email-address" });
  });
});

describe("parseEmailList", () => {
  it.each([
    { name: "one address", text: "a@x.example", addresses: ["a@x.example"], invalid: [] },
    { name: "a semicolon list", text: "a@x.example; b@x.example", addresses: ["a@x.example", "b@x.example"], invalid: [] },
    { name: "a comma list with a repeat", text: "a@x.example, A@x.example", addresses: ["a@x.example"], invalid: [] },
    { name: "names around addresses", text: "Ann <a@x.example>; Bob <b@x.example>", addresses: ["a@x.example", "b@x.example"], invalid: [] },
    { name: "an injected header line", text: "a@x.example\nBcc: evil@attacker.example", addresses: ["a@x.example", "evil@attacker.example"], invalid: ["Bcc:"] },
    { name: "a word that is no address", text: "a@x.example, nobody", addresses: ["a@x.example"], invalid: ["nobody"] },
  ])("splits $name", ({ text, addresses, invalid }) => {
    expect(parseEmailList(text)).toEqual({ addresses, invalid });
  });
});

describe("emailDomain", () => {
  it("lower-cases the domain", () => {
    expect(emailDomain("Accounts@Harbour.Example")).toBe("harbour.example");
  });
});
