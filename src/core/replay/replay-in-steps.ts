import type { Ledger } from "../ledger/ledger";
import type { CollectPolicy } from "../policy/collect-policy";
import { compareReplaysInSteps, type PolicyReplayComparison, type ReplayWindow } from "./replay-policy";
import { replayCustomerWindow, sortContacts, splitByCustomer, type ReplayedContact, type SimulateOptions } from "./simulate-policy";

/** How far a stepped replay has got: customers replayed through both policies, of all customers with invoices. */
export interface ReplayProgress {
  readonly customersDone: number;
  readonly customers: number;
  /** Every customer is replayed; DSO, CEI and the charges are being worked out. */
  readonly measuring: boolean;
}

/**
 * `replayPolicy`, one customer at a time: yields after each customer (both policies replayed for it), then between
 * the parts of the comparison (`compareReplaysInSteps`), and returns the
 * same comparison `replayPolicy` gives. A caller with a user interface drives it between paints (a year of one
 * customer takes some 25–30 ms, a few hundred for one with many invoices), shows the progress, and may stop it by no longer calling `next()`.
 *
 * @example [...replayPolicyInSteps(ledger, draft, current, window)].length //=> 43 (one step per customer, 3 while measuring)
 */
export function* replayPolicyInSteps(
  ledger: Ledger,
  draftPolicy: CollectPolicy,
  currentPolicy: CollectPolicy,
  window: ReplayWindow,
  options?: SimulateOptions,
): Generator<ReplayProgress, PolicyReplayComparison, void> {
  const customers = splitByCustomer(ledger);
  const current: ReplayedContact[] = [];
  const draft: ReplayedContact[] = [];
  let customersDone = 0;
  for (const own of customers) {
    current.push(...replayCustomerWindow(own.ledger, currentPolicy, window.from, window.to, options));
    draft.push(...replayCustomerWindow(own.ledger, draftPolicy, window.from, window.to, options));
    customersDone += 1;
    yield { customersDone, customers: customers.length, measuring: false };
  }
  const measuring = compareReplaysInSteps(ledger, draftPolicy, currentPolicy, window, sortContacts(draft), sortContacts(current));
  for (;;) {
    const step = measuring.next();
    if (step.done === true) return step.value;
    yield { customersDone, customers: customers.length, measuring: true };
  }
}

/**
 * Drives `replayPolicyInSteps` to its end.
 *
 * @example runReplaySteps(replayPolicyInSteps(ledger, draft, current, window)) //=> replayPolicy(ledger, draft, current, window)
 */
export function runReplaySteps(steps: Generator<ReplayProgress, PolicyReplayComparison, void>): PolicyReplayComparison {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}
