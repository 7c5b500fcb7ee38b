import type { CustomerRef } from "./ledger-drafts";

const DIACRITICS = /[\u0300-\u036f]/g;
const NOT_WORD = /[^a-z0-9]+/g;

/**
 * A customer name reduced for grouping: case, accents, punctuation and spacing do not matter
 * ("NASH  foundation" and "Nash Foundation" are one customer). Legal forms stay ("Ltd" ≠ "Inc").
 *
 * @example normalizeCustomerName("WAL-MAR  Co.") //=> "wal mar co"
 * @example normalizeCustomerName("Müller & Söhne") //=> "muller and sohne"
 */
export function normalizeCustomerName(name: string): string {
  return name.normalize("NFKD").replace(DIACRITICS, "").toLowerCase().replace(/&/g, " and ").replace(NOT_WORD, " ").trim();
}

/** Settles the customer key of any row once every sheet has been read. */
export interface CustomerKeyIndex {
  /**
   * The customer id when the row has one; else the id the same name has elsewhere in the workbook (a
   * customer list, another sheet) when that is one id; else the normalised name. Null when the row names no
   * customer.
   */
  keyOf(ref: CustomerRef): string | null;
}

/**
 * Learns which names belong to which ids from every row that has both, so rows with only a name join the
 * customer with that id. A name used under two ids is not joined to either.
 *
 * @example buildCustomerKeyIndex([{ customerId: "C1", customerName: "Acme" }]).keyOf({ customerId: null, customerName: "ACME" }) //=> "C1"
 */
export function buildCustomerKeyIndex(refs: Iterable<CustomerRef>): CustomerKeyIndex {
  const idByName = new Map<string, string | null>();
  const normalized = new Map<string, string>();
  const normalize = (name: string): string => {
    let known = normalized.get(name);
    if (known === undefined) {
      known = normalizeCustomerName(name);
      normalized.set(name, known);
    }
    return known;
  };
  for (const ref of refs) {
    if (ref.customerId === null || ref.customerName === null) continue;
    const name = normalize(ref.customerName);
    const known = idByName.get(name);
    if (known === undefined) idByName.set(name, ref.customerId);
    else if (known !== null && known !== ref.customerId) idByName.set(name, null);
  }
  return {
    keyOf(ref) {
      if (ref.customerId !== null) return ref.customerId;
      if (ref.customerName === null) return null;
      const name = normalize(ref.customerName);
      return idByName.get(name) ?? (name === "" ? ref.customerName : name);
    },
  };
}
