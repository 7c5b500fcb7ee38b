/**
 * A nominal ("branded") type: a `T` that the compiler keeps apart from other `T`s.
 * The only ways to create one are its checked constructor (which returns a `Result`) and test factories.
 *
 * @example
 * type Cents = Brand<number, "Cents">;
 * const c = 5 as Cents; // only inside a constructor or a test factory
 */
export type Brand<T, Name extends string> = T & { readonly __brand: Name };
