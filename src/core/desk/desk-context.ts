import type { IsoDate } from "../dates/iso-date";
import type { Invoice, Ledger } from "../ledger/ledger";
import type { CollectPolicy } from "../policy/collect-policy";
import { selectScenario, type ScenarioChoice } from "../policy/select-scenario";
import { indexPayments, type PaymentIndex } from "./_lib/payment-index";
import { groupAccounts, type Account } from "./accounts";
import { indexContacts, type ContactHistory } from "./contact-history";
import { findOpenDisputes, type Dispute } from "./disputes";
import { ledgerAsOf } from "./ledger-as-of";
import { buildPayerProfiles, type PayerProfile } from "./payer-profile";
import { toScenarioRisk, type CustomerRiskRating } from "./customer-risks";
import { activePlan, evaluatePlan, type Plan, type PlanStatus } from "./payment-plan";
import { evaluatePromises, type PromiseRecord } from "./promises";
import { scenarioFactsOf } from "./scenario-facts";

/** What the desk's decisions read besides the ledger. */
export interface DeskOptions {
  /** Payment plans from the `Collect Plans` sheet. @defaultvalue [] */
  readonly plans?: readonly Plan[];
  /**
   * Each customer's late-payment risk on the as-of date (`rateCustomerRisks` on the as-of ledger), for the scenario
   * rules, the worklist and the account status. @defaultvalue none: no customer is rated
   */
  readonly risks?: ReadonlyMap<string, CustomerRiskRating>;
}

/** Everything the desk derives from a ledger once, shared by the decisions, the worklist and the account status. */
export interface DeskContext {
  readonly ledger: Ledger;
  readonly policy: CollectPolicy;
  readonly asOf: IsoDate;
  readonly payments: PaymentIndex;
  readonly accounts: readonly Account[];
  readonly contacts: ReadonlyMap<string, ContactHistory>;
  readonly promises: readonly PromiseRecord[];
  readonly disputes: readonly Dispute[];
  readonly plans: ReadonlyMap<string, PlanStatus>;
  readonly profiles: ReadonlyMap<string, PayerProfile>;
  readonly scenarios: ReadonlyMap<string, ScenarioChoice>;
  readonly risks: ReadonlyMap<string, CustomerRiskRating>;
}

/**
 * Derives accounts, contact history, promises, disputes, plan status, payer profiles and each customer's
 * scenario from a ledger on an as-of date. The ledger is first restated to that date (`ledgerAsOf`), so a past date
 * gives the decisions a workbook truncated to it gives; `ledger` in the result is the restated one.
 *
 * @example buildDeskContext(ledger, DEFAULT_COLLECT_POLICY, "2026-11-25" as IsoDate).accounts.length //=> 12
 */
export function buildDeskContext(given: Ledger, policy: CollectPolicy, asOf: IsoDate, options?: DeskOptions): DeskContext {
  // Time travel: on a past as-of date the desk sees the ledger as it stood then (later rows ignored, balances restated).
  const ledger = ledgerAsOf(given, asOf);
  const payments = indexPayments(ledger);
  const invoicesByCustomer = new Map<string, Invoice[]>();
  for (const invoice of ledger.invoices) {
    const list = invoicesByCustomer.get(invoice.customerKey);
    if (list === undefined) invoicesByCustomer.set(invoice.customerKey, [invoice]);
    else list.push(invoice);
  }
  const customers = new Map(ledger.customers.map((customer) => [customer.key, customer]));
  const keys = new Set<string>([...invoicesByCustomer.keys(), ...customers.keys(), ...payments.byCustomer.keys()]);
  const risks = options?.risks ?? new Map<string, CustomerRiskRating>();
  const scenarios = new Map<string, ScenarioChoice>();
  const plans = new Map<string, PlanStatus>();
  for (const key of keys) {
    scenarios.set(key, selectScenario(scenarioFactsOf(customers.get(key) ?? null, invoicesByCustomer.get(key) ?? [], asOf, toScenarioRisk(risks.get(key))), policy));
    const plan = activePlan(options?.plans ?? [], key, asOf);
    if (plan !== null) plans.set(key, evaluatePlan(plan, payments.byCustomer.get(key) ?? [], asOf, { graceDays: policy.promiseGraceDays }));
  }
  return {
    ledger,
    policy,
    asOf,
    payments,
    accounts: groupAccounts(ledger, asOf, payments),
    contacts: indexContacts(ledger.contacts, asOf),
    promises: evaluatePromises(ledger, asOf, { graceDays: policy.promiseGraceDays, index: payments }),
    disputes: findOpenDisputes(ledger, asOf),
    plans,
    profiles: buildPayerProfiles(ledger, policy, asOf, payments),
    scenarios,
    risks,
  };
}
