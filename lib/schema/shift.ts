import * as z from 'zod/mini';
import { instantSchema, intBetween, nonEmpty, trimmedText, uuidSchema } from './common';
import { procedureRefSchema } from './session';

export const SHIFT_VERSION = 1;

/** The steps of section 1.1 (work preparation at the start of every shift). */
export const CHECKLIST_STEPS = ['1.1.1', '1.1.2', '1.1.3', '1.1.4', '1.1.5', '1.1.6'] as const;
export const checklistStepSchema = z.enum(CHECKLIST_STEPS);
export type ChecklistStep = z.infer<typeof checklistStepSchema>;

export const checklistTickSchema = z.object({
  step: checklistStepSchema,
  tickedAt: instantSchema,
  /** True when Pandu saw it happen (NOSSA open, user signed in) rather than the agent ticking. */
  detected: z.boolean(),
});
export type ChecklistTick = z.infer<typeof checklistTickSchema>;

/** One shift-start checklist (IK 1.1) per agent per shift. */
export const shiftSchema = z.object({
  v: z.literal(SHIFT_VERSION),
  id: uuidSchema,
  agentId: nonEmpty(),
  /** Local date the shift started on (a night shift belongs to the date it started). */
  shiftDate: z.iso.date(),
  /** The shift definition's id ("pagi"): stable when a team lead renames the shift. */
  shiftName: nonEmpty(),
  ticks: z.array(checklistTickSchema),
  completedAt: z.nullable(instantSchema),
  // Added with the popup; records written before it lack them, hence the defaults.
  /** The shift's name as it was shown when the record was made ("Pagi"). */
  shiftLabel: z._default(z.nullable(nonEmpty()), null),
  /** When the shift started and ends, as it was defined then (late is measured from the start). */
  startsAt: z._default(z.nullable(instantSchema), null),
  endsAt: z._default(z.nullable(instantSchema), null),
  /** Minutes after the start within which completion still counts as on time. */
  graceMinutes: z._default(z.nullable(intBetween(0, 240)), null),
  /** The NOSSA user id last seen signed in during this shift (never a password). */
  nossaUser: z._default(z.nullable(z.string().check(z.minLength(1), z.maxLength(40))), null),
  /** Which instruction and revision the checklist was done under, for auditors. */
  procedure: z._default(z.nullable(procedureRefSchema), null),
});
export type Shift = z.infer<typeof shiftSchema>;

/** "07:00": a local wall-clock time. */
const clockTimeSchema = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:mm'));

/** One shift of the day, in local time; end <= start means it runs past midnight. */
export const shiftDefinitionSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]{1,24}$/, 'shift id')),
  name: trimmedText(1, 24),
  start: clockTimeSchema,
  end: clockTimeSchema,
});
export type ShiftDefinition = z.infer<typeof shiftDefinitionSchema>;

export const DEFAULT_SHIFT_DEFINITIONS: ShiftDefinition[] = [
  { id: 'pagi', name: 'Pagi', start: '07:00', end: '15:00' },
  { id: 'siang', name: 'Siang', start: '15:00', end: '23:00' },
  { id: 'malam', name: 'Malam', start: '23:00', end: '07:00' },
];

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** The minutes of the day a shift covers, split at midnight: [[from, to), ...]. */
function spans({ start, end }: ShiftDefinition): Array<[number, number]> {
  const from = minutesOf(start);
  const to = minutesOf(end);
  if (to > from) return [[from, to]];
  return to === 0
    ? [[from, 1440]]
    : [
        [from, 1440],
        [0, to],
      ];
}

const overlaps = (a: ShiftDefinition, b: ShiftDefinition) => spans(a).some(([af, at]) => spans(b).some(([bf, bt]) => af < bt && bf < at));

/**
 * The shifts of a contact center and the rules around the checklist. Shifts may leave gaps (no
 * shift at night, say) but never overlap: at any moment at most one shift is the current one.
 */
export const shiftSettingsSchema = z.object({
  definitions: z._default(
    z.array(shiftDefinitionSchema).check(
      z.minLength(1),
      z.maxLength(6),
      z.refine((list) => new Set(list.map((d) => d.id)).size === list.length, { message: 'duplicate-id' }),
      z.refine((list) => new Set(list.map((d) => d.name.toLowerCase())).size === list.length, { message: 'duplicate-name' }),
      z.refine((list) => list.every((a, i) => list.slice(i + 1).every((b) => !overlaps(a, b))), { message: 'overlap' }),
    ),
    DEFAULT_SHIFT_DEFINITIONS,
  ),
  /** Completed later than this many minutes after the shift started counts as late. */
  graceMinutes: z._default(intBetween(0, 240), 15),
  /**
   * The next shift's checklist opens this many minutes before the shift starts, so an agent who
   * arrives early prepares for their own shift, not the one that is ending.
   */
  opensMinutesBefore: z._default(intBetween(0, 120), 15),
});
export type ShiftSettings = z.infer<typeof shiftSettingsSchema>;

/** One occurrence of a shift: "Malam of 26-11-2026", from 23:00 WITA to 07:00 WITA. */
export interface ShiftSlot {
  /** The definition's id (stored as the record's shiftName). */
  id: string;
  name: string;
  /** Local date the shift starts on, yyyy-MM-dd. */
  date: string;
  startsAt: string;
  endsAt: string;
}
