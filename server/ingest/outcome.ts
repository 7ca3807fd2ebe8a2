import type { CheckedRecord, Refusal } from './check';

/** What storing one checked record came to: accepted (stored now or before), or refused after all. */
export type StoreOutcome = { index: number; accepted: string } | { index: number; refusal: Refusal };

export const acceptedOutcome = (item: CheckedRecord): StoreOutcome => ({ index: item.index, accepted: item.record.id });

/** A record whose id the server already holds for another agent: never overwritten, kept aside. */
export const takenIdOutcome = (item: CheckedRecord): StoreOutcome => ({
  index: item.index,
  refusal: { index: item.index, id: item.record.id, path: 'record.id', reason: `this ${item.kind} id is already stored for another agent`, kind: item.kind, raw: item.record },
});

/** The team and area the agent's records are filed under (the account's, when they arrive). */
export interface Filing {
  agentId: string;
  teamId: string;
  area: string;
}
