import type { Customer } from "../../core/ledger/ledger";

/** Finds a customer key from what a person typed in a Customer cell. */
export type CustomerMatcher = (text: string) => { readonly key: string } | { readonly problem: "unknown" | "ambiguous" };

function normalise(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[.,']/g, "").replace(/\s+/g, " ").trim();
}

/**
 * A matcher over the ledger's customers: by key, then id, then name, without regard to case, spacing and
 * the punctuation of "Acme Ltd." vs "ACME LTD". Without a customer list, the text itself is the key.
 *
 * @example matchCustomers([{ key: "C001", id: "C001", name: "Acme Ltd.", … }])("acme ltd") //=> { key: "C001" }
 * @example matchCustomers(undefined)(" Acme ") //=> { key: "Acme" }
 */
export function matchCustomers(customers: readonly Customer[] | undefined): CustomerMatcher {
  if (customers === undefined) return (text) => ({ key: text.trim() });
  const byKey = new Map<string, string[]>();
  const add = (text: string | null, key: string): void => {
    if (text === null) return;
    const normalised = normalise(text);
    const keys = byKey.get(normalised) ?? [];
    if (!keys.includes(key)) keys.push(key);
    byKey.set(normalised, keys);
  };
  for (const customer of customers) add(customer.key, customer.key);
  const exactKeys = new Map([...byKey].map(([text, keys]) => [text, [...keys]]));
  for (const customer of customers) add(customer.id, customer.key);
  for (const customer of customers) add(customer.name, customer.key);
  return (text) => {
    const normalised = normalise(text);
    const keys = exactKeys.get(normalised) ?? byKey.get(normalised) ?? [];
    if (keys.length === 1) return { key: keys[0] as string };
    return { problem: keys.length === 0 ? "unknown" : "ambiguous" };
  };
}
