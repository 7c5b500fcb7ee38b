import { normalizeHeader, splitWords } from "./normalize-header";

describe("normalizeHeader", () => {
  it.each([
    { name: "snake case", text: "total_open_amount", key: "total open amount", currency: null },
    { name: "camel case", text: "InvoiceDate", key: "invoice date", currency: null },
    { name: "camel case with an acronym", text: "customerID", key: "customer id", currency: null },
    { name: "an acronym before a word", text: "IDNumber", key: "id number", currency: null },
    { name: "number sign", text: "Invoice #", key: "invoice no", currency: null },
    { name: "abbreviation with a point", text: "Invoice No.", key: "invoice no", currency: null },
    { name: "German umlaut", text: "Fällig", key: "fallig", currency: null },
    { name: "French accents and apostrophe", text: "Date d'échéance", key: "date d echeance", currency: null },
    { name: "ordinal indicator", text: "Nº factura", key: "no factura", currency: null },
    { name: "pandas duplicate suffix", text: "document_create_date.1", key: "document create date 1", currency: null },
    { name: "space in a system name", text: "document type", key: "document type", currency: null },
    { name: "currency in brackets", text: "Open Advance (ILS)", key: "open advance", currency: "ILS" },
    { name: "currency symbol in brackets", text: "Betrag [€]", key: "betrag", currency: "EUR" },
    { name: "currency code as the last word", text: "Amount EUR", key: "amount", currency: "EUR" },
    { name: "brackets that are not a currency", text: "Amount (net)", key: "amount net", currency: null },
    { name: "surrounding spaces", text: "  Due   Date ", key: "due date", currency: null },
  ])("normalises $name", ({ text, key, currency }) => {
    const header = normalizeHeader(text);
    expect(header.key).toBe(key);
    expect(header.tokens).toEqual(key === "" ? [] : key.split(" "));
    expect(header.currency).toBe(currency);
  });

  it.each([
    { name: "empty text", text: "" },
    { name: "punctuation only", text: "--- / ---" },
    { name: "a lone currency code", text: "USD" },
  ])("keeps $name without inventing words or a currency", ({ text }) => {
    const header = normalizeHeader(text);
    expect(header.currency).toBeNull();
    expect(header.key).toBe(splitWords(text).join(" "));
  });
});
