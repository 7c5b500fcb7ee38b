import type { RiskBand } from "../predict/risk-band";
import { DEFAULT_POLICY, type StageDefinition } from "./policy";

/** The name of the base scenario: the policy's own stage table and grace days. */
export const STANDARD_SCENARIO = "Standard";

/**
 * A named variant of the stage table for a customer segment, with its own trigger days, channels and gaps.
 * `stages: null` and `graceDays: null` mean "as Standard", so a scenario can change only its grace days.
 */
export interface ScenarioDefinition {
  readonly name: string;
  readonly description: string;
  /** Grace days for this scenario, or null to use the policy's. */
  readonly graceDays: number | null;
  /** The full stage table (levels 1–7), or null to use the Standard one. */
  readonly stages: readonly StageDefinition[] | null;
}

/** The customer facts a scenario rule can test. */
export type ScenarioField = "segment" | "industry-code" | "sales-12m" | "customer-age-days" | "risk-band";

/** The risk bands a "risk-band" rule can name, lowest first. */
export const SCENARIO_RISK_BANDS: readonly RiskBand[] = ["low", "medium", "high"];

/**
 * One rule that picks a scenario. Text rules match any of their values: "segment" compares the customer's
 * segment text without regard to case and spacing, "industry-code" tests whether the SIC/NAICS code starts
 * with a prefix. Number rules test a band `atLeast ≤ x < below` (either end open when null):
 * "sales-12m" is what the customer was invoiced in the 12 months to the as-of date, in major units of its
 * largest currency; "customer-age-days" is the days since its first invoice. "risk-band" matches the customer's
 * late-payment risk band (low, medium, high) as the prediction rates it on the as-of date; a customer with too
 * little paid history to rate matches no band.
 */
export type ScenarioRule =
  | { readonly scenario: string; readonly field: "segment" | "industry-code"; readonly anyOf: readonly string[] }
  | { readonly scenario: string; readonly field: "risk-band"; readonly anyOf: readonly RiskBand[] }
  | { readonly scenario: string; readonly field: "sales-12m" | "customer-age-days"; readonly atLeast: number | null; readonly below: number | null };

/** SIC divisions 91–97 and NAICS sector 92 are public administration; their two-digit prefixes do not clash. */
const PUBLIC_ADMINISTRATION_PREFIXES: readonly string[] = ["91", "92", "93", "94", "95", "96", "97"];

/** Annual sales from which a customer is a key account (major units, its own currency). */
const KEY_ACCOUNT_SALES = 100_000;

/** A customer whose first invoice is less than this many days old is new. */
const NEW_CUSTOMER_DAYS = 90;

/** Public bodies pay through approval runs; 15 extra days avoids chasing invoices that are merely in the queue. */
const PUBLIC_SECTOR_GRACE_DAYS = 15;

/**
 * New customers: an earlier, softer start (a welcome call to check the invoice reached the right person, an
 * earlier reminder), and no firm tone until the relationship has a history.
 */
const NEW_CUSTOMER_STAGES: readonly StageDefinition[] = [
  { level: 1, id: "invoice-sent", name: "Invoice sent", triggerDaysFromDue: null, channel: "none", tone: "soft", minDaysSinceContact: 0, template: "none", action: "No action: the invoice is out and not yet due" },
  { level: 2, id: "delivery-confirmed", name: "Welcome call", triggerDaysFromDue: -25, channel: "call", tone: "soft", minDaysSinceContact: 7, template: "welcome-call", action: "Call to check the invoice reached the right person and is approved" },
  { level: 3, id: "pre-due-reminder", name: "Pre-due reminder", triggerDaysFromDue: -10, channel: "e-mail", tone: "soft", minDaysSinceContact: 7, template: "pre-due", action: "Send a friendly reminder of the coming due date" },
  { level: 4, id: "past-due-inquiry", name: "Past-due inquiry", triggerDaysFromDue: 1, channel: "e-mail", tone: "soft", minDaysSinceContact: 7, template: "past-due", action: "Ask kindly whether anything is holding the payment up" },
  { level: 5, id: "firmer-pressure", name: "Firmer pressure", triggerDaysFromDue: 15, channel: "call", tone: "by-history", minDaysSinceContact: 7, template: "firm-reminder", action: "Call the customer and agree a payment date" },
  { level: 6, id: "final-notice", name: "Final notice", triggerDaysFromDue: 45, channel: "letter", tone: "firm", minDaysSinceContact: 10, template: "final-notice", action: "Send a final notice with a deadline" },
  { level: 7, id: "agency-legal", name: "Agency or legal", triggerDaysFromDue: 90, channel: "letter", tone: "firm", minDaysSinceContact: 14, template: "handover", action: "Hand over to a collection agency or solicitor" },
];

/**
 * Key accounts: calls instead of letters until the final notice (a relationship worth a conversation), and a
 * later final notice and hand-over.
 */
const KEY_ACCOUNT_STAGES: readonly StageDefinition[] = [
  { level: 1, id: "invoice-sent", name: "Invoice sent", triggerDaysFromDue: null, channel: "none", tone: "soft", minDaysSinceContact: 0, template: "none", action: "No action: the invoice is out and not yet due" },
  { level: 2, id: "delivery-confirmed", name: "Delivery confirmed", triggerDaysFromDue: -20, channel: "call", tone: "soft", minDaysSinceContact: 14, template: "delivery-check", action: "Call accounts payable to confirm the invoice is approved" },
  { level: 3, id: "pre-due-reminder", name: "Pre-due call", triggerDaysFromDue: -5, channel: "call", tone: "soft", minDaysSinceContact: 7, template: "pre-due", action: "Call to confirm the payment run that will pay the invoice" },
  { level: 4, id: "past-due-inquiry", name: "Past-due call", triggerDaysFromDue: 1, channel: "call", tone: "by-history", minDaysSinceContact: 7, template: "past-due", action: "Call to ask what is holding the payment up" },
  { level: 5, id: "firmer-pressure", name: "Manager call", triggerDaysFromDue: 21, channel: "call", tone: "by-history", minDaysSinceContact: 7, template: "firm-reminder", action: "Manager calls the customer's finance lead and agrees a date" },
  { level: 6, id: "final-notice", name: "Final notice", triggerDaysFromDue: 60, channel: "letter", tone: "firm", minDaysSinceContact: 10, template: "final-notice", action: "Send a final notice with a deadline, after a call from the account manager" },
  { level: 7, id: "agency-legal", name: "Agency or legal", triggerDaysFromDue: 120, channel: "letter", tone: "firm", minDaysSinceContact: 14, template: "handover", action: "Hand over to a collection agency or solicitor" },
];

/**
 * Customers likely to pay late: the Standard stages, but the friendly reminder 10 days before the due date rather
 * than 5, so that it arrives before the customer's payment run is set. Only that changes: in a book where most
 * invoices are paid late, many customers are rated high, and an extra call for each of them before anything is due
 * would swamp the desk. What happens after the due date is as Standard (whose tone already turns firm for chronic
 * late payers).
 */
const LATE_PAYER_STAGES: readonly StageDefinition[] = DEFAULT_POLICY.stages.map((stage) =>
  stage.id === "pre-due-reminder"
    ? { ...stage, name: "Early pre-due reminder", triggerDaysFromDue: -10, action: "Send a friendly reminder of the coming due date, in time for the customer's payment run" }
    : stage,
);

/** The scenarios shipped with the default policy (Standard is the policy's own stage table). */
export const DEFAULT_SCENARIOS: readonly ScenarioDefinition[] = [
  { name: "Public sector", description: "Public bodies: the Standard stages with 15 more days of grace", graceDays: PUBLIC_SECTOR_GRACE_DAYS, stages: null },
  { name: "Key account", description: "Large customers: calls instead of letters, later final notice and agency", graceDays: null, stages: KEY_ACCOUNT_STAGES },
  { name: "New customer", description: "First invoice less than 90 days ago: earlier, softer start", graceDays: null, stages: NEW_CUSTOMER_STAGES },
  { name: "Late-payer risk", description: "Customers whose payment history makes a late payment likely (risk band high): the pre-due reminder 10 days before the due date instead of 5", graceDays: null, stages: LATE_PAYER_STAGES },
];

/**
 * The default rules, tried top to bottom. The risk rule comes last: each segment above already has its reason to
 * be chased its own way, and it wins. Public bodies pay late through approval queues (their lateness is the
 * process, not a credit risk, and the grace days are the answer); key accounts already get a delivery call 20 days
 * and a pre-due call 5 days before the due date; new customers already start early and softly (and a customer with
 * too little paid history is never rated high). Everyone else likely to pay late gets the early reminders.
 */
export const DEFAULT_SCENARIO_RULES: readonly ScenarioRule[] = [
  { scenario: "Public sector", field: "segment", anyOf: ["Public sector", "Government"] },
  { scenario: "Public sector", field: "industry-code", anyOf: PUBLIC_ADMINISTRATION_PREFIXES },
  { scenario: "Key account", field: "sales-12m", atLeast: KEY_ACCOUNT_SALES, below: null },
  { scenario: "New customer", field: "customer-age-days", atLeast: null, below: NEW_CUSTOMER_DAYS },
  { scenario: "Late-payer risk", field: "risk-band", anyOf: ["high"] },
];
