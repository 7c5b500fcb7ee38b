import fc from "fast-check";
import { centsToAmount, sumCents, toCents, type Cents } from "./cents";

describe("toCents", () => {
  it.each([
    { name: "a whole amount", amount: 12, cents: 1200 },
    { name: "two decimals", amount: 1234.56, cents: 123456 },
    { name: "binary noise (1.005)", amount: 1.005, cents: 101 },
    { name: "binary noise (0.1 + 0.2)", amount: 0.1 + 0.2, cents: 30 },
    { name: "a credit", amount: -250.5, cents: -25050 },
    { name: "half a cent away from zero", amount: -0.125, cents: -13 },
    { name: "negative zero", amount: -0.001, cents: 0 },
  ])("converts $name", ({ amount, cents }) => {
    expect(toCents(amount)).toEqual({ ok: true, value: cents });
  });

  it.each([
    { name: "NaN", amount: Number.NaN, error: "not-a-number" },
    { name: "Infinity", amount: Number.POSITIVE_INFINITY, error: "not-a-number" },
    { name: "an absurd amount", amount: 1e14, error: "too-large" },
  ])("refuses $name", ({ amount, error }) => {
    expect(toCents(amount)).toEqual({ ok: false, error });
  });

  it("round-trips every two-decimal amount", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
        const back = toCents(centsToAmount(cents as Cents));
        return back.ok && back.value === cents;
      }),
    );
  });

  it("sums exactly", () => {
    expect(sumCents([10 as Cents, 20 as Cents, -5 as Cents])).toBe(25);
  });
});
