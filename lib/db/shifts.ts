import { procedureRef, revisionTag } from '../procedure';
import { buildEvent } from '../events';
import { shiftSchema, type Shift, type ShiftSlot } from '../schema';
import { DETECTABLE_STEPS, markReady, newChecklist, setStep, type ChecklistChange, type ChecklistRefusal, type ChecklistResult, type PreparationStep } from '../shifts';
import type { PanduDb } from './database';
import { outboxTables } from './outbox';

/** Who is preparing for which shift, and when: every checklist write needs all three. */
export interface ChecklistTarget {
  agentId: string;
  slot: ShiftSlot;
  /** The grace period in force when the record is first made (kept with it). */
  graceMinutes: number;
  now: string;
}

export interface ChecklistWrite {
  record: Shift | null;
  changes: ChecklistChange[];
  refusal: ChecklistRefusal | null;
}

const parse = (row: unknown): Shift | null => shiftSchema.safeParse(row).data ?? null;

/** The agent's checklist for one shift, or null when nothing was ticked in it yet. */
export async function findChecklist(db: PanduDb, agentId: string, slot: Pick<ShiftSlot, 'id' | 'date'>): Promise<Shift | null> {
  const rows = await db.shifts.where('[agentId+shiftDate]').equals([agentId, slot.date]).toArray();
  return parse(rows.find((row) => row.shiftName === slot.id));
}

/** The agent's checklists, newest shift first (the popup's history). */
export async function checklistHistory(db: PanduDb, agentId: string, limit = 14): Promise<Shift[]> {
  const rows = await db.shifts.where('agentId').equals(agentId).toArray();
  const key = (s: Shift) => s.startsAt ?? `${s.shiftDate}T`;
  return rows
    .map(parse)
    .filter((s): s is Shift => s !== null)
    .sort((a, b) => key(b).localeCompare(key(a)))
    .slice(0, limit);
}

/** What Pandu saw on NOSSA, kept with the checklist changes it made. */
type Sighting = { nossaUser?: string | null };

function auditEvent(record: Shift, change: ChecklistChange, at: string, sighting: Sighting) {
  const subject = { agentId: record.agentId, sessionId: null, ticketId: null, procedureRevision: revisionTag(record.procedure ?? procedureRef()) };
  const payload = { shiftId: record.id, shiftDate: record.shiftDate, shiftName: record.shiftName, step: change.step, detected: change.detected, ...sighting };
  return buildEvent({ type: change.type, payload }, subject, at);
}

/**
 * Applies checklist steps to the agent's record for a shift, creating the record on the first
 * tick (one per agent per shift, also when two tabs report at once: one transaction decides).
 * Each change is written with its audit event; a refusal writes nothing.
 */
async function writeChecklist(
  db: PanduDb,
  target: ChecklistTarget,
  apply: (record: Shift) => ChecklistResult[],
  update: (record: Shift) => Shift = (record) => record,
  sighting: Sighting = {},
): Promise<ChecklistWrite> {
  return db.transaction('rw', [db.shifts, db.events, ...outboxTables(db)], async () => {
    const existing = await findChecklist(db, target.agentId, target.slot);
    const base = existing ?? newChecklist({ id: crypto.randomUUID(), agentId: target.agentId, slot: target.slot, graceMinutes: target.graceMinutes, procedure: procedureRef() });
    let record = base;
    const changes: ChecklistChange[] = [];
    for (const result of apply(base)) {
      if (!result.ok) return { record: existing, changes: [], refusal: result.refusal };
      record = result.record;
      if (result.change) changes.push(result.change);
    }
    record = update(record);
    if (changes.length > 0 || (existing && JSON.stringify(record) !== JSON.stringify(existing))) {
      await db.shifts.put(record);
      await db.events.bulkAdd(changes.map((change) => auditEvent(record, change, target.now, sighting)));
      return { record, changes, refusal: null };
    }
    return { record: existing, changes: [], refusal: null };
  });
}

/** The agent ticks (or takes back) one preparation step, 1.1.1-1.1.5. */
export function tickChecklistStep(db: PanduDb, target: ChecklistTarget, input: { step: PreparationStep; ticked: boolean }): Promise<ChecklistWrite> {
  return writeChecklist(db, target, (record) => [setStep(record, { ...input, at: target.now, detected: false })]);
}

/** "Siap melayani pelanggan" (1.1.6): closes the checklist. */
export function completeChecklist(db: PanduDb, target: ChecklistTarget): Promise<ChecklistWrite> {
  return writeChecklist(db, target, (record) => [markReady(record, target.now)]);
}

/**
 * What the content script saw on NOSSA: its login page means NOSSA is open (1.1.3); the app with a
 * signed-in user means the agent has also entered their login (1.1.4), provided it is the agent's
 * own user id. A different user is remembered (the popup says so) but does not tick 1.1.4.
 */
export function recordNossaSighting(
  db: PanduDb,
  target: ChecklistTarget,
  input: { page: 'login' | 'app'; user: string | null; agentNossaUserId: string },
): Promise<ChecklistWrite> {
  const own = input.user != null && input.user.trim().toLowerCase() === input.agentNossaUserId.trim().toLowerCase();
  const steps: PreparationStep[] = input.page === 'app' && own ? [...DETECTABLE_STEPS] : ['1.1.3'];
  return writeChecklist(
    db,
    target,
    (record) => {
      if (record.completedAt) return []; // a closed checklist stays as it was
      const results: ChecklistResult[] = [];
      let current = record;
      for (const step of steps) {
        const result = setStep(current, { step, ticked: true, at: target.now, detected: true });
        results.push(result);
        current = result.record;
      }
      return results;
    },
    (record) => (input.page === 'app' && input.user && !record.completedAt ? { ...record, nossaUser: input.user } : record),
    { nossaUser: input.user },
  );
}
