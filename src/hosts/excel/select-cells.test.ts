import { ExcelHost, type ExcelRun } from "./index";
import { areasToSelect, MAX_AREAS_TEXT } from "./_lib/select-areas";

/** A request context that records what selectCells asks of Excel. */
function recordingRun() {
  const calls: string[] = [];
  let syncs = 0;
  const worksheet = {
    activate: () => calls.push("activate"),
    getRanges: (address: string) => ({ select: () => calls.push(`select areas ${address}`) }),
    getRange: (address: string) => ({ select: () => calls.push(`select range ${address}`) }),
  };
  const context = {
    workbook: {
      worksheets: {
        getItem: (name: string) => {
          calls.push(`sheet ${name}`);
          return worksheet;
        },
      },
    },
    sync: async () => {
      syncs += 1;
    },
  };
  const run: ExcelRun = (batch) => batch(context as unknown as Excel.RequestContext);
  return { run, calls, syncs: () => syncs };
}

function withExcelApi(supported: boolean, body: () => Promise<void>): Promise<void> {
  const office = { context: { requirements: { isSetSupported: () => supported } } };
  (globalThis as { Office?: unknown }).Office = office;
  return body().finally(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });
}

describe("ExcelHost.selectCells", () => {
  it("activates the customer's sheet and selects all of its rows at once, in one sync", () =>
    withExcelApi(true, async () => {
      const fake = recordingRun();
      await new ExcelHost({ run: fake.run, readMergedAreas: false }).selectCells(["'Open Invoices'!A12:M12", "'Open Invoices'!A15:M15"]);
      expect(fake.calls).toEqual(["sheet Open Invoices", "activate", "select areas A12:M12,A15:M15"]);
      expect(fake.syncs()).toBe(1);
    }));

  it("selects the first range only where Excel has no multi-area selection (before ExcelApi 1.9)", () =>
    withExcelApi(false, async () => {
      const fake = recordingRun();
      await new ExcelHost({ run: fake.run, readMergedAreas: false }).selectCells(["Ledger!A3:F3", "Ledger!A9:F9"]);
      expect(fake.calls).toEqual(["sheet Ledger", "activate", "select range A3:F3"]);
    }));

  it("does not call Excel when there is nothing to select", async () => {
    const fake = recordingRun();
    await new ExcelHost({ run: fake.run, readMergedAreas: false }).selectCells([]);
    expect(fake.calls).toEqual([]);
    expect(fake.syncs()).toBe(0);
  });
});

describe("areasToSelect", () => {
  it.each([
    { name: "one sheet's rows", addresses: ["Ledger!A3:F3", "Ledger!A5:F5"], expected: { sheet: "Ledger", areas: ["A3:F3", "A5:F5"] } },
    { name: "rows on two sheets (the first sheet wins)", addresses: ["'Open Invoices'!A2:C2", "Payments!A9:C9", "'Open Invoices'!A4:C4"], expected: { sheet: "Open Invoices", areas: ["A2:C2", "A4:C4"] } },
    { name: "a quoted name with a quote in it", addresses: ["'Bob''s'!B2"], expected: { sheet: "Bob's", areas: ["B2"] } },
    { name: "the same row twice", addresses: ["Ledger!A3:F3", "Ledger!A3:F3"], expected: { sheet: "Ledger", areas: ["A3:F3"] } },
  ])("groups $name", ({ addresses, expected }) => {
    expect(areasToSelect(addresses)).toEqual(expected);
  });

  it.each([
    { name: "no address", addresses: [] },
    { name: "an address without a cell", addresses: ["Ledger!"] },
  ])("gives null for $name", ({ addresses }) => {
    expect(areasToSelect(addresses)).toBeNull();
  });

  it("stops before the address text passes Excel's limit", () => {
    const addresses = Array.from({ length: 2000 }, (_, i) => `Ledger!A${i + 2}:M${i + 2}`);
    const areas = areasToSelect(addresses)?.areas ?? [];
    expect(areas.join(",").length).toBeLessThanOrEqual(MAX_AREAS_TEXT);
    expect(areas.length).toBeGreaterThan(100);
  });
});
