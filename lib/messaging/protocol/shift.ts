import * as z from 'zod/mini';
import type { ChecklistStep, Shift, ShiftSlot } from '../../schema';
import { trimmedText, uuidSchema } from '../../schema';
import type { ChecklistRefusal } from '../../shifts';

/** The steps an agent ticks one by one (1.1.6, "ready", has its own message). */
const preparationStepSchema = z.enum(['1.1.1', '1.1.2', '1.1.3', '1.1.4', '1.1.5']);

/** The shift-start checklist (IK 1.1), the NOSSA sign-in the content script sees, follow-ups. */
export const shiftRequests = {
  getShiftNow: z.undefined(),
  tickChecklist: z.strictObject({ step: preparationStepSchema, ticked: z.boolean() }),
  completeChecklist: z.undefined(),
  /** From the content script: NOSSA's login page, or the app with the user id it shows (if any). */
  reportNossaSession: z.strictObject({ page: z.enum(['login', 'app']), user: z.nullable(trimmedText(1, 40)) }),
  openFollowUp: z.strictObject({ sessionId: uuidSchema }),
  resolveFollowUp: z.strictObject({ sessionId: uuidSchema }),
} as const;

/** Which shift it is by the background's clock (the one that keeps the records and the badge). */
export interface ShiftNow {
  now: string;
  /** The shift whose checklist is open now; null between shifts. */
  slot: ShiftSlot | null;
  /** The next shift to start (shown between shifts). */
  next: ShiftSlot;
}

export interface ChecklistReply {
  slot: ShiftSlot | null;
  record: Shift | null;
  refusal: ChecklistRefusal | 'no-shift' | null;
}

export interface ShiftProtocol {
  getShiftNow(): ShiftNow;
  tickChecklist(data: { step: Exclude<ChecklistStep, '1.1.6'>; ticked: boolean }): ChecklistReply;
  completeChecklist(): ChecklistReply;
  reportNossaSession(data: { page: 'login' | 'app'; user: string | null }): { ticked: ChecklistStep[] };
  /** Opens the ticket of an approved pending in NOSSA and records that it was opened. */
  openFollowUp(data: { sessionId: string }): boolean;
  /** The agent followed the pending up: it leaves the due list. */
  resolveFollowUp(data: { sessionId: string }): boolean;
}
