import type { DayNumber } from "../dates/iso-date";
import type { Cents } from "../money/cents";
import { compareText } from "./_lib/compare-text";
import { median } from "./_lib/stats";
import { describePaymentHistory, explainScore, type RiskReason } from "./explain-risk";
import type { PaymentRecord } from "./payment-record";
import type { PredictionContext } from "./prediction-context";
import { type RiskBand, toRiskBand, toRiskScore } from "./risk-band";
import { scoreInvoice } from "./score-invoice";

/** How likely a customer is to pay their next invoice late. */
export interface CustomerRisk {
  readonly customerKey: string;
  /** Paid invoices the judgement rests on (0: a new customer, judged by everyone's averages). */
  readonly paidInvoices: number;
  readonly probabilityLate: number;
  readonly riskScore: number;
  readonly riskBand: RiskBand;
  readonly reasons: readonly RiskReason[];
  /** The customer's paid history in words ("pays 21 days late on average over 14 invoices, 12 of them late"). */
  readonly historyText: string;
}

/**
 * Rates every customer with an invoice by the as-of date: the model's P(late) for a typical next invoice
 * issued the day after — the customer's median recent amount and usual terms, on their latest billing
 * channel, not disputed. That isolates the customer's own behaviour from whatever happens to be open, so the
 * band means the same for a customer with no open invoices as for one with ten.
 * Sorted by risk score (highest first), then customer key.
 *
 * @example assessCustomerRisk(context)[0] //=> { customerKey: "9725-FKFLG", riskScore: 88, riskBand: "high", reasons: [{ text: "pays 21 days late on average over 14 invoices, 12 of them late", … }], … }
 */
export function assessCustomerRisk(context: PredictionContext): CustomerRisk[] {
  const byCustomer = new Map<string, PaymentRecord[]>();
  for (const record of context.records) {
    if (record.invoiceDay > context.asOfDay) continue;
    const list = byCustomer.get(record.customerKey);
    if (list === undefined) byCustomer.set(record.customerKey, [record]);
    else list.push(record);
  }
  const risks = [...byCustomer].map(([customerKey, records]) => rateCustomer(context, customerKey, records));
  return risks.sort((a, b) => b.riskScore - a.riskScore || compareText(a.customerKey, b.customerKey));
}

function rateCustomer(context: PredictionContext, customerKey: string, records: readonly PaymentRecord[]): CustomerRisk {
  const typical = typicalNextInvoice(customerKey, records, (context.asOfDay + 1) as DayNumber);
  const score = scoreInvoice(context.model, typical);
  const riskScore = toRiskScore(score.probabilityLate);
  return { customerKey, paidInvoices: score.history.paidCount, probabilityLate: score.probabilityLate, riskScore, riskBand: toRiskBand(riskScore), reasons: explainScore(score, typical), historyText: describePaymentHistory(score.history) };
}

/** How many of the customer's latest invoices set the typical amount and terms. */
const TYPICAL_WINDOW_INVOICES = 12;

/** A made-up invoice that looks like the customer's recent ones (records arrive in canonical order: by invoice day). */
function typicalNextInvoice(customerKey: string, records: readonly PaymentRecord[], invoiceDay: DayNumber): PaymentRecord {
  const recent = records.slice(-TYPICAL_WINDOW_INVOICES);
  const latest = records[records.length - 1] as PaymentRecord;
  const termsDays = Math.round(median(recent.map((r) => r.dueDay - r.invoiceDay)));
  const amountCents = Math.round(median(recent.map((r) => r.amountCents))) as Cents;
  return {
    invoiceNo: "", customerKey, invoiceDay, dueDay: (invoiceDay + termsDays) as DayNumber, paidDay: null, amountCents, openCents: amountCents,
    currency: latest.currency, disputed: false, channel: latest.channel,
  };
}
