import { readStatusWords } from "./status-words";

describe("readStatusWords", () => {
  it.each([
    { name: "Paid", text: "Paid", flag: "closed" },
    { name: "German bezahlt", text: "Bezahlt", flag: "closed" },
    { name: "French payée", text: "Payée", flag: "closed" },
    { name: "Void", text: "VOID", flag: "closed" },
    { name: "Disputed", text: "Disputed", flag: "disputed" },
    { name: "en litige", text: "En litige", flag: "disputed" },
    { name: "On hold", text: "On Hold", flag: "onHold" },
    { name: "a QuickBooks payment row", text: "Payment", flag: "payment" },
    { name: "Credit Memo", text: "Credit Memo", flag: "credit" },
    { name: "CN", text: "CN", flag: "credit" },
    { name: "Gutschrift", text: "Gutschrift", flag: "credit" },
  ])("reads $name", ({ text, flag }) => {
    const meaning = readStatusWords(text) as unknown as Record<string, boolean>;
    expect(Object.keys(meaning).filter((key) => meaning[key] === true)).toEqual([flag]);
  });

  it.each([
    { name: "Overdue", text: "Overdue" },
    { name: "Financed", text: "Financed" },
    { name: "Partially paid", text: "Partially paid" },
    { name: "an invoice type", text: "Invoice" },
    { name: "a system code", text: "RV" },
    { name: "empty text", text: "" },
  ])("finds no meaning in $name", ({ text }) => {
    expect(readStatusWords(text)).toEqual({ closed: false, disputed: false, onHold: false, payment: false, credit: false });
  });
});
