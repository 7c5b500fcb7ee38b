import type { Cents } from "../money/cents";
import { makeLetterJob, makeLine } from "./_lib/letter-job-factory";
import { buildInvoiceTable } from "./build-invoice-table";
import { inlinesToText, invoiceTableText } from "./letter-plain-text";
import { letterWordsFor } from "./letter-words";

describe("inlinesToText", () => {
  it.each([
    { name: "text", inlines: [{ kind: "text", text: "Hello" }], text: "Hello" },
    { name: "a break", inlines: [{ kind: "text", text: "A" }, { kind: "break" }, { kind: "text", text: "B" }], text: "A\nB" },
    { name: "a link by its address", inlines: [{ kind: "link", text: "pay here", href: "https://pay.example" }], text: "https://pay.example" },
    { name: "nothing", inlines: [], text: "" },
  ] as const)("writes $name", ({ inlines, text }) => {
    expect(inlinesToText(inlines)).toBe(text);
  });
});

describe("invoiceTableText", () => {
  it("lines up columns, right-aligns amounts and puts totals under the balance", () => {
    const job = makeLetterJob({ lines: [makeLine("INV-1", 1_284_50, 62), makeLine("INV-22", 46_00, 8)], fees: { feeCents: 40_00 as Cents, interestCents: 0 as Cents, basis: null } });
    const lines = invoiceTableText(buildInvoiceTable(job, "en-GB", letterWordsFor("en"))).split("\n");
    expect(lines).toEqual([
      "Invoice  Date         Due             Amount    Balance  Days overdue",
      "---------------------------------------------------------------------",
      "INV-1    30 Aug 2026  29 Sep 2026  £1,284.50  £1,284.50            62",
      "INV-22   23 Oct 2026  22 Nov 2026     £46.00     £46.00             8",
      "---------------------------------------------------------------------",
      "                                  Total due:  £1,330.50",
      "                  Late payment compensation:     £40.00",
      "                          Total now payable:  £1,370.50",
    ]);
  });
});
