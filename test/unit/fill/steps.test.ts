import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFillSteps, planUpdate, sameValue, typedValue, workLogRef } from '@/lib/fill';
import { initialFlowState, type FlowState } from '@/lib/procedure';
import { procedureConfigSchema, siteProfileSchema } from '@/lib/schema';
import { nossaProfile } from '@/lib/sites';

const config = procedureConfigSchema.parse({});
const UNTIL = '2026-11-27T03:00:00.000Z'; // 10:00 WIB
const request = { requesterName: 'Asep', requesterGroup: 'ACCESS BDG', reasonCode: 'LOKASI-TUTUP', requestedUntil: null, note: '' };
const flow = (patch: Partial<FlowState>): FlowState => ({ ...initialFlowState(), request, step: 'outcome', ...patch });
const profile = siteProfileSchema.parse({ ...nossaProfile, behaviour: { ...nossaProfile.behaviour, timeZone: 'Asia/Jakarta' } });

describe('update plans for each outcome (PROCEDURE.md table)', () => {
  it('unreachable and approved pend with reason, until and work log', () => {
    for (const outcome of ['unreachable', 'approved'] as const) {
      const plan = planUpdate(flow({ outcome, pendingUntil: UNTIL }), 'catatan', config, 'id', 'Asia/Jakarta')!;
      expect(plan.pended).toBe(true);
      expect(plan.values).toEqual([
        { field: 'status', value: 'PENDING' },
        { field: 'pendingReason', value: 'LOKASI-TUTUP', display: 'LOKASI-TUTUP - Rumah / lokasi pelanggan tutup' },
        { field: 'pendingUntil', value: UNTIL, display: '27-11-2026 10:00 WIB' },
        { field: 'workLog', value: 'catatan' },
      ]);
    }
  });

  it('declined writes no pending: the owner group goes back to the requester, and a work log', () => {
    const plan = planUpdate(flow({ outcome: 'declined', answer: { kind: 'declined', note: '' } }), 'catatan', config)!;
    expect(plan).toEqual({
      outcome: 'declined',
      pended: false,
      values: [
        { field: 'ownerGroup', value: 'ACCESS BDG' },
        { field: 'workLog', value: 'catatan' },
      ],
    });
  });

  it('there is no plan without an outcome or for a cancelled flow', () => {
    expect(planUpdate(flow({ outcome: null }), 'x', config)).toBeNull();
    expect(planUpdate(flow({ outcome: 'cancelled' }), 'x', config)).toBeNull();
  });
});

const REF = workLogRef('6f1c2d3e-4b5a-4c6d-8e7f-8091a2b3c4d5');
const OFF = { commit: false, ref: REF };
const ON = { commit: true, ref: REF };

describe('fill steps', () => {
  const pended = planUpdate(flow({ outcome: 'approved', pendingUntil: UNTIL }), 'Baris satu\nbaris dua', config)!;
  const declined = planUpdate(flow({ outcome: 'declined' }), 'Ditolak', config)!;

  it('pends in an order that works on Maximo: main tab, work log row, then Change Status', () => {
    expect(buildFillSteps(pended, profile, OFF)).toEqual([
      { kind: 'set', group: 'main', field: 'pendingReason', value: 'LOKASI-TUTUP' },
      { kind: 'set', group: 'main', field: 'pendingUntil', value: '27-11-2026 10:00' },
      { kind: 'set', group: 'workLog', field: 'workLogSummary', value: 'Pending LOKASI-TUTUP s/d 27-11-2026 10:00 [Pandu 6F1C2D]' },
      { kind: 'set', group: 'workLog', field: 'workLogDetails', value: 'Baris satu\nbaris dua' },
      { kind: 'set', group: 'workLog', field: 'workLogType', value: 'CLIENTNOTE' },
      { kind: 'set', group: 'status', field: 'newStatus', value: 'PENDING' },
      { kind: 'set', group: 'status', field: 'statusMemo', value: 'Pending LOKASI-TUTUP sampai 27-11-2026 10:00 (Pandu, IN.OCC.TENESA.W-02)' },
    ]);
  });

  it('presses OK or Save only with "fill and save", and a pending always ends with Save (OK may not save)', () => {
    expect(buildFillSteps(pended, profile, ON).slice(-2)).toEqual([
      { kind: 'commit', action: 'confirmChangeStatus' },
      { kind: 'commit', action: 'save' },
    ]);
    expect(buildFillSteps(declined, profile, ON).at(-1)).toEqual({ kind: 'commit', action: 'save' });
    expect(buildFillSteps(declined, profile, OFF).some((s) => s.kind === 'commit')).toBe(false);
  });

  it('forwards a declined ticket: owner group, then the work log', () => {
    expect(buildFillSteps(declined, profile, OFF).map((s) => s.kind === 'set' && s.field)).toEqual(['ownerGroup', 'workLogSummary', 'workLogDetails', 'workLogType']);
  });

  it('writes the date in the profile’s format and zone, and the profile’s own defaults', () => {
    const american = siteProfileSchema.parse({
      ...profile,
      behaviour: { ...profile.behaviour, dateFormat: 'M/d/yy h:mm a', timeZone: 'Asia/Makassar' },
      writeDefaults: { pendingStatus: 'SLAHOLD', workLogType: 'WORK' },
    });
    const steps = buildFillSteps(pended, american, OFF);
    expect(typedValue(steps, 'pendingUntil')).toBe('11/27/26 11:00 AM');
    expect(typedValue(steps, 'newStatus')).toBe('SLAHOLD');
    expect(typedValue(steps, 'workLogType')).toBe('WORK');
  });

  it('keeps the work-log summary and memo within NOSSA’s field lengths, whatever the reason code', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 60 }), (code) => {
        const plan = planUpdate(flow({ outcome: 'approved', pendingUntil: UNTIL, request: { ...request, reasonCode: code } }), 'x', config)!;
        const steps = buildFillSteps(plan, profile, OFF);
        const value = (field: string) => (steps.find((s) => s.kind === 'set' && s.field === field) as { value: string }).value;
        expect(value('workLogSummary').length).toBeLessThanOrEqual(100);
        expect(value('workLogSummary').endsWith(` ${REF}`)).toBe(true);
        expect(value('statusMemo').length).toBeLessThanOrEqual(250);
      }),
    );
  });

  it('the work-log reference is short, stable for a session and different between sessions', () => {
    expect(REF).toBe('[Pandu 6F1C2D]');
    expect(workLogRef('6f1c2d3e-4b5a-4c6d-8e7f-8091a2b3c4d5')).toBe(REF);
    expect(workLogRef('0a1b2c3d-0000-4000-8000-000000000000')).not.toBe(REF);
  });
});

describe('sameValue', () => {
  it('compares text exactly, after folding white space', () => {
    expect(sameValue('text', 'ACCESS  BDG', ' ACCESS BDG ')).toBe(true);
    expect(sameValue('text', 'ACCESS BDG', 'access bdg')).toBe(false);
    expect(sameValue('longText', 'a\nb', 'a b')).toBe(true);
    expect(sameValue('text', 'x', null)).toBe(false);
  });
  it('compares value lists without case', () => {
    expect(sameValue('valueList', 'lokasi-tutup', 'LOKASI-TUTUP')).toBe(true);
    expect(sameValue('valueList', 'LOKASI', 'LOKASI-TUTUP')).toBe(false);
  });
  it('compares date-times by instant, whatever padding NOSSA shows', () => {
    expect(sameValue('dateTime', '07-12-2026 09:05', '7-12-2026 9:05')).toBe(true);
    expect(sameValue('dateTime', '07-12-2026 09:05', '07-12-2026 09:06')).toBe(false);
    expect(sameValue('dateTime', '07-12-2026 09:05', 'besok')).toBe(false);
  });
});
