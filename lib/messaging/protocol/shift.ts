import * as z from 'zod/mini';
import type { ChecklistStep, Shift, ShiftSlot } from '../../schema';
import { trimmedText, uuidSchema } from '../../schema';
import type { ChecklistRefusal } from '../../shifts';
import { resultOf } from '../declare';

/** The steps an agent ticks one by one (1.1.6, "ready", has its own message). */
const preparationStepSchema = z.enum(['1.1.1', '1.1.2', '1.1.3', '1.1.4', '1.1.5']);

/** Which shift it is by the background's clock (the one that keeps the records and the badge). */
interface ShiftNow {
  now: string;
  /** The shift whose checklist is open now; null between shifts. */
  slot: ShiftSlot | null;
  /** The next shift to start (shown between shifts). */
  next: ShiftSlot;
}

interface ChecklistReply {
  slot: ShiftSlot | null;
  record: Shift | null;
  refusal: ChecklistRefusal | 'no-shift' | null;
}

/** The shift-start checklist (IK 1.1), the NOSSA sign-in the content script sees, follow-ups. */
export const shiftRequests = {
  getShiftNow: { input: z.undefined(), result: resultOf<ShiftNow>() },
  tickChecklist: { input: z.strictObject({ step: preparationStepSchema, ticked: z.boolean() }), result: resultOf<ChecklistReply>() },
  completeChecklist: { input: z.undefined(), result: resultOf<ChecklistReply>() },
  /** From the content script: NOSSA's login page, or the app with the user id it shows (if any). */
  reportNossaSession: {
    input: z.strictObject({ page: z.enum(['login', 'app']), user: z.nullable(/* @__PURE__ */ trimmedText(1, 40)) }),
    result: resultOf<{ ticked: ChecklistStep[] }>(),
  },
  /** Opens the ticket of an approved pending in NOSSA and records that it was opened. */
  openFollowUp: { input: z.strictObject({ sessionId: uuidSchema }), result: resultOf<boolean>() },
  /** The agent followed the pending up: it leaves the due list. */
  resolveFollowUp: { input: z.strictObject({ sessionId: uuidSchema }), result: resultOf<boolean>() },
};
