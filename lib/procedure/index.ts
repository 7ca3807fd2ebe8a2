export { PENDING_TICKET_PROCEDURE, STEP_TEXT, procedureRef, revisionTag, type ProcedureRef, type StepNumber } from './definition';
export {
  STEPS,
  FINAL_STEPS,
  STEP_NUMBER,
  ATTEMPT_RESULTS,
  FLOW_OUTCOMES,
  RECHECK_POINTS,
  flowStateSchema,
  requestSchema,
  initialFlowState,
  failedAttempts,
  type Step,
  type FlowState,
  type FlowOutcome,
  type AttemptResult,
  type CallAttempt,
  type PendingRequest,
  type RecheckPoint,
} from './state';
export { flowEventSchema, type FlowEvent, type FlowEventType } from './events';
export { flowViewSchema, type FlowView } from './flow-view';
export {
  transition,
  allowedEvents,
  checkPendingUntil,
  ALLOWED_EVENTS,
  type FlowRules,
  type FlowContext,
  type FlowRefusal,
  type AuditEntry,
  type TransitionResult,
} from './machine';
