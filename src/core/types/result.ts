/**
 * The outcome of an operation that can fail in an expected way (sheet missing, header not found,
 * text that is not a date). `E` is a union of error codes; the words live in `core/messages.ts`.
 */
export type Result<T, E> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

/** Wraps a value as a successful `Result`. @example ok(3) //=> { ok: true, value: 3 } */
export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/** Wraps an error code as a failed `Result`. @example err("not-a-date") //=> { ok: false, error: "not-a-date" } */
export function err<E>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}
