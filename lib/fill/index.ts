export { planUpdate, PLAN_FIELDS, type PlanField, type PlannedValue, type UpdatePlan } from './plan';
export { draftWorkLog, fillTemplate, reasonByCode, type WorkLogInput } from './worklog';
export { proposedPendingUntil } from './pending-time';
export { buildFillSteps, verifySteps, type FillStep, type StepOptions } from './steps';
export { sameValue } from './compare';
export { runSteps, type RunOptions } from './engine/run';
export { findField, readField } from './engine/fields';
