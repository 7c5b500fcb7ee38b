import type { IsoDate } from "../dates/iso-date";
import type { Cents } from "../money/cents";
import { averageDays, computeDaysLate, computeDaysToPay } from "./days-to-pay";

describe("per invoice", () => {
  it.each([
    { name: "paid after 35 days, 5 late", invoice: "2026-01-10", due: "2026-02-09", paid: "2026-02-14", toPay: 35, late: 5 },
    { name: "paid early", invoice: "2026-01-10", due: "2026-02-09", paid: "2026-02-01", toPay: 22, late: -8 },
    { name: "paid on the due date", invoice: "2026-01-10", due: "2026-02-09", paid: "2026-02-09", toPay: 30, late: 0 },
    { name: "paid on the invoice date", invoice: "2026-01-10", due: "2026-02-09", paid: "2026-01-10", toPay: 0, late: -30 },
  ])("counts $name", ({ invoice, due, paid, toPay, late }) => {
    expect(computeDaysToPay(invoice as IsoDate, paid as IsoDate)).toBe(toPay);
    expect(computeDaysLate(due as IsoDate, paid as IsoDate)).toBe(late);
  });
});

describe("averageDays", () => {
  const softrak = [
    { days: 10, amountCents: 100_00 as Cents },
    { days: 20, amountCents: 1000_00 as Cents },
  ];
  it("averages simply: DOMAIN.md's example gives 15", () => {
    expect(averageDays(softrak)).toBe(15);
  });
  it("weights by amount: DOMAIN.md's example gives 19.1", () => {
    expect(averageDays(softrak, { weighted: true })).toBeCloseTo(19.0909, 4);
  });
  it("weights a credit memo by its size, not its sign", () => {
    expect(averageDays([{ days: 10, amountCents: -100 as Cents }, { days: 20, amountCents: 100 as Cents }], { weighted: true })).toBe(15);
  });
  it.each([
    { name: "no invoices", items: [], weighted: false },
    { name: "no invoices, weighted", items: [], weighted: true },
    { name: "weights that add up to zero", items: [{ days: 3, amountCents: 0 as Cents }], weighted: true },
  ])("has no answer for $name", ({ items, weighted }) => {
    expect(averageDays(items, { weighted })).toBeNull();
  });
});
