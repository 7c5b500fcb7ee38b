import type { Customer } from "../core/ledger/ledger";
import type { CellAddress } from "../core/types/issue";
import type { CustomerKeyIndex } from "./customer-keys";
import type { CustomerDetails, CustomerRef, CustomerSighting } from "./ledger-drafts";

interface Tally {
  readonly key: string;
  id: string | null;
  listName: string | null;
  readonly names: Map<string, number>;
  details: { -readonly [K in keyof CustomerDetails]: CustomerDetails[K] };
  listDetails: boolean;
  source: CellAddress | null;
}

/** A row that names a customer, with where it is. */
export interface CustomerMention extends CustomerRef {
  readonly source: CellAddress | null;
  readonly terms?: string | null;
}

/**
 * One customer per key, in order of first appearance. The name is the customer list's, else the most
 * frequent spelling among the rows (ties: the first seen), else the id. Details come from the customer list
 * first, then from the first row that has them.
 *
 * @example buildCustomers(index, [{ customerId: "7", customerName: "WAL-MAR co", source }, { customerId: "7", customerName: "WAL-MAR us", source }, { customerId: "7", customerName: "WAL-MAR us", source }], [])[0].name //=> "WAL-MAR us"
 */
export function buildCustomers(index: CustomerKeyIndex, mentions: Iterable<CustomerMention>, sightings: readonly CustomerSighting[]): {
  readonly customers: readonly Customer[];
  readonly nameOf: (key: string) => string;
} {
  const tallies = new Map<string, Tally>();
  const tallyOf = (ref: CustomerRef, source: CellAddress | null): Tally | null => {
    const key = index.keyOf(ref);
    if (key === null) return null;
    let tally = tallies.get(key);
    if (tally === undefined) {
      tally = { key, id: null, listName: null, names: new Map(), details: {}, listDetails: false, source };
      tallies.set(key, tally);
    }
    if (tally.id === null && ref.customerId !== null) tally.id = ref.customerId;
    if (ref.customerName !== null) tally.names.set(ref.customerName, (tally.names.get(ref.customerName) ?? 0) + 1);
    return tally;
  };
  for (const sighting of sightings) {
    if (!sighting.fromList) continue;
    const tally = tallyOf(sighting, sighting.source);
    if (tally === null) continue;
    tally.listName ??= sighting.customerName;
    tally.source = sighting.source;
    if (!tally.listDetails) {
      tally.details = { ...sighting.details };
      tally.listDetails = true;
    }
  }
  for (const mention of mentions) {
    const tally = tallyOf(mention, mention.source);
    if (tally !== null && mention.terms !== undefined && mention.terms !== null && tally.details.terms === undefined) tally.details.terms = mention.terms;
  }
  for (const sighting of sightings) {
    if (sighting.fromList) continue;
    const tally = tallies.get(index.keyOf(sighting) ?? "");
    if (tally === undefined) continue;
    for (const [field, value] of Object.entries(sighting.details) as [keyof CustomerDetails, never][]) {
      if (tally.details[field] === undefined) tally.details[field] = value;
    }
  }
  const customers = [...tallies.values()].map((tally) => toCustomer(tally));
  const names = new Map(customers.map((customer) => [customer.key, customer.name]));
  return { customers, nameOf: (key) => names.get(key) ?? key };
}

function toCustomer(tally: Tally): Customer {
  const d = tally.details;
  return {
    key: tally.key, id: tally.id, name: tally.listName ?? mostFrequent(tally.names) ?? tally.id ?? tally.key,
    contactPerson: d.contactPerson ?? null, email: d.email ?? null, phone: d.phone ?? null, address: d.address ?? null,
    segment: d.segment ?? null, industryCode: d.industryCode ?? null, creditLimitCents: d.creditLimitCents ?? null, terms: d.terms ?? null,
    language: d.language ?? null, collector: d.collector ?? null, onHold: d.onHold ?? false, source: tally.source,
  };
}

function mostFrequent(counts: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, count] of counts) {
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}
