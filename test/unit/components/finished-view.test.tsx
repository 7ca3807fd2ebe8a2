// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://nossa.telkom.co.id/maximo/ui/?event=loadapp&value=incident"}
import 'fake-indexeddb/auto'; // before Dexie is first imported
import { screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFlowStore } from '@/components/panel/flow/flow-store';
import { FinishedView } from '@/components/panel/flow/FinishedView';
import { buildFillSteps, planUpdate, workLogRef, type FillStep } from '@/lib/fill';
import type { FlowEventResult } from '@/lib/messaging';
import type { FlowView } from '@/lib/procedure';
import type { FieldResult, FillResult } from '@/lib/schema';
import { nossaProfile } from '@/lib/sites';
import { NOW } from '../abuse/background';
import { approvedSteps, flowAt, renderPanel, startTestBackground, type TestBackground } from './render';

vi.mock('@/lib/messaging/messenger', async (orig) => (await import('./messaging-fake')).mockMessenger(orig));

/**
 * A finished session (components/panel/flow/FinishedView.tsx) says what went into NOSSA in the
 * past tense it earned: "tersimpan di NOSSA" per field only where the read-back proved it, the
 * agent's own statement for an update typed by hand, and never what "will" be written.
 */
const TICKET = { ticketId: 'IN110088260', customerName: 'SITI AMINAH', contactPhone: '6281234567890', status: 'INPROG' };
const UNTIL = new Date(Date.parse(NOW) + 5 * 3_600_000).toISOString();
const WORK_LOG = 'Pelanggan setuju tiket dipending sampai teknisi datang.';
const FUTURE = /Akan diisi|akan ditulis|Yang akan diisi|akan ditekan/i;

let bg: TestBackground;
let view: FlowView;
beforeEach(async () => {
  bg = await startTestBackground('panel');
  view = await flowAt(bg, TICKET, approvedSteps(TICKET, UNTIL));
});

const send = (event: object) => bg.ask<FlowEventResult>('flowEvent', { sessionId: view.session.id, event });

async function showFinished() {
  const store = createFlowStore();
  await store.load(TICKET.ticketId);
  renderPanel(<FinishedView config={bg.settings.procedure} onNewRequest={() => undefined} />, { settings: bg.settings, store });
  return screen.getByTestId('step-finished');
}

const stateTexts = (list: HTMLElement) =>
  Object.fromEntries(
    within(list)
      .getAllByRole('listitem')
      .map((row) => [row.dataset.field, row.querySelector('.row-state')?.textContent ?? null]),
  );

/** A fill as the panel records it: the lock, "fill.started", the fill's result, then the read-back. */
async function recordFillAndReadBack(readBack: (steps: Extract<FillStep, { kind: 'set' }>[]) => FieldResult[]) {
  const plan = planUpdate(view.flow, WORK_LOG, bg.settings.procedure, 'id')!;
  const steps = buildFillSteps(plan, nossaProfile, { commit: false, ref: workLogRef(view.session.id) });
  const sets = steps.filter((s): s is Extract<FillStep, { kind: 'set' }> => s.kind === 'set');
  const fillId = crypto.randomUUID();
  const done = (s: { field: string; value: string }): FieldResult => ({ field: s.field, expected: s.value, actual: s.value, status: 'done', reason: null, message: null, ms: 2 });
  const run = (kind: 'fill' | 'verify', fields: FieldResult[], extra: Partial<FillResult> = {}): FillResult => ({
    kind,
    ok: fields.every((f) => f.status === 'done'),
    profileId: nossaProfile.id,
    fields,
    committed: false,
    startedAt: new Date().toISOString(),
    totalMs: 1_000,
    ownMs: 50,
    fillId,
    ...extra,
  });
  await bg.ask('acquireFillLock', { ticketId: TICKET.ticketId, sessionId: view.session.id, fillId });
  await bg.ask('recordFillStart', {
    sessionId: view.session.id,
    started: { fillId, profileId: nossaProfile.id, ref: workLogRef(view.session.id), commit: false, steps, startedAt: new Date().toISOString() },
  });
  await bg.ask('recordFill', { sessionId: view.session.id, result: run('fill', sets.map(done)) });
  await bg.ask('recordFill', { sessionId: view.session.id, result: run('verify', readBack(sets), { phase: 'readBack' }) });
  return { sets, done };
}

describe('a finished session says what went into NOSSA in the past tense', () => {
  it('filled by Pandu and read back: “tersimpan di NOSSA” for every field the read-back proved, the memo not shown back; never “akan diisi”', async () => {
    await recordFillAndReadBack((sets) =>
      sets
        .filter((s) => s.field !== 'statusMemo')
        .map((s) => ({ field: s.field === 'newStatus' ? 'status' : s.field, expected: s.value, actual: s.value, status: 'done' as const, reason: null, message: null, ms: 2 })),
    );
    await send({ type: 'markApplied', workLog: WORK_LOG, by: 'fill' });
    const finished = await showFinished();

    const list = within(finished).getByRole('list', { name: 'Tersimpan di NOSSA (dibaca ulang dari tiket)' });
    expect(stateTexts(list)).toEqual({
      pendingReason: 'tersimpan di NOSSA',
      pendingUntil: 'tersimpan di NOSSA',
      workLogSummary: 'tersimpan di NOSSA',
      workLogDetails: 'tersimpan di NOSSA',
      workLogType: 'tersimpan di NOSSA',
      newStatus: 'tersimpan di NOSSA',
      statusMemo: 'terkirim bersama Change Status; NOSSA tidak menampilkannya kembali',
    });
    expect(finished.textContent).not.toMatch(FUTURE);
    // The work log folds away; its text is the one typed, whole.
    const details = list.querySelector<HTMLDetailsElement>('[data-field="workLogDetails"] details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('blockquote.script')!.textContent).toBe(WORK_LOG);
    expect(within(finished).getByTestId('finished-applied').textContent).toMatch(/^NOSSA menyimpan pembaruan \(dibaca ulang dari tiket yang dimuat ulang\)/);
  });

  it('a field the read-back did not find: what NOSSA held, never “tersimpan” for it', async () => {
    await recordFillAndReadBack((sets) =>
      sets.map((s) =>
        s.field === 'pendingUntil'
          ? { field: s.field, expected: s.value, actual: '', status: 'failed' as const, reason: 'mismatch' as const, message: null, ms: 2 }
          : { field: s.field === 'newStatus' ? 'status' : s.field, expected: s.value, actual: s.value, status: 'done' as const, reason: null, message: null, ms: 2 },
      ),
    );
    // The agent gives up on this session: the finished view shows where its fill stood.
    await send({ type: 'cancel', reason: 'Diselesaikan di NOSSA oleh supervisor' });
    const finished = await showFinished();

    const list = within(finished).getByRole('list', { name: 'Belum semua tersimpan di NOSSA' });
    const until = list.querySelector<HTMLElement>('[data-field="pendingUntil"]')!;
    expect(until.dataset.state).toBe('failed');
    expect(until.querySelector('.row-state')!.textContent).toMatch(/^NOSSA memegang nilai lain: .* Seharusnya: \d\d-\d\d-\d{4} \d\d:\d\d; NOSSA: \.$/);
    expect(list.querySelector<HTMLElement>('[data-field="pendingReason"]')!.dataset.state).toBe('saved');
    expect(finished.textContent).not.toMatch(FUTURE);
  });

  it('typed by hand: the plan’s values as the agent says they were written, not checked by Pandu', async () => {
    await send({ type: 'markApplied', workLog: WORK_LOG, by: 'manual' });
    const finished = await showFinished();

    const list = within(finished).getByRole('list', { name: 'Diisi sendiri oleh agen di NOSSA (tidak diperiksa Pandu)' });
    expect(stateTexts(list)).toEqual({ status: 'diisi agen sendiri', pendingReason: 'diisi agen sendiri', pendingUntil: 'diisi agen sendiri', workLog: 'diisi agen sendiri' });
    expect(within(list).getAllByRole('listitem')[0]!.querySelector('.row-label')!.textContent).toBe('Status');
    expect(list.querySelector('[data-field="pendingReason"]')!.textContent).toContain('PLG-RESCHEDULE · Pelanggan minta jadwal ulang kunjungan');
    expect(list.querySelector('[data-field="pendingUntil"] .row-write')!.textContent).toMatch(/^\d\d-\d\d-\d{4} \d\d:\d\d \S+$/);
    expect(list.querySelector('[data-field="workLog"] blockquote.script')!.textContent).toBe(WORK_LOG);
    expect(finished.textContent).not.toMatch(FUTURE);
    expect(finished.textContent).not.toMatch(/tersimpan di NOSSA/i);
  });

  it('cancelled before anything was written: no list of fields at all', async () => {
    await send({ type: 'cancel', reason: 'Request dibatalkan pihak terkait' });
    const finished = await showFinished();
    expect(within(finished).queryByRole('list')).toBeNull();
    expect(finished.textContent).toContain('Dibatalkan: Request dibatalkan pihak terkait');
    expect(finished.textContent).not.toMatch(FUTURE);
  });
});
