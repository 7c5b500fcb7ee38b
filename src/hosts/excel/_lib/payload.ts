/**
 * Payload arithmetic for Office.js batches.
 *
 * Excel on the web caps every request and every response at 5 MB and throws `RichApi.Error`
 * (RequestPayloadSizeLimitExceeded) beyond it; Microsoft's advice is to split large reads and writes and sync each
 * part ("Resource limits and performance optimization for Office Add-ins", Excel add-ins section). A request's size
 * is the queued calls and objects plus the values set; values dominate for sheet-sized writes.
 */

/** Excel on the web's limit per request and per response, read as 5,000,000 bytes (the lower reading of "5MB"). */
export const EXCEL_WEB_PAYLOAD_LIMIT_BYTES = 5_000_000;

/** What Collect puts in one batch: 90% of the limit, leaving 500 kB for the request envelope (object paths, calls). */
export const DEFAULT_PAYLOAD_BUDGET_BYTES = 4_500_000;

/** Estimated JSON of one queued call besides its values (method name, object path, ids). */
export const REQUEST_BYTES_PER_OPERATION = 200;

/** First guess of response bytes per cell when reading values + numberFormat ("General" alone is 10 bytes). */
export const INITIAL_RESPONSE_BYTES_PER_CELL = 40;

/** Safety factor on the observed bytes per cell when sizing the next read. */
export const READ_ESTIMATE_MARGIN = 1.25;

/** Office.js error codes for a request or a response over Excel on the web's limit. */
const PAYLOAD_LIMIT_CODES: ReadonlySet<string> = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);

/**
 * True when a failed `context.sync()` was refused for its size (Excel on the web), so the same work split smaller can
 * succeed; any other error is not this function's business.
 *
 * @example isPayloadLimitError({ code: "ResponsePayloadSizeLimitExceeded" }) //=> true
 */
export function isPayloadLimitError(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && PAYLOAD_LIMIT_CODES.has(code);
}

/** Bytes of a value as it travels in a batch (its JSON). */
export function jsonBytes(value: unknown): number {
  return JSON.stringify(value).length;
}

/** One queued piece of work and its estimated request bytes. */
export interface Operation {
  readonly bytes: number;
  readonly apply: () => void;
}

/**
 * Splits operations, in order, into batches of at most `budgetBytes` each (an operation larger than the budget gets
 * a batch of its own). A null budget puts everything in one batch.
 *
 * @example packOperations([{bytes: 3, apply}, {bytes: 3, apply}, {bytes: 3, apply}], 6).length //=> 2
 */
export function packOperations(operations: readonly Operation[], budgetBytes: number | null): Operation[][] {
  if (budgetBytes === null) return operations.length === 0 ? [] : [operations.slice()];
  const batches: Operation[][] = [];
  let current: Operation[] = [];
  let size = 0;
  for (const operation of operations) {
    if (current.length > 0 && size + operation.bytes > budgetBytes) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(operation);
    size += operation.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
