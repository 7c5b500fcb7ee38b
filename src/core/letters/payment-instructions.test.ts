import { HARBOUR_LANE } from "./_lib/letter-job-factory";
import { inlinesToText } from "./letter-plain-text";
import { letterWordsFor } from "./letter-words";
import { paymentInstructions, toPaymentLink } from "./payment-instructions";

describe("toPaymentLink", () => {
  it.each([
    { name: "an https link", text: "https://pay.example.com/harbour-lane", link: "https://pay.example.com/harbour-lane" },
    { name: "an http link with a query", text: " http://pay.example.com/p?c=C001#x ", link: "http://pay.example.com/p?c=C001#x" },
    { name: "a link with a port", text: "https://pay.example.com:8443/", link: "https://pay.example.com:8443/" },
  ])("accepts $name", ({ text, link }) => {
    expect(toPaymentLink(text)).toBe(link);
  });

  it.each([
    { name: "a javascript: link", text: "javascript:alert(1)" },
    { name: "a data: link", text: "data:text/html,<script>alert(1)</script>" },
    { name: "a link with a quote", text: "https://pay.example.com/\"onmouseover=\"alert(1)" },
    { name: "a link with angle brackets", text: "https://pay.example.com/<script>" },
    { name: "a bare domain", text: "pay.example.com" },
    { name: "an empty cell", text: "" },
    { name: "no cell", text: null },
  ])("refuses $name", ({ text }) => {
    expect(toPaymentLink(text)).toBeNull();
  });
});

describe("paymentInstructions", () => {
  it("prints bank details in pairs and the link last", () => {
    const text = inlinesToText(paymentInstructions(HARBOUR_LANE.bank, "https://pay.example.com/harbour-lane", letterWordsFor("en")));
    expect(text.split("\n")).toEqual([
      "Please pay by bank transfer, quoting the invoice numbers as your reference:",
      "Account name: Harbour Lane Supplies Ltd  ·  Bank: NatWest, Southampton City branch",
      "Sort code: 60-16-13  ·  Account number: 31926819",
      "IBAN: GB29 NWBK 6016 1331 9268 19  ·  BIC: NWBKGB2L",
      "You can also pay securely online at https://pay.example.com/harbour-lane.",
    ]);
  });

  it.each([
    { name: "only a link", bank: null, link: "https://pay.example.com", text: "You can pay securely online at https://pay.example.com." },
    { name: "a bank name with nothing to pay into", bank: { bankName: "NatWest", accountName: "Harbour Lane", sortCode: null, accountNumber: null, iban: null, bic: null }, link: null, text: "" },
    { name: "nothing", bank: null, link: null, text: "" },
  ])("prints $name", ({ bank, link, text }) => {
    expect(inlinesToText(paymentInstructions(bank, link, letterWordsFor("en")))).toBe(text);
  });

  it("keeps the link clickable", () => {
    const inlines = paymentInstructions(null, "https://pay.example.com", letterWordsFor("de"));
    expect(inlines).toContainEqual({ kind: "link", text: "https://pay.example.com", href: "https://pay.example.com" });
  });
});
