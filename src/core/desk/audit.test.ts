import { auditFor } from "./audit";

describe("auditFor", () => {
  it("binds the account and builds records", () => {
    expect(auditFor("C1", "USD")("INV-1", "dispute", "hold", "disputed")).toEqual({ customerKey: "C1", currency: "USD", invoiceNo: "INV-1", rule: "dispute", outcome: "hold", detail: "disputed" });
  });
});
