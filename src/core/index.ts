/** The public surface of the pure engine. */
export type { Brand } from "./types/brand";
export { ok, err, type Result } from "./types/result";
export type { CellAddress, Issue, Parsed, Severity } from "./types/issue";
export * from "./dates/iso-date";
export * from "./excel/serial";
export * from "./excel/constants";
export * from "./money/cents";
export * from "./aging/days-past-due";
export * from "./aging/bucket-aging";
export * from "./payment/days-to-pay";
export * from "./policy/policy";
export * from "./policy/compute-stage";
export * from "./metrics/dso";
export * from "./metrics/cei";
export * from "./metrics/average-days-delinquent";
export * from "./messages";
export type * from "./ledger/ledger";
