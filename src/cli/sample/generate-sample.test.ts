import { addDays, diffDays, type IsoDate } from "../../core/dates/iso-date";
import { isBusinessDay } from "./_lib/business-calendar";
import { generateSampleBook, SampleOptionsError } from "./generate-sample";
import type { SampleBook, SampleContactRow, SampleInvoiceRow } from "./sample-book";

const DEFAULT_BOOK = generateSampleBook();

/** The same stories must hold for any seed and as-of date, not just the one in assets/. */
const BOOKS: readonly { name: string; book: SampleBook }[] = [
  { name: "the default book", book: DEFAULT_BOOK },
  { name: "seed 1", book: generateSampleBook({ seed: 1 }) },
  { name: "seed 8 (fewest invoices seen)", book: generateSampleBook({ seed: 8 }) },
  { name: "seed 99 as of 2027-03-15", book: generateSampleBook({ seed: 99, asOf: "2027-03-15" }) },
];

const isOpen = (invoice: SampleInvoiceRow): boolean => invoice.balanceCents !== 0;
const daysPastDue = (invoice: SampleInvoiceRow, asOf: IsoDate): number => diffDays(invoice.dueDate, asOf);

function netBalanceByCustomer(book: SampleBook): Map<string, number> {
  const net = new Map<string, number>();
  for (const invoice of book.invoices) net.set(invoice.customerId, (net.get(invoice.customerId) ?? 0) + invoice.balanceCents);
  return net;
}

function isBrokenPromise(book: SampleBook, row: SampleContactRow): boolean {
  if (row.promiseDate === null || row.promiseCents === null || row.promiseDate >= book.asOf) return false;
  const { promiseDate, promiseCents } = row;
  const received = book.payments
    .filter((p) => p.customerId === row.customerId && p.paymentDate >= row.date && p.paymentDate <= promiseDate)
    .reduce((sum, p) => sum + p.amountCents, 0);
  return received < promiseCents;
}

describe("generateSampleBook: a day at Harbour Lane Supplies", () => {
  describe.each(BOOKS)("$name", ({ book }) => {
    const invoiceById = new Map(book.invoices.map((invoice) => [invoice.invoiceNo, invoice]));
    const customerIds = new Set(book.customers.map((c) => c.customerId));

    it("has at least forty customers with unique ids, two without e-mail, one on hold, two collectors", () => {
      expect(book.customers.length).toBeGreaterThanOrEqual(40);
      expect(customerIds.size).toBe(book.customers.length);
      expect(book.customers.filter((c) => c.email === null)).toHaveLength(2);
      expect(book.customers.filter((c) => c.onHold)).toHaveLength(1);
      expect(new Set(book.customers.map((c) => c.collector)).size).toBe(2);
      expect(book.customers.filter((c) => c.language !== "en").map((c) => c.language).sort()).toEqual(["de", "fr", "fr"]);
      expect(book.customers.filter((c) => c.currency === "EUR")).toHaveLength(2);
      expect(book.customers.every((c) => c.billingAddress.includes(", "))).toBe(true);
    });

    it("bills every customer at least once, and only customers on the list", () => {
      const billed = new Set(book.invoices.map((i) => i.customerId));
      expect([...billed].sort()).toEqual([...customerIds].sort());
      const nameOf = new Map(book.customers.map((c) => [c.customerId, c.customerName]));
      for (const invoice of book.invoices) expect(invoice.customerName).toBe(nameOf.get(invoice.customerId));
    });

    it("bills in the customer's currency: only the two EUR customers have EUR invoices", () => {
      const currencyOf = new Map(book.customers.map((c) => [c.customerId, c.currency]));
      for (const invoice of book.invoices) expect(invoice.currency).toBe(currencyOf.get(invoice.customerId));
      expect(new Set(book.invoices.filter((i) => i.currency === "EUR").map((i) => i.customerId)).size).toBe(2);
    });

    it("holds 400+ invoices on business days across the 18 months up to the as-of date", () => {
      expect(book.invoices.length).toBeGreaterThanOrEqual(400);
      const months = new Set(book.invoices.map((i) => i.invoiceDate.slice(0, 7)));
      expect(months.size).toBe(18);
      const dates = book.invoices.map((i) => i.invoiceDate).sort();
      expect(diffDays(dates[0] as IsoDate, addDays(book.asOf, 1))).toBeLessThanOrEqual(18 * 31);
      expect(dates[dates.length - 1]! <= book.asOf).toBe(true);
      expect(book.invoices.every((i) => isBusinessDay(i.invoiceDate))).toBe(true);
      expect(new Set(book.invoices.map((i) => i.invoiceNo)).size).toBe(book.invoices.length);
    });

    it("sets every due date to the invoice date plus the terms", () => {
      for (const invoice of book.invoices.filter((i) => i.terms !== null)) {
        const termsDays = Number(/^Net (\d+)$/.exec(invoice.terms ?? "")?.[1]);
        expect(invoice.dueDate).toBe(addDays(invoice.invoiceDate, termsDays));
      }
    });

    it("keeps invoice amounts between £80 and £18,000", () => {
      for (const invoice of book.invoices.filter((i) => i.status !== "Credit")) {
        expect(invoice.amountCents).toBeGreaterThanOrEqual(8_000);
        expect(invoice.amountCents).toBeLessThanOrEqual(1_800_000);
        expect(Number.isInteger(invoice.amountCents)).toBe(true);
      }
    });

    it("makes Paid the exact sum of Payments and Balance = Amount − Paid, with a matching status", () => {
      const paid = new Map<string, number>();
      for (const payment of book.payments) paid.set(payment.invoiceNo, (paid.get(payment.invoiceNo) ?? 0) + payment.amountCents);
      for (const invoice of book.invoices) {
        expect(invoice.paidCents).toBe(paid.get(invoice.invoiceNo) ?? 0);
        expect(invoice.balanceCents).toBe(invoice.amountCents - invoice.paidCents);
        const expected = invoice.amountCents < 0 ? "Credit" : invoice.balanceCents === 0 ? "Paid" : invoice.paidCents === 0 ? "Open" : "Part-paid";
        expect(invoice.status).toBe(expected);
      }
      expect(book.invoices.filter((i) => i.status === "Part-paid").length).toBeGreaterThanOrEqual(2);
      expect(book.invoices.filter((i) => i.status === "Paid").length).toBeGreaterThan(book.invoices.length / 2);
    });

    it("dates payments after their invoice, on business days, on or before the as-of date", () => {
      for (const payment of book.payments) {
        const invoice = invoiceById.get(payment.invoiceNo);
        expect(invoice?.customerId).toBe(payment.customerId);
        expect(payment.paymentDate > (invoice?.invoiceDate ?? "")).toBe(true);
        expect(payment.paymentDate <= book.asOf).toBe(true);
        expect(isBusinessDay(payment.paymentDate)).toBe(true);
        expect(payment.amountCents).toBeGreaterThan(0);
        expect(payment.reference).not.toBe("");
      }
      const rowsPerInvoice = new Map<string, number>();
      for (const payment of book.payments) rowsPerInvoice.set(payment.invoiceNo, (rowsPerInvoice.get(payment.invoiceNo) ?? 0) + 1);
      expect([...rowsPerInvoice.values()].some((count) => count >= 2)).toBe(true);
    });

    it("has exactly two disputed invoices, both open and explained in Notes", () => {
      const disputed = book.invoices.filter((i) => i.disputed);
      expect(disputed).toHaveLength(2);
      for (const invoice of disputed) {
        expect(invoice.balanceCents).toBeGreaterThan(0);
        expect(invoice.notes).toMatch(/^Disputed: /);
      }
    });

    it("has credit memos with negative amounts, and exactly one customer whose net balance is a credit", () => {
      const credits = book.invoices.filter((i) => i.status === "Credit");
      expect(credits.length).toBeGreaterThanOrEqual(1);
      for (const credit of credits) {
        expect(credit.invoiceNo).toMatch(/^CN-\d{4}$/);
        expect(credit.amountCents).toBeLessThan(0);
      }
      const inCredit = [...netBalanceByCustomer(book)].filter(([, net]) => net < 0).map(([id]) => id);
      expect(inCredit).toEqual(["C013"]);
      const openInvoices = book.invoices.filter((i) => i.customerId === "C013" && i.status !== "Credit" && isOpen(i));
      expect(openInvoices.length).toBeGreaterThanOrEqual(1);
    });

    it("has one very late payer: several invoices 90–200 days past due and a history of paying 60+ days late", () => {
      const veryLate = Object.entries(book.profiles).filter(([, profile]) => profile === "very-late").map(([id]) => id);
      expect(veryLate).toEqual(["C001"]);
      const mine = book.invoices.filter((i) => i.customerId === "C001");
      const longOverdue = mine.filter((i) => isOpen(i) && daysPastDue(i, book.asOf) >= 90 && daysPastDue(i, book.asOf) <= 200);
      expect(longOverdue.length).toBeGreaterThanOrEqual(3);
      const settled = mine.filter((i) => i.status === "Paid");
      expect(settled.length).toBeGreaterThanOrEqual(3);
      for (const invoice of settled) {
        const last = book.payments.filter((p) => p.invoiceNo === invoice.invoiceNo).map((p) => p.paymentDate).sort().pop();
        expect(diffDays(invoice.dueDate, last as IsoDate)).toBeGreaterThanOrEqual(60);
      }
    });

    it("pays by behaviour profile: prompt before due, average a few days late, chronic 20–45 days late", () => {
      const medianDaysLate = (profile: string): number => {
        const ids = new Set(Object.entries(book.profiles).filter(([, p]) => p === profile).map(([id]) => id));
        const late = book.invoices
          .filter((i) => ids.has(i.customerId) && i.status === "Paid")
          .map((i) => diffDays(i.dueDate, book.payments.filter((p) => p.invoiceNo === i.invoiceNo).map((p) => p.paymentDate).sort().pop() as IsoDate))
          .sort((a, b) => a - b);
        return late[Math.floor(late.length / 2)] as number;
      };
      expect(medianDaysLate("prompt")).toBeLessThan(0);
      expect(medianDaysLate("average")).toBeGreaterThanOrEqual(0);
      expect(medianDaysLate("average")).toBeLessThanOrEqual(10);
      expect(medianDaysLate("chronic")).toBeGreaterThanOrEqual(20);
      expect(medianDaysLate("chronic")).toBeLessThanOrEqual(45);
    });

    it("has about five open invoices falling due within the next seven days", () => {
      const dueSoon = book.invoices.filter((i) => isOpen(i) && i.status !== "Credit" && -daysPastDue(i, book.asOf) >= 1 && -daysPastDue(i, book.asOf) <= 7);
      expect(dueSoon.length).toBeGreaterThanOrEqual(5);
      expect(dueSoon.length).toBeLessThanOrEqual(14);
    });

    it("logs one promise still in the future and exactly one broken promise", () => {
      const promises = book.contactLog.filter((row) => row.promiseDate !== null);
      const future = promises.filter((row) => (row.promiseDate ?? "") > book.asOf);
      expect(future).toHaveLength(1);
      expect(future[0]?.promiseCents).toBeGreaterThan(0);
      expect(netBalanceByCustomer(book).get(future[0]?.customerId ?? "")).toBeGreaterThan(0);
      expect(promises.filter((row) => isBrokenPromise(book, row))).toHaveLength(1);
      expect(promises.filter((row) => (row.promiseDate ?? "") < book.asOf && !isBrokenPromise(book, row)).length).toBeGreaterThanOrEqual(1);
    });

    it("keeps a plausible contact log: known customers, dates up to the as-of date, most notes for the very late payer", () => {
      expect(book.contactLog.length).toBeGreaterThanOrEqual(10);
      for (const row of book.contactLog) {
        expect(customerIds.has(row.customerId)).toBe(true);
        expect(row.date <= book.asOf).toBe(true);
        expect(["Call", "E-mail", "Letter"]).toContain(row.channel);
        expect(row.notes.length).toBeGreaterThan(10);
        expect((row.promiseCents === null) === (row.promiseDate === null)).toBe(true);
      }
      const perCustomer = new Map<string, number>();
      for (const row of book.contactLog) perCustomer.set(row.customerId, (perCustomer.get(row.customerId) ?? 0) + 1);
      expect(perCustomer.get("C001")).toBe(Math.max(...perCustomer.values()));
      const dates = book.contactLog.map((row) => row.date);
      expect(dates).toEqual([...dates].sort());
    });
  });

  it("gives the 18 months June 2025 to November 2026 for the default as-of date", () => {
    expect(DEFAULT_BOOK.asOf).toBe("2026-11-30");
    const months = [...new Set(DEFAULT_BOOK.invoices.map((i) => i.invoiceDate.slice(0, 7)))].sort();
    expect(months[0]).toBe("2025-06");
    expect(months[months.length - 1]).toBe("2026-11");
  });

  it("varies volume with the season", () => {
    const perMonth = new Map<string, number>();
    for (const invoice of DEFAULT_BOOK.invoices) perMonth.set(invoice.invoiceDate.slice(0, 7), (perMonth.get(invoice.invoiceDate.slice(0, 7)) ?? 0) + 1);
    const counts = [...perMonth.values()];
    expect(Math.max(...counts) / Math.min(...counts)).toBeGreaterThan(1.3);
  });

  it("is deterministic: the same seed gives deep-equal output, a different seed a different book", () => {
    expect(generateSampleBook({ seed: 20261130, asOf: "2026-11-30" })).toEqual(DEFAULT_BOOK);
    expect(generateSampleBook()).toEqual(DEFAULT_BOOK);
    const other = generateSampleBook({ seed: 2 });
    expect(other.invoices).not.toEqual(DEFAULT_BOOK.invoices);
    expect(other.customers).toEqual(DEFAULT_BOOK.customers);
  });

  it.each([
    { name: "a day that does not exist", asOf: "2026-02-30" },
    { name: "a UK-style date", asOf: "30/11/2026" },
    { name: "empty text", asOf: "" },
  ])("throws SampleOptionsError for an as-of date that is $name", ({ asOf }) => {
    expect(() => generateSampleBook({ asOf })).toThrow(SampleOptionsError);
  });
});
