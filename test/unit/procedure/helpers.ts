import { expect } from 'vitest';
import { initialFlowState, transition, type FlowContext, type FlowEvent, type FlowState } from '@/lib/procedure';

export const NOW = '2026-11-26T03:00:00.000Z';
export const ctx: FlowContext = { now: NOW, rules: { minFailedAttempts: 2, maxPendingHours: 72 } };
export const hoursFromNow = (h: number) => new Date(Date.parse(NOW) + h * 3_600_000).toISOString();

export const REQUEST = {
  requesterName: 'Asep Saepudin',
  requesterGroup: 'TIF HD WITEL BANDUNG',
  reasonCode: 'PLG-RESCHEDULE',
  requestedUntil: null,
  note: 'Pelanggan minta kunjungan besok pagi',
};
export const ALL_CHECKS = { ticketOpen: true, notPending: true, contactPresent: true, requestMatches: true };

/** Runs events that must all be accepted; returns the final state and the audit types. */
export function run(events: FlowEvent[], state: FlowState = initialFlowState()) {
  const audit: string[] = [];
  for (const event of events) {
    const result = transition(state, event, ctx);
    if (!result.ok) expect.fail(`${event.type} refused at ${state.step}: ${JSON.stringify(result.refusal)}`);
    state = result.state;
    audit.push(result.audit.type);
  }
  return { state, audit };
}

export const toCall: FlowEvent[] = [
  { type: 'submitRequest', request: REQUEST },
  { type: 'confirmRecheck', checks: ALL_CHECKS },
];
