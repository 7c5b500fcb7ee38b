import { fitCellText, layOutOwnedSheet, MAX_CELL_TEXT_LENGTH } from "./owned-layout";

describe("fitCellText", () => {
  it("leaves text that fits, numbers and blanks as they are", () => {
    const fits = "x".repeat(MAX_CELL_TEXT_LENGTH);
    expect(fitCellText(fits)).toBe(fits);
    expect(fitCellText(42)).toBe(42);
    expect(fitCellText(null)).toBeNull();
  });

  it("cuts longer text to exactly what a cell holds and says how much was left out", () => {
    const invoices = Array.from({ length: 4_000 }, (_, i) => `INV-${String(100000 + i)}`).join(", ");
    const fitted = fitCellText(invoices) as string;
    expect(fitted).toHaveLength(MAX_CELL_TEXT_LENGTH);
    const left = Number(/… \(([\d,]+) more characters: too long for one cell\)$/.exec(fitted)?.[1]?.replace(/,/g, ""));
    expect(fitted.indexOf(" … (")).toBe(invoices.length - left);
    expect(invoices.startsWith(fitted.slice(0, fitted.indexOf(" … (")))).toBe(true);
  });

  it("never splits a character outside the basic plane", () => {
    const text = "😀".repeat(20_000);
    const fitted = fitCellText(text) as string;
    expect(fitted.length).toBeLessThanOrEqual(MAX_CELL_TEXT_LENGTH);
    const kept = fitted.slice(0, fitted.indexOf(" … ("));
    expect(kept.length % 2).toBe(0);
    expect([...kept].every((ch) => ch === "😀")).toBe(true);
  });
});

describe("layOutOwnedSheet", () => {
  it("fits over-long text in the rows and the preamble", () => {
    const long = "y".repeat(40_000);
    const layout = layOutOwnedSheet({ name: "Collect Worklist", preamble: [[long]], columns: [{ header: "Invoices" }], rows: [[long], ["short"]] });
    expect((layout.preamble[0]?.[0] as string).length).toBe(MAX_CELL_TEXT_LENGTH);
    expect((layout.rows[0]?.[0] as string).length).toBe(MAX_CELL_TEXT_LENGTH);
    expect(layout.rows[1]?.[0]).toBe("short");
  });
});
