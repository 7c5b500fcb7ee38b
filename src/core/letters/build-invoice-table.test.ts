import type { Cents } from "../money/cents";
import { makeLetterJob, makeLine } from "./_lib/letter-job-factory";
import { buildInvoiceTable, totalPayableCents } from "./build-invoice-table";
import { letterWordsFor } from "./letter-words";

const EN = letterWordsFor("en");

describe("buildInvoiceTable", () => {
  it("formats each line in the letter's locale and marks credits", () => {
    const job = makeLetterJob({ lines: [makeLine("INV-1", 1_284_50, 62), makeLine("CN-2", -120_00, 0), makeLine("INV-3", 640_00, -12)] });
    const table = buildInvoiceTable(job, "en-GB", EN);
    expect(table.headers).toEqual(["Invoice", "Date", "Due", "Amount", "Balance", "Days overdue"]);
    expect(table.rows).toEqual([
      { invoiceNo: "INV-1", kind: "invoice", invoiceDate: "30 Aug 2026", dueDate: "29 Sep 2026", amount: "£1,284.50", balance: "£1,284.50", daysOverdue: "62" },
      { invoiceNo: "CN-2 (credit)", kind: "credit-memo", invoiceDate: "31 Oct 2026", dueDate: "", amount: "-£120.00", balance: "-£120.00", daysOverdue: "" },
      { invoiceNo: "INV-3", kind: "invoice", invoiceDate: "12 Nov 2026", dueDate: "12 Dec 2026", amount: "£640.00", balance: "£640.00", daysOverdue: "not yet due" },
    ]);
  });

  it("writes German headers and amounts", () => {
    const job = makeLetterJob({ currency: "EUR", lines: [makeLine("R-1", 2_350_00, 33)] });
    const table = buildInvoiceTable(job, "de-DE", letterWordsFor("de"));
    expect(table.headers[5]).toBe("Tage überfällig");
    expect(table.rows[0]?.balance).toBe("2.350,00\u00A0€");
    expect(table.rows[0]?.dueDate).toBe("28.10.2026");
  });

  it.each([
    { name: "only the total when everything is overdue", lines: [makeLine("A", 100_00, 10)], fees: null, labels: ["Total due"], strong: "Total due" },
    { name: "the overdue part when some is not yet due", lines: [makeLine("A", 100_00, 10), makeLine("B", 50_00, -3)], fees: null, labels: ["Total due", "of which overdue"], strong: "Total due" },
    { name: "no overdue part when credits net the total below it", lines: [makeLine("A", 100_00, 10), makeLine("C", -30_00, 0)], fees: null, labels: ["Total due"], strong: "Total due" },
    { name: "fees, interest and what to pay now", lines: [makeLine("A", 100_00, 50)], fees: { feeCents: 40_00 as Cents, interestCents: 1_23 as Cents, basis: null }, labels: ["Total due", "Late payment compensation", "Interest", "Total now payable"], strong: "Total now payable" },
    { name: "fees without interest", lines: [makeLine("A", 100_00, 50)], fees: { feeCents: 40_00 as Cents, interestCents: 0 as Cents, basis: null }, labels: ["Total due", "Late payment compensation", "Total now payable"], strong: "Total now payable" },
    { name: "zero fees as no fees", lines: [makeLine("A", 100_00, 50)], fees: { feeCents: 0 as Cents, interestCents: 0 as Cents, basis: null }, labels: ["Total due"], strong: "Total due" },
  ])("totals: $name", ({ lines, fees, labels, strong }) => {
    const table = buildInvoiceTable(makeLetterJob({ lines, fees }), "en-GB", EN);
    expect(table.totals.map((total) => total.label)).toEqual(labels);
    expect(table.totals.filter((total) => total.emphasis).map((total) => total.label)).toEqual([strong]);
  });

  it("adds fees and interest to the total payable", () => {
    const job = makeLetterJob({ lines: [makeLine("A", 1_000_00, 50)], fees: { feeCents: 40_00 as Cents, interestCents: 5_00 as Cents, basis: null } });
    expect(totalPayableCents(job)).toBe(1_045_00);
  });
});
