import { buildCustomerKeyIndex, normalizeCustomerName } from "./customer-keys";

describe("normalizeCustomerName", () => {
  it.each([
    { name: "double spaces", text: "NASH  foundation", key: "nash foundation" },
    { name: "punctuation", text: "WAL-MAR co.", key: "wal mar co" },
    { name: "accents and ampersand", text: "Müller & Söhne", key: "muller and sohne" },
  ])("reduces $name", ({ text, key }) => {
    expect(normalizeCustomerName(text)).toBe(key);
  });

  it.each([
    { name: "empty text", text: "" },
    { name: "punctuation only", text: "---" },
  ])("gives an empty key for $name", ({ text }) => {
    expect(normalizeCustomerName(text)).toBe("");
  });
});

describe("buildCustomerKeyIndex", () => {
  const index = buildCustomerKeyIndex([
    { customerId: "0200706844", customerName: "WAL-MAR co" },
    { customerId: "0200706844", customerName: "WAL-MAR us" },
    { customerId: "C1", customerName: "Twins" },
    { customerId: "C2", customerName: "Twins" },
  ]);

  it.each([
    { name: "a row with an id", ref: { customerId: "0200706844", customerName: "WAL-MAR corp" }, key: "0200706844" },
    { name: "a name known under one id", ref: { customerId: null, customerName: "wal-mar US" }, key: "0200706844" },
    { name: "a name known under two ids", ref: { customerId: null, customerName: "Twins" }, key: "twins" },
    { name: "a name never seen with an id", ref: { customerId: null, customerName: "Acme  Ltd" }, key: "acme ltd" },
    { name: "a name of punctuation only", ref: { customerId: null, customerName: "***" }, key: "***" },
  ])("keys $name", ({ ref, key }) => {
    expect(index.keyOf(ref)).toBe(key);
  });

  it("gives no key to a row that names no customer", () => {
    expect(index.keyOf({ customerId: null, customerName: null })).toBeNull();
  });
});
