export { shiftAt, checklistShiftAt, nextShiftAfter, nextChecklistChange, localDate } from './shift-calendar';
export {
  CHECKLIST,
  PREPARATION_STEPS,
  READY_STEP,
  DETECTABLE_STEPS,
  newChecklist,
  setStep,
  markReady,
  missingSteps,
  tickOf,
  type PreparationStep,
  type ChecklistRefusal,
  type ChecklistChange,
  type ChecklistResult,
} from './checklist';
export { punctuality, type Punctuality, type PunctualityState } from './punctuality';
export { badgeState, badgeText, BADGE_TEXT, type BadgeState } from './badge';
