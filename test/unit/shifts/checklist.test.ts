import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shiftSchema, type Shift } from '@/lib/schema';
import { procedureRef } from '@/lib/procedure';
import { CHECKLIST, DETECTABLE_STEPS, PREPARATION_STEPS, markReady, missingSteps, newChecklist, setStep, tickOf, type PreparationStep } from '@/lib/shifts';

const SLOT = { id: 'pagi', name: 'Pagi', date: '2026-11-27', startsAt: '2026-11-26T23:00:00.000Z', endsAt: '2026-11-27T07:00:00.000Z' };
const ID = '0b6f3b8e-2f0e-4f7a-9d51-6d7a8e1c2b3a';
const fresh = () => newChecklist({ id: ID, agentId: '930101', slot: SLOT, graceMinutes: 15, procedure: procedureRef() });
const at = (minute: number) => new Date(Date.parse(SLOT.startsAt) + minute * 60_000).toISOString();

function tickAll(record: Shift, steps: readonly PreparationStep[] = PREPARATION_STEPS): Shift {
  return steps.reduce((r, step, i) => {
    const result = setStep(r, { step, ticked: true, at: at(i), detected: false });
    if (!result.ok) throw new Error(result.refusal);
    return result.record;
  }, record);
}

describe('the shift-start checklist (IK 1.1)', () => {
  it('carries the six steps of section 1.1 in the instruction’s words', () => {
    expect(CHECKLIST.map((s) => s.step)).toEqual(['1.1.1', '1.1.2', '1.1.3', '1.1.4', '1.1.5', '1.1.6']);
    expect(CHECKLIST.at(-1)!.id).toBe('Siap melayani pelanggan');
    expect(DETECTABLE_STEPS).toEqual(['1.1.3', '1.1.4']);
  });

  it('starts empty, remembering the shift as it was defined, and validates as a stored record', () => {
    const record = fresh();
    expect(shiftSchema.parse(record)).toEqual(record);
    expect(record).toMatchObject({ agentId: '930101', shiftDate: '2026-11-27', shiftName: 'pagi', shiftLabel: 'Pagi', graceMinutes: 15, ticks: [], completedAt: null });
    expect(record.procedure).toMatchObject({ id: 'IN.OCC.TENESA.W-02' });
    expect(missingSteps(record)).toEqual([...PREPARATION_STEPS]);
  });

  it('records the time of each tick and whether Pandu detected it', () => {
    const one = setStep(fresh(), { step: '1.1.3', ticked: true, at: at(2), detected: true });
    expect(one).toMatchObject({ ok: true, change: { type: 'checklist.ticked', step: '1.1.3', detected: true } });
    expect(tickOf(one.record, '1.1.3')).toEqual({ step: '1.1.3', tickedAt: at(2), detected: true });
    const two = setStep(one.record, { step: '1.1.1', ticked: true, at: at(3), detected: false });
    expect(two.record.ticks.map((t) => t.step)).toEqual(['1.1.1', '1.1.3']); // kept in step order
  });

  it('keeps the first tick of a step: a second report changes nothing', () => {
    const first = setStep(fresh(), { step: '1.1.4', ticked: true, at: at(1), detected: false }).record;
    const again = setStep(first, { step: '1.1.4', ticked: true, at: at(9), detected: true });
    expect(again).toEqual({ ok: true, record: first, change: null });
  });

  it('lets the agent take back their own tick, but not one Pandu detected', () => {
    const manual = setStep(fresh(), { step: '1.1.2', ticked: true, at: at(1), detected: false }).record;
    expect(setStep(manual, { step: '1.1.2', ticked: false, at: at(2), detected: false })).toMatchObject({
      ok: true,
      record: { ticks: [] },
      change: { type: 'checklist.unticked' },
    });
    const seen = setStep(fresh(), { step: '1.1.3', ticked: true, at: at(1), detected: true }).record;
    expect(setStep(seen, { step: '1.1.3', ticked: false, at: at(2), detected: false })).toEqual({ ok: false, record: seen, refusal: 'detected' });
    expect(setStep(fresh(), { step: '1.1.5', ticked: false, at: at(2), detected: false })).toMatchObject({ ok: true, change: null });
  });

  it('closes with "Siap melayani pelanggan" only when 1.1.1-1.1.5 are ticked', () => {
    const partial = tickAll(fresh(), ['1.1.1', '1.1.2', '1.1.3', '1.1.4']);
    expect(missingSteps(partial)).toEqual(['1.1.5']);
    expect(markReady(partial, at(10))).toEqual({ ok: false, record: partial, refusal: 'incomplete' });
    const done = markReady(tickAll(partial, ['1.1.5']), at(10));
    expect(done).toMatchObject({ ok: true, record: { completedAt: at(10) }, change: { type: 'checklist.completed', step: '1.1.6' } });
    expect(tickOf(done.record, '1.1.6')).toEqual({ step: '1.1.6', tickedAt: at(10), detected: false });
  });

  it('is a record once closed: no tick, untick or second completion changes it', () => {
    const done = markReady(tickAll(fresh()), at(10)).record;
    expect(setStep(done, { step: '1.1.1', ticked: false, at: at(11), detected: false })).toEqual({ ok: false, record: done, refusal: 'completed' });
    expect(setStep(done, { step: '1.1.3', ticked: true, at: at(11), detected: true })).toEqual({ ok: false, record: done, refusal: 'completed' });
    expect(markReady(done, at(12))).toEqual({ ok: true, record: done, change: null });
  });

  it('stays consistent under any sequence of ticks, unticks and detections (property)', () => {
    const action = fc.record({
      step: fc.constantFrom(...PREPARATION_STEPS),
      ticked: fc.boolean(),
      detected: fc.boolean(),
      ready: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        let record = fresh();
        actions.forEach((a, i) => {
          const result = a.ready ? markReady(record, at(i)) : setStep(record, { step: a.step, ticked: a.ticked, at: at(i), detected: a.detected });
          if (result.ok && result.change) expect(result.record).not.toBe(record);
          if (!result.ok) expect(result.record).toBe(record);
          record = result.record;
        });
        shiftSchema.parse(record);
        const steps = record.ticks.map((t) => t.step);
        expect(new Set(steps).size).toBe(steps.length);
        expect([...steps].sort()).toEqual(steps);
        expect(steps.includes('1.1.6')).toBe(record.completedAt != null);
        if (record.completedAt) expect(missingSteps(record)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
