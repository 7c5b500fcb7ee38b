import type { IsoDate } from "../core/dates/iso-date";
import { DEFAULT_PRIORITY_WEIGHTS } from "../core/desk/priority-weights";
import { buildWorklist } from "../core/desk/worklist";
import { testCustomer, testInvoice, testLedger, testPayment } from "../core/desk/_lib/test-ledger";
import type { LetterSender } from "../core/letters/letter-job";
import type { Cents } from "../core/money/cents";
import { DEFAULT_COLLECT_POLICY, type CollectPolicy } from "../core/policy/collect-policy";
import { buildLetterJobs } from "./letter-jobs";

const asOf = "2026-11-25" as IsoDate;
const company = { name: "Harbour Lane Supplies Ltd" } as unknown as LetterSender;
// One customer 60 days late on 1,000.00 with 400.00 paid 30 days in: a final notice.
const ledger = testLedger({
  invoices: [testInvoice({ no: "INV-1", invoiceDate: "2026-08-27", dueDate: "2026-09-26", amount: 1000, open: 600 })],
  payments: [testPayment({ invoiceNo: "INV-1", date: "2026-10-26", amount: 400 })],
  customers: [testCustomer({ key: "C1" })],
});
const withFees: CollectPolicy = {
  ...DEFAULT_COLLECT_POLICY,
  scenarioRules: [],
  interestMethod: "simple-daily",
  annualInterestRate: 0.08,
  stages: DEFAULT_COLLECT_POLICY.stages.map((stage) => (stage.level === 6 ? { ...stage, feeCents: 40_00 as Cents, chargeInterest: true } : stage)),
};

function jobsUnder(policy: CollectPolicy) {
  const worklist = buildWorklist(ledger, policy, DEFAULT_PRIORITY_WEIGHTS, asOf);
  return buildLetterJobs(worklist, ledger, policy, company, asOf);
}

describe("buildLetterJobs: fees and interest", () => {
  it("adds the level's fee and the interest when the policy charges them", () => {
    const [job] = jobsUnder(withFees);
    expect(job?.stage.level).toBe(6);
    // 600.00 outstanding × 8% ÷ 365 × 30 days since the part-payment on 26 Oct = 3.95.
    expect(job?.fees).toEqual({ feeCents: 4000, interestCents: 395, basis: "8% p.a." });
  });

  it("leaves fees out when the policy charges none (the default)", () => {
    const [job] = jobsUnder({ ...DEFAULT_COLLECT_POLICY, scenarioRules: [] });
    expect(job?.fees).toBeNull();
  });

  it("lists what was open on a past as-of date", () => {
    const worklist = buildWorklist(ledger, withFees, DEFAULT_PRIORITY_WEIGHTS, "2026-10-10" as IsoDate);
    const [job] = buildLetterJobs(worklist, ledger, withFees, company, "2026-10-10" as IsoDate);
    expect(job?.lines.map((line) => [line.invoiceNo, line.openCents])).toEqual([["INV-1", 100000]]);
  });
});
