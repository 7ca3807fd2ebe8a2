import type { Shift, ShiftSlot } from '../schema';

export type BadgeState =
  /** No shift is running (a gap between shifts): nothing to ask of the agent. */
  | 'no-shift'
  /** The current shift's checklist is done. */
  | 'done'
  /** The current shift's checklist is not done yet. */
  | 'todo'
  /** Nobody has said who they are, so no checklist can be kept yet. */
  | 'no-agent';

/** Short enough for the toolbar badge; says which part of the instruction is waiting. */
export const BADGE_TEXT = '1.1';

/** What the toolbar icon should say, from the current shift and its checklist (if any). */
export function badgeState(input: { hasAgent: boolean; slot: ShiftSlot | null; record: Pick<Shift, 'completedAt'> | null }): BadgeState {
  if (!input.slot) return 'no-shift';
  if (!input.hasAgent) return 'no-agent';
  return input.record?.completedAt ? 'done' : 'todo';
}

export const badgeText = (state: BadgeState): string => (state === 'todo' || state === 'no-agent' ? BADGE_TEXT : '');
