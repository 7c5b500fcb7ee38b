import { cents, day, testContact, testInvoice, testLedger, testPayment } from "./_lib/test-ledger";
import { evaluatePromises, governingPromise, promiseKeptRate, type PromiseRecord } from "./promises";

const asOf = day("2026-11-25");
const inv = testInvoice({ no: "INV-1", amount: 1000, invoiceDate: "2026-09-01", dueDate: "2026-10-01" });

function judgeOne(promise: Parameters<typeof testContact>[0], payments: Parameters<typeof testPayment>[0][], invoice = inv, graceDays = 2): PromiseRecord {
  const ledger = testLedger({ invoices: [invoice], payments: payments.map((p) => testPayment(p)), contacts: [testContact(promise)] });
  const [record] = evaluatePromises(ledger, asOf, { graceDays });
  if (record === undefined) throw new Error("no promise judged");
  return record;
}

describe("evaluatePromises (Catchpole states)", () => {
  it.each([
    { name: "paid in full on the promised date", pay: [{ invoiceNo: "INV-1", date: "2026-11-15", amount: 500 }], status: "kept", resolvedOn: "2026-11-15" },
    { name: "paid within the grace days", pay: [{ invoiceNo: "INV-1", date: "2026-11-17", amount: 500 }], status: "kept", resolvedOn: "2026-11-17" },
    { name: "paid in two parts that reach the amount", pay: [{ invoiceNo: "INV-1", date: "2026-11-11", amount: 200 }, { invoiceNo: "INV-1", date: "2026-11-14", amount: 300 }], status: "kept", resolvedOn: "2026-11-14" },
    { name: "an unapplied payment counts", pay: [{ invoiceNo: null, date: "2026-11-12", amount: 500 }], status: "kept", resolvedOn: "2026-11-12" },
    { name: "paid too little", pay: [{ invoiceNo: "INV-1", date: "2026-11-12", amount: 499.99 }], status: "broken", resolvedOn: "2026-11-18" },
    { name: "paid after the grace days", pay: [{ invoiceNo: "INV-1", date: "2026-11-18", amount: 500 }], status: "broken", resolvedOn: "2026-11-18" },
    { name: "paid before the promise was made (does not count)", pay: [{ invoiceNo: "INV-1", date: "2026-11-05", amount: 500 }], status: "broken", resolvedOn: "2026-11-18" },
    { name: "nothing paid", pay: [], status: "broken", resolvedOn: "2026-11-18" },
  ])("$name → $status", ({ pay, status, resolvedOn }) => {
    const record = judgeOne({ date: "2026-11-10", invoiceNo: "INV-1", promise: 500, promiseDate: "2026-11-15" }, pay);
    expect(record.status).toBe(status);
    expect(record.resolvedOn).toBe(resolvedOn);
  });

  it.each([
    { name: "date not reached", promiseDate: "2026-11-30", status: "pending" },
    { name: "date passed but still within grace", promiseDate: "2026-11-23", status: "pending" },
    { name: "grace over", promiseDate: "2026-11-22", status: "broken" },
  ])("without payment: $name → $status", ({ promiseDate, status }) => {
    expect(judgeOne({ date: "2026-11-10", invoiceNo: "INV-1", promise: 500, promiseDate }, []).status).toBe(status);
  });

  it("a promise without an amount is kept when the invoice is cleared by the date", () => {
    const paidOff = testInvoice({ no: "INV-1", amount: 1000, open: 0, invoiceDate: "2026-09-01", dueDate: "2026-10-01" });
    expect(judgeOne({ date: "2026-11-10", invoiceNo: "INV-1", promiseDate: "2026-11-15" }, [{ invoiceNo: "INV-1", date: "2026-11-14", amount: 1000 }], paidOff).status).toBe("kept");
    expect(judgeOne({ date: "2026-11-10", invoiceNo: "INV-1", promiseDate: "2026-11-15" }, [{ invoiceNo: "INV-1", date: "2026-11-14", amount: 900 }]).status).toBe("broken");
  });

  it("a balance promise without an amount is kept when everything owed when promising is cleared", () => {
    const old = testInvoice({ no: "OLD", amount: 300, open: 0, invoiceDate: "2026-09-01" });
    const later = testInvoice({ no: "NEW", amount: 800, invoiceDate: "2026-11-12" });
    const ledger = testLedger({
      invoices: [old, later],
      payments: [testPayment({ invoiceNo: "OLD", amount: 300, date: "2026-11-14" })],
      contacts: [testContact({ date: "2026-11-10", promiseDate: "2026-11-15" })],
    });
    expect(evaluatePromises(ledger, asOf)[0]?.status).toBe("kept");
  });

  it("a newer promise for the same invoice cancels an older one not yet settled", () => {
    const ledger = testLedger({
      invoices: [inv],
      contacts: [
        testContact({ date: "2026-11-01", invoiceNo: "INV-1", promise: 500, promiseDate: "2026-11-20" }),
        testContact({ date: "2026-11-18", invoiceNo: "INV-1", promise: 500, promiseDate: "2026-11-30" }),
      ],
    });
    expect(evaluatePromises(ledger, asOf).map((r) => [r.status, r.resolvedOn])).toEqual([["cancelled", "2026-11-18"], ["pending", null]]);
  });

  it("a promise broken before the newer one was made stays broken", () => {
    const ledger = testLedger({
      invoices: [inv],
      contacts: [
        testContact({ date: "2026-10-01", invoiceNo: "INV-1", promise: 500, promiseDate: "2026-10-10" }),
        testContact({ date: "2026-11-18", invoiceNo: "INV-1", promise: 500, promiseDate: "2026-11-30" }),
      ],
    });
    expect(evaluatePromises(ledger, asOf).map((r) => r.status)).toEqual(["broken", "pending"]);
  });

  it("ignores promises logged after the as-of date", () => {
    const ledger = testLedger({ invoices: [inv], contacts: [testContact({ date: "2026-11-26", promise: 100, promiseDate: "2026-11-30" })] });
    expect(evaluatePromises(ledger, asOf)).toEqual([]);
  });
});

describe("promiseKeptRate (DOMAIN.md metric 10)", () => {
  const record = (status: PromiseRecord["status"], promised: number | null, paid: number, promiseDate = "2026-11-01"): PromiseRecord => ({
    customerKey: "C1", invoiceNo: null, madeOn: day("2026-10-01"), promiseDate: day(promiseDate), deadline: day(promiseDate),
    promisedCents: promised === null ? null : cents(promised), paidCents: cents(paid), status, resolvedOn: null, source: null,
  });

  it("counts kept over kept + broken, leaving pending and cancelled out; weights by amount", () => {
    const rate = promiseKeptRate([record("kept", 100, 100), record("kept", 300, 400), record("broken", 600, 100), record("pending", 50, 0), record("cancelled", 50, 0)]);
    expect(rate).toEqual({ kept: 2, broken: 1, pending: 1, cancelled: 1, rate: 2 / 3, amountRate: 500 / 1000 });
  });

  it("filters by promised date", () => {
    const rate = promiseKeptRate([record("kept", 100, 100, "2026-09-01"), record("broken", 100, 0, "2026-11-01")], { from: day("2026-10-01") });
    expect([rate.kept, rate.broken, rate.rate]).toEqual([0, 1, 0]);
  });

  it.each([
    { name: "no promises", records: [] },
    { name: "only pending ones", records: [record("pending", 100, 0)] },
  ])("is null with $name", ({ records }) => {
    expect(promiseKeptRate(records)).toMatchObject({ rate: null, amountRate: null });
  });
});

describe("governingPromise", () => {
  const records = (contacts: ReturnType<typeof testContact>[], payments: ReturnType<typeof testPayment>[] = []) =>
    evaluatePromises(testLedger({ invoices: [inv], contacts, payments }), asOf);

  it.each([
    { name: "the invoice's own newest promise", contacts: [testContact({ date: "2026-11-20", invoiceNo: "INV-1", promise: 100, promiseDate: "2026-11-30" })], status: "pending" },
    { name: "a balance promise made after the invoice date", contacts: [testContact({ date: "2026-11-01", promise: 100, promiseDate: "2026-11-05" })], status: "broken" },
    { name: "a balance promise made before the invoice existed", contacts: [testContact({ date: "2026-08-01", promise: 100, promiseDate: "2026-08-05" })], status: undefined },
  ])("$name", ({ contacts, status }) => {
    expect(governingPromise(records(contacts), inv)?.status).toBe(status);
  });

  it("nothing once the promise was kept", () => {
    const kept = records([testContact({ date: "2026-11-20", invoiceNo: "INV-1", promise: 100, promiseDate: "2026-11-30" })], [testPayment({ invoiceNo: "INV-1", amount: 100, date: "2026-11-21" })]);
    expect(kept[0]?.status).toBe("kept");
    expect(governingPromise(kept, inv)).toBeNull();
  });
});
