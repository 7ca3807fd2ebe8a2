import type { FlowState } from '../procedure';
import { reasonByCode, type ProcedureConfig } from '../schema';
import { formatLocal } from '../time';

/** The NOSSA fields an outcome writes (PROCEDURE.md's outcome table). */
export const PLAN_FIELDS = ['status', 'pendingReason', 'pendingUntil', 'ownerGroup', 'workLog'] as const;
export type PlanField = (typeof PLAN_FIELDS)[number];

export interface PlannedValue {
  field: PlanField;
  /** The value written into NOSSA. */
  value: string;
  /** How it is shown to the agent, when that differs (a time with its zone, a reason's label). */
  display?: string;
}

export interface UpdatePlan {
  outcome: 'unreachable' | 'approved' | 'declined';
  /** Whether the ticket is pended (1.2.4, 1.2.5) or forwarded back (1.2.6). */
  pended: boolean;
  values: PlannedValue[];
}

/**
 * What the NOSSA update for a chosen outcome consists of: for 1.2.4 and 1.2.5, status PENDING,
 * the related party's reason, the pending-until time and a work log; for 1.2.6, a work log and
 * the owner group set back to the related party's group. Pure: no page, no database.
 */
export function planUpdate(flow: FlowState, workLog: string, config: ProcedureConfig, language: 'id' | 'en' = 'id', timeZone?: string): UpdatePlan | null {
  const { outcome, request } = flow;
  if (!request || (outcome !== 'unreachable' && outcome !== 'approved' && outcome !== 'declined')) return null;
  if (outcome === 'declined') {
    return {
      outcome,
      pended: false,
      values: [
        { field: 'ownerGroup', value: request.requesterGroup },
        { field: 'workLog', value: workLog },
      ],
    };
  }
  const reason = reasonByCode(config, request.reasonCode);
  const until = flow.pendingUntil as string;
  return {
    outcome,
    pended: true,
    values: [
      { field: 'status', value: 'PENDING' },
      { field: 'pendingReason', value: request.reasonCode, display: reason ? `${request.reasonCode} - ${reason.label[language]}` : request.reasonCode },
      { field: 'pendingUntil', value: until, display: formatLocal(until, timeZone) },
      { field: 'workLog', value: workLog },
    ],
  };
}
