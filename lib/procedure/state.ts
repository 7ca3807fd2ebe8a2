import * as z from 'zod/mini';
import { instantSchema as instant, trimmedText } from '../schema/common';
import { ticketSnapshotSchema } from '../schema/ticket';

/** Where a guided flow is. `outcome` = the outcome is chosen and its NOSSA update is pending. */
export const STEPS = ['request', 'recheck', 'call', 'explain', 'outcome', 'done', 'cancelled'] as const;
export type Step = (typeof STEPS)[number];
export const FINAL_STEPS: readonly Step[] = ['done', 'cancelled'];

/** The instruction's step each flow step carries out, for people and for the audit trail. */
export const STEP_NUMBER: Record<Step, string> = {
  request: '1.2.1',
  recheck: '1.2.2',
  call: '1.2.2',
  explain: '1.2.3',
  outcome: '1.2.4-1.2.6',
  done: '1.3',
  cancelled: '-',
};

export const ATTEMPT_RESULTS = ['connected', 'no-answer', 'busy', 'inactive', 'wrong-number'] as const;
export type AttemptResult = (typeof ATTEMPT_RESULTS)[number];

export const FLOW_OUTCOMES = ['unreachable', 'approved', 'declined', 'cancelled'] as const;
export type FlowOutcome = (typeof FLOW_OUTCOMES)[number];

const text = (max: number) => trimmedText(0, max);
const required = (max: number) => trimmedText(1, max);

export const requestSchema = z.object({
  requesterName: required(80),
  requesterGroup: required(120),
  reasonCode: required(60),
  /** The pending time the related party asked for, if they named one. */
  requestedUntil: z.nullable(instant),
  note: text(1000),
});
export type PendingRequest = z.infer<typeof requestSchema>;

/** The points 1.2.2 asks the agent to confirm in NOSSA before calling. */
export const RECHECK_POINTS = ['ticketOpen', 'notPending', 'contactPresent', 'requestMatches'] as const;
export type RecheckPoint = (typeof RECHECK_POINTS)[number];

export const attemptSchema = z.object({ at: instant, result: z.enum(ATTEMPT_RESULTS), note: text(300) });
export type CallAttempt = z.infer<typeof attemptSchema>;

export const flowStateSchema = z.object({
  step: z.enum(STEPS),
  request: z.nullable(requestSchema),
  recheckedAt: z.nullable(instant),
  attempts: z.array(attemptSchema).check(z.maxLength(100)),
  answer: z.nullable(z.discriminatedUnion('kind', [z.object({ kind: z.literal('approved'), until: instant }), z.object({ kind: z.literal('declined'), note: text(1000) })])),
  outcome: z.nullable(z.enum(FLOW_OUTCOMES)),
  /** Pending-until written to NOSSA: agreed (1.2.5) or requested / reason default (1.2.4). */
  pendingUntil: z.nullable(instant),
  /** The work-log text the agent confirmed when the NOSSA update was applied. */
  workLog: z.nullable(z.string().check(z.maxLength(4000))),
  appliedAt: z.nullable(instant),
  appliedBy: z.nullable(z.enum(['manual', 'fill'])),
  cancel: z.nullable(z.object({ reason: required(500), at: instant, atStep: z.enum(STEPS) })),
  /**
   * The ticket facts frozen when the outcome was chosen (what the work log and the plan are built
   * from on every tab). Optional: sessions stored before it existed parse unchanged.
   */
  outcomeTicket: z.optional(z.nullable(ticketSnapshotSchema)),
});
export type FlowState = z.infer<typeof flowStateSchema>;

export const initialFlowState = (): FlowState => ({
  step: 'request',
  request: null,
  recheckedAt: null,
  attempts: [],
  answer: null,
  outcome: null,
  pendingUntil: null,
  workLog: null,
  appliedAt: null,
  appliedBy: null,
  cancel: null,
  outcomeTicket: null,
});

export const failedAttempts = (state: Pick<FlowState, 'attempts'>) => state.attempts.filter((attempt) => attempt.result !== 'connected').length;
