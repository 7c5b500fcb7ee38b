import type { IsoDate } from "../core/dates/iso-date";
import { rateCustomerRisks } from "../core/desk/customer-risks";
import { ledgerAsOf } from "../core/desk/ledger-as-of";
import type { Ledger } from "../core/ledger/ledger";
import type { SimulateOptions } from "../core/replay/simulate-policy";

/**
 * Each customer's late-payment risk on the as-of date, as the run rates it for the scenario rules: the model trained
 * once on the ledger as it stood at the end of that day. The replay uses these ratings on every day it replays.
 *
 * @example ratedRisks(ledger, "2026-11-30" as IsoDate).get("C004")?.band //=> "high"
 */
export function ratedRisks(ledger: Ledger, asOf: IsoDate): NonNullable<SimulateOptions["risks"]> {
  return rateCustomerRisks(ledgerAsOf(ledger, asOf), asOf).ratings;
}
