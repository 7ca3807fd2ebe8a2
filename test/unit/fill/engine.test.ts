// @vitest-environment happy-dom
// React warns unless the test environment says it supports act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
import { act, createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeEach, describe, expect, it } from 'vitest';
import { runSteps, type FillStep } from '@/lib/fill';
import { installMaximoSim } from './maximo-sim';
import { formProfile, maximoProfile } from './profiles';

const set = (field: string, value: string): FillStep => ({ kind: 'set', field, value });
const fill = (steps: FillStep[], profile = maximoProfile) => runSteps(document, profile, steps, { kind: 'fill' });

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
    expect(result.fields.map((f) => [f.status, f.reason])).toEqual([['failed', 'menu-item-missing'], ['failed', 'skipped']]);
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
    const missing = await fill([{ kind: 'set', field: 'serviceId', value: 'x' }]);
    expect(missing.fields[0]).toMatchObject({ status: 'failed', reason: 'field-missing' });
    const readOnly = await fill([set('status', 'PENDING')]);
    expect(readOnly.fields[0]).toMatchObject({ status: 'failed', reason: 'read-only', actual: 'INPROG' });
  });

  it('a session that expires mid-fill fails every field, including those done before', async () => {
    const sim = page();
    const steps = [set('ownerGroup', 'ACCESS BDG'), set('pendingUntil', '27-11-2026 10:00'), set('pendingReason', 'LOKASI-TUTUP')];
    const first = runSteps(document, maximoProfile, steps, { kind: 'fill', onProgress: (fields) => fields.length === 1 && sim.expireNext() });
    const result = await first;
    expect(result.ok).toBe(false);
    expect(result.fields.map((f) => f.reason)).toEqual(['session-expired', 'session-expired', 'skipped']);
    expect(result.fields.some((f) => f.status === 'done')).toBe(false);
  });

  it('times out while the page stays busy, without claiming anything', async () => {
    page();
    document.getElementById('wait')!.style.display = 'block';
    const result = await runSteps(document, { ...maximoProfile, behaviour: { ...maximoProfile.behaviour, roundTripTimeoutMs: 600 } }, [set('ownerGroup', 'X')], { kind: 'fill' });
    expect(result.fields[0]).toMatchObject({ status: 'failed', reason: 'timeout' });
  });

  it('does nothing for a field that already holds the value', async () => {
    const sim = page();
    const result = await fill([set('ownerGroup', 'TIF HD WITEL BANDUNG')]);
    expect(result.fields[0]).toMatchObject({ status: 'done' });
    expect(sim.roundTrips).toBe(0);
  });

  it('verifies what the page holds without changing it', async () => {
    const sim = page();
    const result = await runSteps(document, maximoProfile, [set('status', 'INPROG'), set('ownerGroup', 'ACCESS BDG')], { kind: 'verify' });
    expect(result.fields.map((f) => [f.status, f.reason, f.actual])).toEqual([['done', null, 'INPROG'], ['failed', 'mismatch', 'TIF HD WITEL BANDUNG']]);
    expect(sim.roundTrips).toBe(0);
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
    return createElement('form', null,
      createElement('label', { htmlFor: 'n' }, 'Nama'), createElement('input', { id: 'n', value: state.name, onChange: change('name') }),
      createElement('label', { htmlFor: 'r' }, 'Alasan'),
      createElement('select', { id: 'r', value: state.reason, onChange: change('reason') }, ...['a', 'b', 'c'].map((v) => createElement('option', { key: v, value: v }, v))),
      createElement('label', { htmlFor: 't' }, 'Catatan'), createElement('textarea', { id: 't', value: state.note, onChange: change('note') }),
    );
  }

  it('sets an input, a select and a textarea so React state follows', async () => {
    let seen: Record<string, string> = {};
    const container = document.createElement('div');
    document.body.appendChild(container);
    const root = createRoot(container);
    await act(async () => root.render(createElement(Form, { onState: (s) => (seen = s) })));
    const result = await act(() => runSteps(document, formProfile, [
      { kind: 'set', field: 'name', value: 'Siti Nurhaliza' },
      { kind: 'set', field: 'reason', value: 'c' },
      { kind: 'set', field: 'note', value: 'Baris satu\nbaris dua' },
    ], { kind: 'fill' }));
    expect(result.fields.map((f) => f.status)).toEqual(['done', 'done', 'done']);
    expect(seen).toEqual({ name: 'Siti Nurhaliza', reason: 'c', note: 'Baris satu\nbaris dua' });
    root.unmount();
  });

  it('reports a mismatch when the framework refuses the value', async () => {
    const container = document.createElement('div');
    document.body.appendChild(container);
    const root = createRoot(container);
    // A controlled input that ignores changes: React puts the old value back.
    await act(async () => root.render(createElement('form', null, createElement('label', { htmlFor: 'n' }, 'Nama'), createElement('input', { id: 'n', value: 'tetap', onChange: () => {} }))));
    const result = await act(() => runSteps(document, formProfile, [{ kind: 'set', field: 'name', value: 'baru' }], { kind: 'fill' }));
    expect(result.fields[0]).toMatchObject({ status: 'failed', reason: 'mismatch', actual: 'tetap' });
    root.unmount();
  });
});
