import { type DayNumber, type IsoDate, isoDateToDayNumber } from "../dates/iso-date";
import type { Ledger } from "../ledger/ledger";
import type { Cents } from "../money/cents";
import { ok, type Result } from "../types/result";
import { type LatePaymentModel, type ModelOptions, type TrainError, trainLatePaymentModel } from "./late-payment-model";
import { type PaymentRecord, type PaymentRecordOptions, toPaymentRecords } from "./payment-record";

/** A ledger's records and a model trained on what was known at the end of the as-of date. */
export interface PredictionContext {
  readonly asOf: IsoDate;
  readonly asOfDay: DayNumber;
  readonly records: readonly PaymentRecord[];
  readonly model: LatePaymentModel;
}

/** What `preparePrediction` takes besides the ledger and the as-of date. */
export interface PredictionOptions extends ModelOptions, PaymentRecordOptions {}

/**
 * Trains the model for an as-of date: on every invoice issued and paid on or before it (a payment on the
 * as-of date counts, as in the aging). Invoices issued later, and payments made later, are unknown on that
 * day, so running Collect "as of" a past date sees exactly what the bookkeeper saw then.
 *
 * @example preparePrediction(ledger, "2026-11-25" as IsoDate) //=> { ok: true, value: { asOf: "2026-11-25", model: { trainingCount: 812, … }, … } }
 * @example preparePrediction(openItemsOnly, "2026-11-25" as IsoDate) //=> { ok: false, error: "no-paid-history" }
 */
export function preparePrediction(ledger: Pick<Ledger, "invoices">, asOf: IsoDate, options?: PredictionOptions): Result<PredictionContext, TrainError> {
  const { records } = toPaymentRecords(ledger, options);
  const asOfDay = isoDateToDayNumber(asOf);
  const trained = trainLatePaymentModel(records, (asOfDay + 1) as DayNumber, options);
  return trained.ok ? ok({ asOf, asOfDay, records, model: trained.value }) : trained;
}

/** An invoice open at the end of the as-of date, with the balance it had then. */
export interface OpenRecord {
  readonly record: PaymentRecord;
  readonly openCents: Cents;
}

/**
 * The invoices open at the end of `asOfDay`: issued by then, and unpaid then. One paid later counts with its
 * full amount (the ledger records it as settled in full on its paid date); one still open counts with the
 * open balance the ledger states, and not at all when that is zero (closed by its status, say).
 *
 * @example openRecordsAt(records, isoDateToDayNumber("2013-07-01" as IsoDate)).length //=> 119
 */
export function openRecordsAt(records: readonly PaymentRecord[], asOfDay: DayNumber): OpenRecord[] {
  const open: OpenRecord[] = [];
  for (const record of records) {
    if (record.invoiceDay > asOfDay) continue;
    if (record.paidDay !== null && record.paidDay > asOfDay) open.push({ record, openCents: record.amountCents });
    else if (record.paidDay === null && record.openCents > 0) open.push({ record, openCents: record.openCents });
  }
  return open;
}
