/**
 * Props for a Fluent `Field` showing a validation message: none when the field is fine.
 *
 * @example fieldError("Enter a date.") //=> { validationState: "error", validationMessage: "Enter a date." }
 * @example fieldError(undefined)       //=> {}
 */
export function fieldError(message: string | undefined): { validationState?: "error"; validationMessage?: string } {
  return message === undefined ? {} : { validationState: "error", validationMessage: message };
}
