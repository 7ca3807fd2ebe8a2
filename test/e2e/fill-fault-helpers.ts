// Shared by fill-faults.spec.ts: getting a session to its outcome, what NOSSA saved, and the audit
// trail the extension stored, so each fault test can end with the same full proof.
import { expect, type Locator, type Page } from '@playwright/test';
import type { MockServer } from './fixtures';
import { expectStep, toOutcome as toOutcomeStep, type FlowOutcome } from './flow-helpers';
import { readTable } from './helpers';

export const TICKET = 'IN110088258'; // INPROG, BANDUNG
export type Row = Record<string, any>;
export type WorkLogRow = { summary: string; details: string; detailsText: string; type: string; createdBy: string };
export type Ticket = {
  fields: Record<string, string>;
  fieldsIso: Record<string, string>;
  worklog: WorkLogRow[];
  statusHistory: Array<{ status: string }>;
};
export type MockState = {
  tickets: Record<string, Ticket>;
  saves: Array<{ ticketId: string; changed: string[] }>;
  requests: Array<{ uisessionid: string; events: Array<{ type: string; key: string | null }>; result: string; message?: string }>;
  uiSessions: Record<string, { pending: Record<string, string>; newWorklog: unknown[]; statusChange: unknown; dirty: boolean }>;
};

export const stateOf = (mock: MockServer) => mock.state() as unknown as MockState;
export const ticketOf = (mock: MockServer) => stateOf(mock).tickets[TICKET]!;
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** To the outcome step, by default with the customer approving. */
export const toOutcome = (page: Page, outcome: FlowOutcome = 'approved') => toOutcomeStep(page, outcome);

const TIE_ORDER = ['fill.interrupted', 'fill.started', 'fill.field', 'fill.result', 'fill.verify', 'fill.reload', 'update.applied'];
const tieRank = (type: string) => {
  const i = TIE_ORDER.indexOf(type);
  return i < 0 ? -1 : i;
};

/** The ticket's audit events as stored in IndexedDB, oldest first. */
export async function eventsOf(ext: Page): Promise<Row[]> {
  return (await readTable<Row>(ext, 'events')).filter((e) => e.ticketId === TICKET).sort((a, b) => a.at.localeCompare(b.at) || tieRank(a.type) - tieRank(b.type));
}

/** The fill part of the trail as short words: "started", "field:pendingReason", "result:false", "verify:record:true", ... */
export function fillTrail(events: Row[]): string[] {
  return events.flatMap((e): string[] => {
    switch (e.type) {
      case 'fill.started':
        return ['started'];
      case 'fill.field':
        return [`field:${e.payload.result.field}`];
      case 'fill.interrupted':
        return ['interrupted'];
      case 'fill.result':
        return [`result:${e.payload.ok}`];
      case 'fill.verify':
        return [`verify:${e.payload.phase}:${e.payload.ok}`];
      case 'fill.reload':
        return ['reload'];
      case 'update.applied':
        return [`applied:${e.payload.by}`];
      default:
        return [];
    }
  });
}

/** The fields (and commit actions) a fill.started event listed, in step order. */
export const stepFields = (started: Row) =>
  (started.payload.steps as Array<{ kind: string; field?: string; action?: string }>).map((s) => (s.kind === 'set' ? s.field! : `commit:${s.action}`));

/**
 * The end every fault must reach: the session finished through a read-back of a freshly loaded
 * ticket, NOSSA holding exactly one work-log row of this session whose text is the session's work
 * log, the pending saved, one status change, and a trail that ends fill.result ok -> verify(record)
 * -> reload -> verify(readBack) -> update.applied.
 */
export async function expectSavedOnceAndFinished(opts: {
  mock: MockServer;
  ext: Page;
  panel: Locator;
  before: Ticket;
  outcome?: 'approved' | 'unreachable' | 'declined';
  /** Fields whose own "fill.field" record the test made the background refuse (the result still carries them). */
  refusedFieldRecords?: string[];
}) {
  const { mock, ext, panel, before, outcome = 'approved' } = opts;
  await expectStep(panel, 'done');
  await expect(panel.getByText(/^Mengisi NOSSA…/)).toHaveCount(0); // never left on "running"
  const events = await eventsOf(ext);
  const session = (await readTable<Row>(ext, 'sessions')).find((s) => s.ticketId === TICKET)!;
  expect(session.status).toBe('done');
  const applied = events.filter((e) => e.type === 'update.applied');
  expect(applied).toHaveLength(1);
  expect(applied[0]!.payload.by).toBe('fill');
  const workLog: string = applied[0]!.payload.workLog;
  const starts = events.filter((e) => e.type === 'fill.started');
  expect(starts.length).toBeGreaterThan(0);
  const ref: string = starts[0]!.payload.ref;
  expect(ref).toMatch(/^\[Pandu [0-9A-F]{6}\]$/);
  for (const s of starts) {
    expect(s.payload.ref).toBe(ref); // every attempt of the session writes the same reference
    const details = s.payload.steps.find((st: Row) => st.field === 'workLogDetails');
    expect(details.value).toBe(workLog); // what was typed is what the session logs
  }

  // NOSSA's saved state.
  const after = ticketOf(mock);
  const mine = after.worklog.filter((w) => w.summary.includes(ref));
  expect(mine, `work-log rows with ${ref}`).toHaveLength(1);
  expect(after.worklog).toHaveLength(before.worklog.length + 1);
  expect(squash(mine[0]!.detailsText)).toBe(squash(workLog));
  expect(mine[0]).toMatchObject({ type: 'CLIENTNOTE', createdBy: '930101' });
  if (outcome === 'declined') {
    expect(after.fields.OWNERGROUP).toBe('ACCESS BDG');
    expect(after.statusHistory).toHaveLength(before.statusHistory.length);
  } else {
    expect(after.fields).toMatchObject({ STATUS: 'PENDING', PENDINGREASON: 'LOKASI-TUTUP' });
    const until = new Date(session.answers.pendingUntil as string);
    expect(after.fieldsIso.PENDINGUNTIL).toBe(new Date(until.getTime() + 7 * 3_600_000).toISOString().slice(0, 16)); // WIB
    expect(after.statusHistory).toHaveLength(before.statusHistory.length + 1); // one status change, never two
    expect(after.statusHistory.at(-1)!.status).toBe('PENDING');
  }
  // The page the session finished on (the fresh load) holds nothing unsaved.
  const state = stateOf(mock);
  const lastUi = state.uiSessions[state.requests.at(-1)!.uisessionid]!;
  expect(lastUi.newWorklog).toEqual([]);
  expect(lastUi.dirty).toBe(false);

  // The trail: the session finished only after a fresh read-back proved it.
  const trail = fillTrail(events);
  // The last fill ended ok, nothing started after it, and the session ended right after a good read-back.
  const tail = trail.slice(trail.lastIndexOf('started'));
  expect(tail.filter((t) => t.startsWith('result:'))).toEqual(['result:true']);
  expect(tail.slice(-4)).toEqual(['verify:record:true', 'reload', 'verify:readBack:true', 'applied:fill']);
  const lastStart = starts.at(-1)!;
  const lastFields = events.filter((e) => e.type === 'fill.field' && e.payload.fillId === lastStart.payload.fillId).map((e) => e.payload.result.field);
  const refused = opts.refusedFieldRecords ?? [];
  expect(new Set(lastFields)).toEqual(new Set(stepFields(lastStart).filter((f) => !refused.includes(f))));
  const lastResult = events.findLast((e) => e.type === 'fill.result')!;
  expect(lastResult.payload.fillId).toBe(lastStart.payload.fillId);
  expect((lastResult.payload.fields as Row[]).map((f) => f.field)).toEqual(stepFields(lastStart));
  return { events, trail, ref, workLog, after };
}
