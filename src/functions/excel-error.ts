/** What went wrong with an argument, already in a bookkeeper's words. */
export interface ArgumentProblem {
  /** #VALUE! for a value of the wrong kind, #N/A for something missing or with no answer. */
  readonly kind: "value" | "not-available";
  readonly message: string;
}

/**
 * The one place problems become Excel errors: #VALUE! or #N/A with the message Excel shows under the
 * error flag of the cell.
 */
export function toExcelError(problem: ArgumentProblem): CustomFunctions.Error {
  const code = problem.kind === "value" ? CustomFunctions.ErrorCode.invalidValue : CustomFunctions.ErrorCode.notAvailable;
  return new CustomFunctions.Error(code, problem.message);
}

/** Thrown inside a function body; `runFunction` turns it into the Excel error. */
export class ArgumentError extends Error {
  constructor(readonly problem: ArgumentProblem) {
    super(problem.message);
    this.name = "ArgumentError";
  }
}

/**
 * Runs a function body and maps argument problems to Excel errors. Anything else is a bug in Collect:
 * it is re-thrown so Excel shows #VALUE! and the developer console keeps the stack.
 */
export function runFunction<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (error instanceof ArgumentError) throw toExcelError(error.problem);
    throw error;
  }
}
