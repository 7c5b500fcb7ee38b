import type { Cents } from "../money/cents";
import { isWrittenOff, writtenOffCents } from "./write-offs";

describe("isWrittenOff", () => {
  it.each([
    { status: "Written off", result: true },
    { status: "written-off", result: true },
    { status: "Write off 2026", result: true },
    { status: "Bad debt", result: true },
    { status: "Uncollectible", result: true },
    { status: "Abgeschrieben", result: true },
    { status: "Créance irrécouvrable", result: true },
    { status: "Oninbaar", result: true },
  ])("reads $status as written off", ({ status, result }) => {
    expect(isWrittenOff({ status, kind: "invoice" })).toBe(result);
  });

  it.each([
    { name: "a paid invoice", status: "Paid", kind: "invoice" as const },
    { name: "no status", status: null, kind: "invoice" as const },
    { name: "an empty status", status: "", kind: "invoice" as const },
    { name: "a word that only contains 'off'", status: "Offset against credit", kind: "invoice" as const },
    { name: "a credit memo written off", status: "Written off", kind: "credit-memo" as const },
  ])("does not read $name as written off", ({ status, kind }) => {
    expect(isWrittenOff({ status, kind })).toBe(false);
  });
});

describe("writtenOffCents", () => {
  it.each([
    { name: "nothing paid", amount: 1000, paid: [], lost: 1000 },
    { name: "part paid", amount: 1000, paid: [400, 100], lost: 500 },
    { name: "overpaid", amount: 1000, paid: [1200], lost: 0 },
  ])("$name: loses $lost", ({ amount, paid, lost }) => {
    expect(writtenOffCents({ amountCents: amount as Cents }, paid.map((cents) => ({ amountCents: cents as Cents })))).toBe(lost);
  });
});
