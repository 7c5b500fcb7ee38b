import { toRiskRating } from "../core/desk/customer-risks";
import type { IsoDate } from "../core/dates/iso-date";
import { type CustomerRisk, assessCustomerRisk } from "../core/predict/customer-risk";
import type { TrainError } from "../core/predict/late-payment-model";
import { type OpenInvoicePrediction, predictOpenInvoices } from "../core/predict/predict-open-invoices";
import { type PredictionContext, preparePrediction } from "../core/predict/prediction-context";
import type { RiskReason } from "../core/predict/explain-risk";
import type { Result } from "../core/types/result";
import { ArgumentMemo } from "./argument-memo";
import { ArgumentError } from "./excel-error";
import { type Register, type RegisterRow, readRegister } from "./read-register";
import { getDateSystem } from "./settings";

/**
 * What COLLECT.RISK and COLLECT.PAYDATE know about one register on one as-of date: the register read, and
 * core's prediction context, open-invoice predictions and customer risks, each computed on first use.
 */
export interface RegisterPrediction {
  readonly register: Register;
  readonly asOf: IsoDate;
  /** `preparePrediction` on the register's invoices: the same call the task pane and the CLI make. */
  readonly context: () => Result<PredictionContext, TrainError>;
  /** `predictOpenInvoices`' answer for an invoice open at the end of asOf. */
  readonly openInvoice: (invoiceNo: string) => OpenInvoicePrediction | undefined;
  /** `assessCustomerRisk`' answer for a customer with an invoice by asOf. */
  readonly customer: (customerKey: string) => CustomerRisk | undefined;
}

/**
 * Trained registers kept. A sheet usually points every formula at one register and one as-of date; a few
 * more cover a second register or a comparison as of an earlier day without retraining on every call.
 */
export const KEPT_REGISTERS = 4;

const memo = new ArgumentMemo<RegisterPrediction>(KEPT_REGISTERS);

/**
 * The register's prediction as of a day, trained once per distinct register values, as-of date and date
 * system (serials mean different days in 1900 and 1904 workbooks) and reused by every later call.
 *
 * @example predictRegister([invoices, customers, invoiceDates, dueDates, amounts, paidDates], "2026-11-25" as IsoDate).openInvoice("INV-7")?.riskScore //=> 64
 */
export function predictRegister(columns: readonly unknown[], asOf: IsoDate): RegisterPrediction {
  return memo.get([getDateSystem(), asOf, ...columns], () => prepareRegister(readRegister(columns), asOf));
}

/** Forgets the trained registers (tests that measure the first call). */
export function clearRegisterMemo(): void {
  memo.clear();
}

function prepareRegister(register: Register, asOf: IsoDate): RegisterPrediction {
  let context: Result<PredictionContext, TrainError> | undefined;
  let open: Map<string, OpenInvoicePrediction> | undefined;
  let customers: Map<string, CustomerRisk> | undefined;
  const trained = (): Result<PredictionContext, TrainError> => (context ??= preparePrediction({ invoices: register.invoices }, asOf));
  return {
    register,
    asOf,
    context: trained,
    openInvoice(invoiceNo) {
      const ready = trained();
      if (!ready.ok) return undefined;
      open ??= new Map(predictOpenInvoices(ready.value).map((prediction) => [prediction.invoiceNo, prediction]));
      return open.get(invoiceNo);
    },
    customer(customerKey) {
      const ready = trained();
      if (!ready.ok) return undefined;
      customers ??= new Map(assessCustomerRisk(ready.value).map((risk) => [risk.customerKey, risk]));
      return customers.get(customerKey);
    },
  };
}

/** What the first argument of COLLECT.RISK names. */
export type RegisterTarget = { readonly kind: "invoice"; readonly row: RegisterRow } | { readonly kind: "customer"; readonly customerKey: string; readonly shown: string };

/**
 * Finds an invoice number among the register's invoices or, when it is none, a customer (by the reader's rule:
 * case, accents and spacing do not matter). A value that is both is refused rather than guessed; so is an
 * invoice number on two rows.
 *
 * @example findTarget(prediction, "INV-7") //=> { kind: "invoice", row: { row: 7, … } }
 * @example findTarget(prediction, "ACME LTD") //=> { kind: "customer", customerKey: "acme ltd", shown: "ACME LTD" }
 */
export function findTarget(prediction: RegisterPrediction, key: string): RegisterTarget {
  const { row, customerKey, isCustomer } = lookUp(prediction.register, key);
  if (row !== undefined && isCustomer) {
    throw new ArgumentError({ kind: "value", message: `"${key}" is both an invoice number (row ${String(row.row)} of invoices) and a customer; Collect cannot tell which one you mean.` });
  }
  if (row !== undefined) return { kind: "invoice", row };
  if (isCustomer) return { kind: "customer", customerKey, shown: key };
  throw new ArgumentError({ kind: "not-available", message: `"${key}" is not an invoice number in invoices nor a customer in customers.` });
}

/**
 * Finds an invoice number among the register's invoices (COLLECT.PAYDATE: one invoice, never a customer).
 *
 * @example findInvoice(prediction, "INV-7") //=> { row: 7, invoiceNo: "INV-7", … }
 */
export function findInvoice(prediction: RegisterPrediction, key: string): RegisterRow {
  const { row, isCustomer } = lookUp(prediction.register, key);
  if (row !== undefined) return row;
  if (isCustomer) throw new ArgumentError({ kind: "not-available", message: `"${key}" is a customer, not an invoice number; COLLECT.PAYDATE predicts one invoice. Use COLLECT.RISK for a customer.` });
  throw new ArgumentError({ kind: "not-available", message: `"${key}" is not an invoice number in invoices.` });
}

function lookUp(register: Register, key: string): { readonly row: RegisterRow | undefined; readonly customerKey: string; readonly isCustomer: boolean } {
  const rows = register.rowsByInvoice.get(key) ?? [];
  if (rows.length > 1) {
    throw new ArgumentError({ kind: "value", message: `invoice "${key}" is on rows ${rows.map((r) => String(r.row)).join(", ")} of invoices; Collect cannot tell which one you mean. Give each invoice its own number.` });
  }
  const customerKey = register.customerKeyOf(key);
  return { row: rows[0], customerKey, isCustomer: register.customerKeys.has(customerKey) };
}

/** An invoice paid on or before the as-of date: its paid date; else null. */
export function paidByAsOf(prediction: RegisterPrediction, row: RegisterRow): IsoDate | null {
  return row.paidDate !== null && row.paidDate <= prediction.asOf ? row.paidDate : null;
}

/**
 * Core's prediction for an invoice open at the end of the as-of date, or #N/A saying why there is none: paid
 * by then, issued later, a credit, no amount or date to predict from, or no paid history to learn from.
 *
 * @example openInvoicePrediction(prediction, row) //=> { riskScore: 64, predictedPayDate: "2026-12-14", … }
 */
export function openInvoicePrediction(prediction: RegisterPrediction, row: RegisterRow): OpenInvoicePrediction {
  const { asOf } = prediction;
  const invoice = `invoice "${row.invoiceNo}"`;
  const paid = paidByAsOf(prediction, row);
  if (paid !== null) throw notAvailable(`${invoice} was paid on ${paid}, on or before asOf (${asOf}): there is nothing left to predict.`);
  if (row.invoice === null || row.invoice.amountCents === 0) throw notAvailable(`${invoice} has no amount (amounts, row ${String(row.row)}), so Collect cannot predict it.`);
  if (row.invoice.amountCents < 0) throw notAvailable(`${invoice} is a credit (its amount is negative): there is nothing to collect.`);
  if (row.invoiceDate === null) throw notAvailable(`${invoice} has no invoice date (invoiceDates, row ${String(row.row)}), so Collect cannot predict it.`);
  if (row.dueDate === null) throw notAvailable(`${invoice} has no due date (dueDates, row ${String(row.row)}), so Collect cannot predict it.`);
  if (row.invoiceDate > asOf) throw notAvailable(`${invoice} was issued on ${row.invoiceDate}, after asOf (${asOf}): on that day it was not known yet.`);
  requireTrained(prediction);
  const found = prediction.openInvoice(row.invoiceNo);
  // Every unique, dated, positive invoice issued by asOf and unpaid then is one of predictOpenInvoices' answers.
  if (found === undefined) throw new PredictionMissingError(row.invoiceNo, asOf);
  return found;
}

/**
 * Core's risk rating of a customer as of the day, or #N/A when they have no invoice to rate by then or too few paid
 * invoices to be rated (`toRiskRating`, as the desk rates them).
 *
 * @param shown - the customer as the formula gave it, for the message
 * @example customerRiskOf(prediction, "acme", "ACME") //=> { riskScore: 41, riskBand: "medium", … }
 */
export function customerRiskOf(prediction: RegisterPrediction, customerKey: string, shown: string): CustomerRisk {
  requireTrained(prediction);
  const found = prediction.customer(customerKey);
  if (found === undefined) {
    throw notAvailable(`customer "${shown}" has no invoice issued on or before asOf (${prediction.asOf}) with an invoice date, a due date and an amount, so Collect cannot rate them.`);
  }
  // As the worklist, the Customers sheet and the pane: too short a history gets no rating rather than everyone's average.
  const rating = toRiskRating(found);
  if (rating.band === null) throw notAvailable(`customer "${shown}" is ${rating.why} (as the task pane shows them).`);
  return found;
}

/** The reasons behind a score as one line, strongest first. @example formatReasons(reasons) //=> "pays 12 days late on average over 18 invoices, 11 of them late; amount 3× usual" */
export function formatReasons(reasons: readonly RiskReason[]): string {
  return reasons.map((reason) => reason.text).join("; ");
}

function requireTrained(prediction: RegisterPrediction): void {
  const context = prediction.context();
  if (!context.ok) {
    throw notAvailable(`Collect needs paid invoices to learn from: no invoice in the ranges with an invoice date, a due date and an amount was paid on or before asOf (${prediction.asOf}).`);
  }
}

function notAvailable(message: string): ArgumentError {
  return new ArgumentError({ kind: "not-available", message });
}

/** A broken invariant: core left out an invoice that is open on the as-of date and predictable. */
export class PredictionMissingError extends Error {
  constructor(invoiceNo: string, asOf: IsoDate) {
    super(`invoice "${invoiceNo}" is open and predictable on ${asOf}, but predictOpenInvoices did not predict it`);
    this.name = "PredictionMissingError";
  }
}
