import { sampleHost, SAMPLE_AS_OF } from "../../test/helpers/sample-book";
import { customerRowAddresses } from "./customer-rows";
import { analyseWorkbook } from "./run-collect";

describe("customerRowAddresses", () => {
  it("gives the rows of a customer's open items, first cell to last mapped column", async () => {
    const run = await analyseWorkbook(await sampleHost(), { asOf: SAMPLE_AS_OF });
    const addresses = customerRowAddresses(run.ledger, "C001");
    const open = run.ledger.invoices.filter((invoice) => invoice.customerKey === "C001" && invoice.openCents !== 0);
    expect(addresses).toHaveLength(open.length);
    expect(addresses[0]).toMatch(/^Invoices!A\d+:M\d+$/);
    for (const invoice of open) expect(addresses.some((address) => address.startsWith(`${invoice.source}:`))).toBe(true);
  });

  it("gives nothing for a customer with nothing open", async () => {
    const run = await analyseWorkbook(await sampleHost(), { asOf: SAMPLE_AS_OF });
    expect(customerRowAddresses(run.ledger, "no such customer")).toEqual([]);
  });
});
