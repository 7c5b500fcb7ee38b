import { bookOf, gridOf } from "../../test/helpers/grid-of";
import { MemoryHost } from "../../test/helpers/memory-host";
import { sampleHost, SAMPLE_AS_OF } from "../../test/helpers/sample-book";
import type { IsoDate } from "../core/dates/iso-date";
import { deskMetrics } from "./desk-metrics";
import { analyseWorkbook } from "./run-collect";

const DATE = "yyyy-mm-dd";
// 2026-09-01 = 46266, 2026-10-01 = 46296, 2026-10-15 = 46310, 2026-11-01 = 46327 (1900 system).
function book() {
  return bookOf([
    gridOf(
      "Invoices",
      [
        ["Invoice", "Customer", "Invoice Date", "Due Date", "Amount", "Balance", "Currency", "Paid Date"],
        ["INV-1", "Acme", 46266, 46296, 1000, 0, "EUR", 46310],
        ["INV-2", "Acme", 46296, 46327, 3000, 3000, "EUR", null],
        ["INV-3", "Acme", 46327, 46357, 6000, 6000, "EUR", null],
      ],
      { formats: { 2: DATE, 3: DATE, 7: DATE } },
    ),
  ]);
}

describe("deskMetrics", () => {
  it("computes DSO, best possible DSO and CEI over the trailing 90 days from the open and current balances", async () => {
    const asOf = "2026-11-30" as IsoDate;
    const run = await analyseWorkbook(new MemoryHost(book()), { asOf });
    const [eur] = deskMetrics(run.ledger, asOf);
    // Window 2026-09-01 … 2026-11-30 (after 09-01): sales = INV-2 + INV-3 = 9,000. Open 9,000, of which 6,000 current.
    expect(eur?.windowSales).toBe(9000);
    expect(eur?.dsoDays).toBeCloseTo((9000 / 9000) * 90, 6);
    expect(eur?.bestPossibleDsoDays).toBeCloseTo((6000 / 9000) * 90, 6);
    // CEI = (begin + sales − end) / (begin + sales − current) × 100, begin = INV-1, open on 2026-09-01
    // (paid on 2026-10-15) = 1,000.
    expect(eur?.ceiPercent).toBeCloseTo(((1000 + 9000 - 9000) / (1000 + 9000 - 6000)) * 100, 6);
  });

  it("gives no DSO (null) when nothing was invoiced in the window", async () => {
    const asOf = "2027-06-30" as IsoDate;
    const run = await analyseWorkbook(new MemoryHost(book()), { asOf });
    expect(deskMetrics(run.ledger, asOf)[0]?.dsoDays).toBeNull();
  });

  it("keeps currencies apart on the sample", async () => {
    const run = await analyseWorkbook(await sampleHost(), { asOf: SAMPLE_AS_OF });
    expect(deskMetrics(run.ledger, SAMPLE_AS_OF).map((m) => m.currency)).toEqual(["EUR", "GBP"]);
  });
});
