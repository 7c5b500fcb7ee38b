/**
 * A stand-in for Excel's `CustomFunctions` global, enough to run the COLLECT functions outside Excel:
 * `Error` with the real error-code strings, and `associate` recording id → function the way Excel's
 * runtime does when it loads functions.js.
 */
export class ShimCustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
    this.name = "CustomFunctions.Error";
  }
}

export const SHIM_ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export interface CustomFunctionsShim {
  readonly Error: typeof ShimCustomFunctionError;
  readonly ErrorCode: typeof SHIM_ERROR_CODES;
  readonly associated: Map<string, (...args: unknown[]) => unknown>;
  associate(id: string | Record<string, (...args: unknown[]) => unknown>, fn?: (...args: unknown[]) => unknown): void;
}

/** Builds a fresh shim; `target` defaults to globalThis. */
export function installCustomFunctionsShim(target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): CustomFunctionsShim {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  const shim: CustomFunctionsShim = {
    Error: ShimCustomFunctionError,
    ErrorCode: SHIM_ERROR_CODES,
    associated,
    associate(id, fn) {
      if (typeof id === "string") {
        if (fn === undefined) throw new TypeError(`associate("${id}") needs a function`);
        associated.set(id, fn);
      } else {
        for (const [key, value] of Object.entries(id)) associated.set(key, value);
      }
    },
  };
  target.CustomFunctions = shim;
  return shim;
}
