import type { ChecklistStep, ChecklistTick, ProcedureRef, Shift, ShiftSlot } from '../schema';
import { SHIFT_VERSION } from '../schema';
import type { EventKind } from '../events';

/** Section 1.1 in the instruction's own words, with the English meaning (PROCEDURE.md). */
export const CHECKLIST: ReadonlyArray<{ step: ChecklistStep; id: string; en: string }> = [
  { step: '1.1.1', id: 'Pada PC dan Monitor tekan tombol ON/OFF', en: 'Switch on the PC and monitor' },
  { step: '1.1.2', id: 'Siapkan aplikasi pendukung', en: 'Open the supporting applications' },
  { step: '1.1.3', id: 'Siapkan aplikasi NOSSA', en: 'Open NOSSA' },
  { step: '1.1.4', id: 'Masukan login', en: 'Enter the login (user id)' },
  { step: '1.1.5', id: 'Masukan password', en: 'Enter the password' },
  { step: '1.1.6', id: 'Siap melayani pelanggan', en: 'Ready to serve customers' },
];

/** The steps ticked one by one; 1.1.6 ("ready") closes the checklist once they are all done. */
export const PREPARATION_STEPS = ['1.1.1', '1.1.2', '1.1.3', '1.1.4', '1.1.5'] as const satisfies readonly ChecklistStep[];
export type PreparationStep = (typeof PREPARATION_STEPS)[number];
export const READY_STEP = '1.1.6' satisfies ChecklistStep;

/** Pandu sees these happen: NOSSA open (1.1.3), a user signed in (1.1.4). Never the password. */
export const DETECTABLE_STEPS = ['1.1.3', '1.1.4'] as const satisfies readonly PreparationStep[];

export type ChecklistRefusal =
  /** The checklist was closed with "ready"; it is a record now. */
  | 'completed'
  /** A tick Pandu detected is a fact it saw, not the agent's to take back. */
  | 'detected'
  /** "Ready" needs every preparation step ticked first. */
  | 'incomplete';

/** A change to the checklist, written to the audit trail as the event of the same kind. */
export interface ChecklistChange {
  type: Extract<EventKind, `checklist.${string}`>;
  step: ChecklistStep;
  detected: boolean;
}

export type ChecklistResult = { ok: true; record: Shift; change: ChecklistChange | null } | { ok: false; record: Shift; refusal: ChecklistRefusal };

export const tickOf = (record: Pick<Shift, 'ticks'>, step: ChecklistStep): ChecklistTick | undefined => record.ticks.find((tick) => tick.step === step);

export const missingSteps = (record: Pick<Shift, 'ticks'>): PreparationStep[] => PREPARATION_STEPS.filter((step) => !tickOf(record, step));

/** An empty checklist for an agent's shift, remembering how the shift was defined at the time. */
export function newChecklist(input: { id: string; agentId: string; slot: ShiftSlot; graceMinutes: number; procedure: ProcedureRef }): Shift {
  return {
    v: SHIFT_VERSION,
    id: input.id,
    agentId: input.agentId,
    shiftDate: input.slot.date,
    shiftName: input.slot.id,
    shiftLabel: input.slot.name,
    startsAt: input.slot.startsAt,
    endsAt: input.slot.endsAt,
    graceMinutes: input.graceMinutes,
    ticks: [],
    completedAt: null,
    nossaUser: null,
    procedure: input.procedure,
  };
}

const byStep = (a: ChecklistTick, b: ChecklistTick) => a.step.localeCompare(b.step);

/**
 * Ticks or unticks one preparation step. Ticking what is ticked, or unticking what is not, changes
 * nothing (two tabs may report the same sign-in). The first tick of a step is the one kept.
 */
export function setStep(record: Shift, input: { step: PreparationStep; ticked: boolean; at: string; detected: boolean }): ChecklistResult {
  if (record.completedAt) return { ok: false, record, refusal: 'completed' };
  const existing = tickOf(record, input.step);
  if (input.ticked) {
    if (existing) return { ok: true, record, change: null };
    const tick: ChecklistTick = { step: input.step, tickedAt: input.at, detected: input.detected };
    return {
      ok: true,
      record: { ...record, ticks: [...record.ticks, tick].sort(byStep) },
      change: { type: 'checklist.ticked', step: input.step, detected: input.detected },
    };
  }
  if (!existing) return { ok: true, record, change: null };
  if (existing.detected) return { ok: false, record, refusal: 'detected' };
  return {
    ok: true,
    record: { ...record, ticks: record.ticks.filter((tick) => tick.step !== input.step) },
    change: { type: 'checklist.unticked', step: input.step, detected: false },
  };
}

/** "Siap melayani pelanggan" (1.1.6): closes the checklist once 1.1.1-1.1.5 are ticked. */
export function markReady(record: Shift, at: string): ChecklistResult {
  if (record.completedAt) return { ok: true, record, change: null };
  if (missingSteps(record).length > 0) return { ok: false, record, refusal: 'incomplete' };
  return {
    ok: true,
    record: { ...record, completedAt: at, ticks: [...record.ticks, { step: READY_STEP, tickedAt: at, detected: false }] },
    change: { type: 'checklist.completed', step: READY_STEP, detected: false },
  };
}
