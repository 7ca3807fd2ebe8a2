// @vitest-environment happy-dom
// React warns unless the test environment says it supports act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
import { act, createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeEach, describe, expect, it } from 'vitest';
import { readRecordState, runFill, verifyRecord, type FillStep } from '@/lib/fill';
import { installMaximoSim } from './maximo-sim';
import { formProfile, maximoProfile, savingProfile } from './profiles';

const set = (field: string, value: string): FillStep => ({ kind: 'set', group: 'main', field, value });
const RUN = { fillId: '6f1c2d3e-4b5a-4c6d-8e7f-8091a2b3c4d5', ref: '[Pandu 6F1C2D]' };
const fill = (steps: FillStep[], profile = maximoProfile) => runFill(document, profile, steps, RUN);

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('fill engine on Maximo-style prekeyvalue gating', () => {
  const page = (options = {}) =>
    installMaximoSim(
      document,
      {
        Incident: { value: 'IN110088251', kind: 'readonly' },
        'Owner Group': { value: 'TIF HD WITEL BANDUNG' },
        'Pending Reason': { value: '', kind: 'valueList' },
        'Pending Until': { value: '' },
        Status: { value: 'INPROG', kind: 'readonly' },
      },
      { menus: { 'Pending Reason': ['PLG-RESCHEDULE', 'LOKASI-TUTUP'] }, ...options },
    );

  it('the simulator ignores a naive fill, exactly like NOSSA', async () => {
    const sim = page();
    const input = [...document.querySelectorAll('input')].find((i) => i.title.startsWith('Owner Group'))!;
    input.value = 'ACCESS BDG';
    input.dispatchEvent(new Event('change', { bubbles: true }));
    (document.querySelector('input[title^="Incident"]') as HTMLInputElement).focus();
    await new Promise((r) => setTimeout(r, 30));
    expect(sim.saved['Owner Group']).toBe('TIF HD WITEL BANDUNG');
    expect(sim.roundTrips).toBe(0);
  });

  it('writes a text field so the server holds it, and reads it back from the new node', async () => {
    const sim = page();
    const before = document.querySelector('input[title^="Owner Group"]');
    const result = await fill([set('ownerGroup', 'ACCESS BDG')]);
    expect(result.ok).toBe(true);
    expect(result.fields[0]).toMatchObject({ field: 'ownerGroup', status: 'done', actual: 'ACCESS BDG', reason: null });
    expect(sim.saved['Owner Group']).toBe('ACCESS BDG');
    expect(before?.isConnected).toBe(false); // the holder was re-rendered
  });

  it('fills several fields in turn through the one pending slot, none lost', async () => {
    const sim = page();
    const result = await fill([set('ownerGroup', 'ACCESS BDG'), set('pendingUntil', '27-11-2026 10:00'), set('pendingReason', 'LOKASI-TUTUP')]);
    expect(result.fields.map((f) => f.status)).toEqual(['done', 'done', 'done']);
    expect(sim.saved).toMatchObject({ 'Owner Group': 'ACCESS BDG', 'Pending Until': '27-11-2026 10:00', 'Pending Reason': 'LOKASI-TUTUP' });
    expect(result.ownMs).toBeLessThanOrEqual(result.totalMs);
  });

  it('picks a value-list item from the server menu', async () => {
    const sim = page();
    const result = await fill([set('pendingReason', 'plg-reschedule')]);
    expect(result.fields[0]).toMatchObject({ status: 'done', actual: 'PLG-RESCHEDULE' });
    expect(sim.saved['Pending Reason']).toBe('PLG-RESCHEDULE');
  });

  it('reports a value the menu does not offer, and leaves the later fields alone', async () => {
    const sim = page();
    const result = await fill([set('pendingReason', 'TIDAK-ADA'), set('ownerGroup', 'ACCESS BDG')]);
    expect(result.ok).toBe(false);
    expect(result.fields.map((f) => [f.status, f.reason])).toEqual([
      ['failed', 'menu-item-missing'],
      ['failed', 'skipped'],
    ]);
    expect(sim.saved['Owner Group']).toBe('TIF HD WITEL BANDUNG');
  });

  it('reports the server’s rejection with its message', async () => {
    page({ server: (_f: string, v: string) => (v === 'GRUP PALSU' ? { error: 'BMXAA4191E - The value GRUP PALSU is not valid.' } : { value: v }) });
    const result = await fill([set('ownerGroup', 'GRUP PALSU')]);
    expect(result.fields[0]).toMatchObject({ status: 'failed', reason: 'rejected', message: 'BMXAA4191E - The value GRUP PALSU is not valid.', actual: 'TIF HD WITEL BANDUNG' });
  });

  it('reports a mismatch when the server stores something else', async () => {
    page({ server: (_f: string, v: string) => ({ value: v.slice(0, 5) }) });
    const result = await fill([set('ownerGroup', 'ACCESS BDG')]);
    expect(result.fields[0]).toMatchObject({ status: 'failed', reason: 'mismatch', actual: 'ACCES' });
  });

  it('a missing field and a read-only field fail with their own reasons', async () => {
    page();
    const missing = await fill([set('serviceId', 'x')]);
    expect(missing.fields[0]).toMatchObject({ status: 'failed', reason: 'field-missing' });
    const readOnly = await fill([set('status', 'PENDING')]);
    expect(readOnly.fields[0]).toMatchObject({ status: 'failed', reason: 'read-only', actual: 'INPROG' });
  });

  it('a session that expires mid-fill fails every field, including those done before', async () => {
    const sim = page();
    const steps = [set('ownerGroup', 'ACCESS BDG'), set('pendingUntil', '27-11-2026 10:00'), set('pendingReason', 'LOKASI-TUTUP')];
    const first = runFill(document, maximoProfile, steps, { ...RUN, onProgress: (fields) => fields.length === 1 && sim.expireNext() });
    const result = await first;
    expect(result.ok).toBe(false);
    expect(result.fields.map((f) => f.reason)).toEqual(['session-expired', 'session-expired', 'skipped']);
    expect(result.fields.some((f) => f.status === 'done')).toBe(false);
  });

  it('times out while the page stays busy, without claiming anything', async () => {
    page();
    document.getElementById('wait')!.style.display = 'block';
    const result = await runFill(document, { ...maximoProfile, behaviour: { ...maximoProfile.behaviour, roundTripTimeoutMs: 600 } }, [set('ownerGroup', 'X')], RUN);
    expect(result.fields[0]).toMatchObject({ status: 'failed', reason: 'timeout' });
  });

  it('does nothing for a field that already holds the value, and says so', async () => {
    const sim = page();
    const result = await fill([set('ownerGroup', 'TIF HD WITEL BANDUNG')]);
    expect(result.fields[0]).toMatchObject({ status: 'done', already: true });
    expect(sim.roundTrips).toBe(0);
  });

  it('records each field as it lands, before the next one is touched', async () => {
    page();
    const landed: string[] = [];
    await runFill(document, maximoProfile, [set('ownerGroup', 'ACCESS BDG'), set('pendingUntil', '27-11-2026 10:00')], {
      ...RUN,
      onField: async (r) => {
        landed.push(`${r.field}:${r.status}`);
        // The next field is not touched before this one is stored.
        expect(document.querySelector<HTMLInputElement>('input[title^="Pending Until"]')!.value).toBe(r.field === 'ownerGroup' ? '' : '27-11-2026 10:00');
      },
    });
    expect(landed).toEqual(['ownerGroup:done', 'pendingUntil:done']);
  });
});

describe('fill engine: saving is proven, never assumed', () => {
  const page = (save: 'saves' | 'reject') =>
    installMaximoSim(document, { Incident: { value: 'IN110088251', kind: 'readonly' }, 'Owner Group': { value: 'TIF HD WITEL BANDUNG' } }, { save });
  const commitSave: FillStep = { kind: 'commit', action: 'save' };

  it('values sent but not saved are "terisi, belum disimpan", never done', async () => {
    const sim = page('saves');
    const result = await fill([set('ownerGroup', 'ACCESS BDG')], savingProfile);
    expect(result).toMatchObject({ ok: true, committed: false, record: { state: 'unsaved' } });
    expect(sim.committed['Owner Group']).toBe('TIF HD WITEL BANDUNG');
    const check = verifyRecord(document, savingProfile, [set('ownerGroup', 'ACCESS BDG')]);
    expect(check).toMatchObject({ ok: false, phase: 'record' });
    expect(check.fields[0]).toMatchObject({ status: 'failed', reason: 'unsaved', actual: 'ACCESS BDG' });
  });

  it('with "fill and save" it presses Save and counts it only when the record shows saved', async () => {
    const sim = page('saves');
    const result = await fill([set('ownerGroup', 'ACCESS BDG'), commitSave], savingProfile);
    expect(result).toMatchObject({ ok: true, committed: true, record: { state: 'saved' } });
    expect(result.fields[1]).toMatchObject({ field: 'commit:save', status: 'done' });
    expect(sim.committed['Owner Group']).toBe('ACCESS BDG');
    expect(verifyRecord(document, savingProfile, [set('ownerGroup', 'ACCESS BDG')]).ok).toBe(true);
  });

  it("a refused Save fails with NOSSA's own message and leaves the record unsaved", async () => {
    const sim = page('reject');
    const result = await fill([set('ownerGroup', 'ACCESS BDG'), commitSave], savingProfile);
    expect(result).toMatchObject({ ok: false, committed: false, record: { state: 'unsaved' } });
    expect(result.fields[1]).toMatchObject({ status: 'failed', reason: 'rejected', message: expect.stringContaining('BMXAA4195E') });
    expect(sim.committed['Owner Group']).toBe('TIF HD WITEL BANDUNG');
  });

  it('never presses Save with nothing to save', async () => {
    const sim = page('saves');
    const result = await fill([set('ownerGroup', 'TIF HD WITEL BANDUNG'), commitSave], savingProfile);
    expect(result.fields[1]).toMatchObject({ status: 'done', already: true });
    expect(sim.roundTrips).toBe(0);
  });

  it('reads the record state from the page: Save on is unsaved, an info message is kept', async () => {
    page('saves');
    expect(readRecordState(document, savingProfile)).toEqual({ state: 'saved', message: null });
    document.querySelector('a[eventtype="SAVE"]')!.classList.remove('off');
    document.querySelector('a[eventtype="SAVE"]')!.setAttribute('aria-disabled', 'false');
    const bar = document.getElementById('titlebar_error')!;
    bar.textContent = 'BMXAA4210I - The status was changed. Save the record to keep the change.';
    expect(readRecordState(document, savingProfile)).toEqual({ state: 'unsaved', message: { severity: 'info', text: bar.textContent } });
    document.body.innerHTML = '<form><input type="password"></form>';
    expect(readRecordState(document, savingProfile).state).toBe('expired');
  });

  it('without a Save control to look at, the record state is unknown and nothing is claimed', () => {
    page('saves');
    const check = verifyRecord(document, maximoProfile, [set('ownerGroup', 'ACCESS BDG')]);
    expect(check.record?.state).toBe('unknown');
    expect(check.ok).toBe(false);
  });
});

describe('fill engine on a React-controlled form', () => {
  function Form({ onState }: { onState: (s: Record<string, string>) => void }) {
    const [state, setState] = useState({ name: '', reason: 'a', note: '' });
    const change = (key: string) => (e: { target: { value: string } }) => {
      const next = { ...state, [key]: e.target.value };
      setState(next);
      onState(next);
    };
    return createElement(
      'form',
      null,
      createElement('label', { htmlFor: 'n' }, 'Nama'),
      createElement('input', { id: 'n', value: state.name, onChange: change('name') }),
      createElement('label', { htmlFor: 'r' }, 'Alasan'),
      createElement('select', { id: 'r', value: state.reason, onChange: change('reason') }, ...['a', 'b', 'c'].map((v) => createElement('option', { key: v, value: v }, v))),
      createElement('label', { htmlFor: 't' }, 'Catatan'),
      createElement('textarea', { id: 't', value: state.note, onChange: change('note') }),
    );
  }

  it('sets an input, a select and a textarea so React state follows', async () => {
    let seen: Record<string, string> = {};
    const container = document.createElement('div');
    document.body.appendChild(container);
    const root = createRoot(container);
    await act(async () => root.render(createElement(Form, { onState: (s) => (seen = s) })));
    const result = await act(() =>
      runFill(
        document,
        formProfile,
        [
          { kind: 'set', group: 'main', field: 'name', value: 'Siti Nurhaliza' },
          { kind: 'set', group: 'main', field: 'reason', value: 'c' },
          { kind: 'set', group: 'main', field: 'note', value: 'Baris satu\nbaris dua' },
        ],
        RUN,
      ),
    );
    expect(result.fields.map((f) => f.status)).toEqual(['done', 'done', 'done']);
    expect(seen).toEqual({ name: 'Siti Nurhaliza', reason: 'c', note: 'Baris satu\nbaris dua' });
    root.unmount();
  });

  it('reports a mismatch when the framework refuses the value', async () => {
    const container = document.createElement('div');
    document.body.appendChild(container);
    const root = createRoot(container);
    // A controlled input that ignores changes: React puts the old value back.
    await act(async () =>
      root.render(createElement('form', null, createElement('label', { htmlFor: 'n' }, 'Nama'), createElement('input', { id: 'n', value: 'tetap', onChange: () => {} }))),
    );
    const result = await act(() => runFill(document, formProfile, [{ kind: 'set', group: 'main', field: 'name', value: 'baru' }], RUN));
    expect(result.fields[0]).toMatchObject({ status: 'failed', reason: 'mismatch', actual: 'tetap' });
    root.unmount();
  });
});

describe("NOSSA's messages", () => {
  it("a message shown as a box in #dialogholder (not the title bar) is read with its code's severity", () => {
    document.body.innerHTML =
      '<div id="titlebar_error"></div><div id="dialogholder"><div><p>BMXAA4195E - A value is required for the Symptom field on the INCIDENT object.</p><button>OK</button></div></div>';
    expect(readRecordState(document, savingProfile)).toEqual({
      state: 'unknown',
      message: { severity: 'error', text: 'BMXAA4195E - A value is required for the Symptom field on the INCIDENT object.' },
    });
  });
});
