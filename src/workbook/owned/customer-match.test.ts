import { testCustomer } from "../../core/desk/_lib/test-ledger";
import { matchCustomers } from "./customer-match";

const match = matchCustomers([
  testCustomer({ key: "C001", id: "C001", name: "Acme Ltd." }),
  testCustomer({ key: "C002", id: "C002", name: "Twin" }),
  testCustomer({ key: "C003", id: "C003", name: "twin" }),
  testCustomer({ key: "Beta Co", id: null, name: "C001" }),
]);

describe("matchCustomers", () => {
  it.each([
    { text: "C001", result: { key: "C001" } },
    { text: " acme ltd ", result: { key: "C001" } },
    { text: "ACME LTD.", result: { key: "C001" } },
    { text: "beta co", result: { key: "Beta Co" } },
    { text: "Twin", result: { problem: "ambiguous" } },
    { text: "Gamma", result: { problem: "unknown" } },
  ])("$text → $result", ({ text, result }) => {
    expect(match(text)).toEqual(result);
  });

  it("a key wins over another customer's name", () => {
    expect(match("c001")).toEqual({ key: "C001" });
  });

  it("without a customer list the text is the key", () => {
    expect(matchCustomers(undefined)("  Acme ")).toEqual({ key: "Acme" });
  });
});
